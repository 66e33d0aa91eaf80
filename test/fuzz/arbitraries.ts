/**
 * The fuzz inputs shared by the test suite's run (`fuzz.test.ts`) and long runs (`npm run fuzz`):
 * the sample plans, generated plans and stress shapes, random lines of the format's own pieces and
 * raw UTF-16, each then mutated by random edits (inserted Unicode including lone surrogates, NUL,
 * right-to-left marks, emoji, CJK and byte-order marks; deleted spans; moved, repeated and
 * re-indented lines; CRLF, LF and CR mixed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { generatedPlan, stressPlan, type Scale } from './plans';

export type { Scale } from './plans';

/**
 * The repository's root. `npm run fuzz` runs a bundle of these files from a temporary folder,
 * where `import.meta.url` no longer points into the repository, so its launcher says where it is.
 */
function repoRoot(): string {
  return process.env['GOALPOST_FUZZ_ROOT'] ?? fileURLToPath(new URL('../..', import.meta.url));
}

const samplesDir = join(repoRoot(), 'samples');
export const SAMPLES: readonly { readonly name: string; readonly text: string }[] = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.goals'))
  .map((name) => ({ name, text: readFileSync(join(samplesDir, name), 'utf8') }));

/** Characters and strings that have broken text tools: lone surrogates, NUL, bidi controls, joiners, odd line breaks. */
const SPECIAL = [
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\u0000', '\u200F', '\u200E', '\u202E', '\u2066', '\u2069', '\u061C',
  '\u200D', '\u200B', '😀', '👩‍👩‍👧', '🏳️‍🌈', '睡眠', '漢字テスト', 'שלום', 'مرحبا', 'e\u0301', '\uFEFF', '\r', '\n', '\r\n',
  '\n\r', '\t', '\u00A0', '\u2028', '\u2029', '\u3000', '\uFFFD', '\uFFFF', '\u000B', '\u000C', '\u0085', '\u{10FFFF}',
  ' -- ', ' --', '# ', ' # ', '#', ':', ': ', '- [ ] ', '- [x] ', '2026-11-08 ', 'goal ', 'goal x: ', '  ', '    ', '\\',
  '${1:x}', '<script>', '%s', '-2: ', '+1: ', 'on 2026-11-01', 'part of: ', 'scale:', 'steps:', 'every ', 'review ',
];

/** Any UTF-16 code unit, so lone surrogates and unassigned code points come up as often as letters. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const noise: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...SPECIAL), { minLength: 2, maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);

/** Lines built from the format's own pieces, so random input reaches deep into the parser. */
const piece = fc.constantFrom(
  'goal', 'panic', ':', ' ', '  ', '\t', '-', '--', ' -- ', '#', ' # ', '[x]', '[X]', '[ ]', '2026-11-08', '2026-02-30', '2026-1-5',
  '+1', '-2', '0', '3', '7.5', 'attacks/week', 'every', '2 weeks', 'sessions', 'review', 'progress', 'revise', 'target',
  'milestone', 'scale', 'steps', 'Steps', 'category', 'part of', 'start level', 'weight', 'x', 'baseline', 'on', 'due',
  'achieved', 'note', 'mood', 'session', '😀', 'é', '睡眠', 'שלום', '\u200f', '\r', '\n', '\r\n', '\uFEFF', '/', '(', '"',
);
const pieceDocument = fc
  .array(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), { maxLength: 30 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

/** One random edit; positions are taken modulo the text's length, so they shrink towards the start. */
interface Mutation {
  readonly op: (typeof OPS)[number];
  readonly at: number;
  readonly to: number;
  readonly len: number;
  readonly text: string;
}

const OPS = ['insert', 'insert', 'delete', 'replace', 'repeat-line', 'move-line', 'indent-line', 'line-break', 'truncate', 'upper-line', 'split-line', 'join-lines', 'bom'] as const;

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(...OPS),
  at: fc.nat(),
  to: fc.nat(),
  len: fc.nat(120),
  text: noise,
});

/** The text's lines, each with the line break that ends it, so a line-wise edit keeps every other byte. */
function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

function applyMutation(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  const lines = linesOf(text);
  const li = lines.length === 0 ? 0 : m.at % lines.length;
  const line = lines[li] ?? '';
  const body = line.replace(/(?:\r\n|\r|\n)$/, '');
  const withLine = (next: string[]) => next.join('');
  switch (m.op) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'replace':
      return text.slice(0, at) + m.text + text.slice(at + (m.len % 8));
    case 'repeat-line':
      return withLine([...lines.slice(0, li + 1), ...Array<string>(1 + (m.len % 3)).fill(line.endsWith('\n') || line.endsWith('\r') ? line : `${line}\n`), ...lines.slice(li + 1)]);
    case 'move-line': {
      const rest = lines.filter((_, i) => i !== li);
      const to = rest.length === 0 ? 0 : m.to % (rest.length + 1);
      return withLine([...rest.slice(0, to), /[\r\n]$/.test(line) ? line : `${line}\n`, ...rest.slice(to)]);
    }
    case 'indent-line': {
      const ws = [' ', '\t', '  ', ' \t'][m.to % 4]!.repeat(m.len % 40);
      return withLine([...lines.slice(0, li), ws + line.replace(/^[ \t]*/, ''), ...lines.slice(li + 1)]);
    }
    case 'line-break': {
      const eol = ['\n', '\r\n', '\r'][m.to % 3]!;
      return withLine(lines.map((l, i) => (i >= li && i < li + 1 + m.len ? l.replace(/(?:\r\n|\r|\n)$/, (b) => (b ? eol : b)) : l)));
    }
    case 'truncate':
      return text.slice(0, at);
    case 'upper-line':
      return withLine([...lines.slice(0, li), line.toUpperCase(), ...lines.slice(li + 1)]);
    case 'split-line': {
      const cut = body.length === 0 ? 0 : m.to % body.length;
      return withLine([...lines.slice(0, li), `${body.slice(0, cut)}\n${line.slice(cut)}`, ...lines.slice(li + 1)]);
    }
    case 'join-lines':
      return withLine([...lines.slice(0, li), body, ...lines.slice(li + 1)]);
    case 'bom':
      return at === 0 || m.to % 2 === 0 ? `\uFEFF${text}` : text.slice(0, at) + '\uFEFF' + text.slice(at);
  }
}

const sample = fc.constantFrom(...SAMPLES.map((s) => s.text));

/** A document to check: a sample, a generated plan, a stress shape or random text, then up to a dozen random edits. */
export function documents(scale: Scale): fc.Arbitrary<string> {
  const base = fc.oneof(
    { weight: 3, arbitrary: sample },
    { weight: 5, arbitrary: generatedPlan },
    { weight: 2, arbitrary: pieceDocument },
    { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 300 }) },
    { weight: 1, arbitrary: stressPlan(scale) },
  );
  return fc.tuple(base, fc.array(mutation, { maxLength: 12 })).map(([text, edits]) => edits.reduce(applyMutation, text));
}

/** A document and the random numbers a property uses to pick positions, ranges and findings in it. */
export interface FuzzInput {
  readonly text: string;
  readonly picks: readonly number[];
}

export function fuzzInputs(scale: Scale): fc.Arbitrary<FuzzInput> {
  return fc.record({ text: documents(scale), picks: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }) });
}
