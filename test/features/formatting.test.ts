import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextEdits, documentContext, formatDocument, formatRange, parse, type Range, type TextEdit } from '../../server/src/core/index';
import { readLine } from '../../server/src/core/syntax/line';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

/** The document after formatting. */
function format(text: string): string {
  return applyTextEdits(text, formatDocument(documentContext(text, { today: TODAY })));
}

/** The edits as `line: "new text"` rows, or `lines a-b: delete` for removed blank lines. */
function renderEdits(edits: readonly TextEdit[]): string[] {
  return edits.map(({ range: { start, end }, newText }) =>
    newText === '' && end.line > start.line ? `lines ${start.line}-${end.line - 1}: delete` : `${start.line}: ${JSON.stringify(newText)}`,
  );
}

/** The plan a text means, without where things are: what formatting must never change. */
function meaning(text: string): string {
  const { plan, diagnostics } = parse(text);
  const { lineCount: _lines, ...rest } = plan;
  const model = JSON.stringify(rest, (key, value: unknown) => (key === 'range' || key.endsWith('Range') || key === 'index' ? undefined : value));
  return `${model}\n${diagnostics.map((d) => d.code).join(',')}`;
}

const NEWLINE = /\r\n|\r|\n/;
const lines = (text: string) => text.replace(/^\uFEFF/, '').split(NEWLINE);
const nonBlank = (text: string) => lines(text).filter((l) => l.trim() !== '');

/** A line without white space, in lower case, without a level's sign: what formatting may not change. */
function squash(line: string): string {
  return line.replace(/[ \t]+/g, '').toLowerCase().replace(/^\+(?=\d+:)/, '').replace(/^-0+:/, '0:');
}

/** Checks that formatting kept every word: each non-blank line maps to one line, with the same text in every place but keys. */
function expectWordsKept(before: string, after: string): void {
  const a = lines(before).map((text, index) => ({ text, index })).filter((l) => l.text.trim() !== '');
  const b = nonBlank(after);
  expect(b.length).toBe(a.length);
  const problems = new Set(parse(before).diagnostics.map((d) => d.range.start.line));
  a.forEach(({ text: line, index }, i) => {
    const out = b[i]!;
    expect(squash(out)).toBe(squash(line));
    if (problems.has(index)) expect(out).toBe(line);
    if (out === line) return;
    const x = readLine(line, 0);
    const y = readLine(out, 0);
    expect([y.value?.text, y.note?.text, y.comment?.text, y.date?.text]).toEqual([x.value?.text, x.note?.text, x.comment?.text.trimEnd(), x.date?.text]);
  });
}

const samplesDir = new URL('../../samples/', import.meta.url);
const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.goals'))
  .map((name) => ({ name, text: readFileSync(new URL(name, samplesDir), 'utf8') }));

/**
 * Mangles a document the ways people do: odd indentation, trailing spaces, key case, spacing,
 * blank lines, CRLF, a byte-order mark. With `tidy`, indentation changes keep each list item and
 * scale level deeper than its field, so a good plan stays good.
 */
const mangle = (tidy: boolean) =>
  fc
    .record({
      sample: fc.constantFrom(...samples.filter((s) => !tidy || s.name !== 'flawed.goals')),
      seed: fc.array(fc.nat(99), { minLength: 50, maxLength: 50 }),
      field: fc.constantFrom(' ', '\t', '   ', '    '),
      child: fc.constantFrom(' ', '  ', '\t', '     '),
      crlf: fc.boolean(),
      bom: fc.boolean(),
    })
    .map(({ sample, seed, field, child, crlf, bom }) => {
  let k = 0;
  const roll = () => seed[k++ % seed.length]!;
  const out: string[] = [];
  for (const line of lines(sample.text)) {
      let l = line;
      const r = roll();
      if (tidy) l = l.replace(/^ {2,}(?=\S)/, (ws) => (ws.length >= 4 ? field + child + ws.slice(4) : field + ws.slice(2)));
      else if (r < 15 && /^[ \t]+\S/.test(l)) l = l.replace(/^[ \t]+/, [' ', '   ', '\t', '      ', '  \t'][roll() % 5]!);
      if (r >= 15 && r < 30) l += ['  ', '\t', ' '][roll() % 3];
      if (r >= 30 && r < 40) l = l.replace(/^([ \t]*)([a-z])/, (_m, ws: string, c: string) => ws + c.toUpperCase());
      if (r >= 40 && r < 50) l = l.replace(': ', [':', ' :  ', ':\t'][roll() % 3]!);
      if (r >= 50 && r < 55) l = l.replace('[x]', '[X]').replace(/^(\s*)\+(\d:)/, '$1$2');
      if (r >= 55 && r < 60) l = l.replace(' -- ', ['  --  ', ' --\t'][roll() % 2]!);
      if (r >= 60 && r < 64) out.push('');
      if (r >= 64 && r < 67 && l.trim() === '') continue;
      out.push(l);
    }
  return (bom ? '\uFEFF' : '') + out.join(crlf ? '\r\n' : '\n');
    });

/** Random lines built from the format's own pieces, as in the parser's property tests. */
const piece = fc.constantFrom(
  'goal', 'panic', ':', ' ', '  ', '\t', '-', '--', ' -- ', '#', ' # ', '[x]', '[X]', '[ ]', '2026-11-08', '2026-1-5',
  '+1', '-2', '0', '1', 'attacks/week', 'every', '2 weeks', 'review', 'progress', 'revise', 'target', 'Steps', 'scale',
  'steps', 'category', 'part of', 'start level', 'Due', 'é', '睡眠', '\r\n', '\n',
);
const pieces = fc.array(fc.array(piece, { maxLength: 10 }).map((parts) => parts.join('')), { maxLength: 25 }).map((ls) => ls.join('\n'));

describe('formatDocument', () => {
  it('writes one canonical layout', () => {
    const before = joinLines(
      '',
      'Plan:   Feeling better   ',
      'Review :every 2 weeks',
      'track Mood: 1-10',
      '# The first goal.',
      'Goal panic:Fewer panic attacks,  3 a week to 1   --   from the intake   #  kept as written  ',
      '\tCategory: symptom-reduction',
      '   Part  Of: calm',
      '      Steps:',
      '        - [X]   Learn the panic cycle',
      '        -  [ ] Practise --with Dr. Kim',
      '  # The scale, agreed in session 2.',
      ' Scale:',
      '   -2: an attack every day',
      '   -1: 2-3 a week',
      '   0: 1 a week',
      '   1: 1 in two weeks',
      '   2: none for a month',
      '',
      '',
      '',
      'goal calm: Stay calm at work',
      '  Milestone 2026-12-01:   2/10',
      '2026-11-08   Session -- talked',
      '2026-11-09 revise panic Target: 2 attacks/week',
      '2026-11-10 mood:   6/10   ',
      '  ',
      '',
    );
    expect(format(before)).toMatchInlineSnapshot(`
      "plan: Feeling better
      review: every 2 weeks
      track Mood: 1-10

      # The first goal.
      goal panic: Fewer panic attacks,  3 a week to 1 -- from the intake  #  kept as written
        category: symptom-reduction
        part of: calm
        steps:
          - [x] Learn the panic cycle
          - [ ] Practise --with Dr. Kim
        # The scale, agreed in session 2.
        scale:
          -2: an attack every day
          -1: 2-3 a week
           0: 1 a week
          +1: 1 in two weeks
          +2: none for a month

      goal calm: Stay calm at work
        milestone 2026-12-01: 2/10

      2026-11-08 session -- talked
      2026-11-09 revise panic target: 2 attacks/week
      2026-11-10 mood: 6/10
      "
    `);
  });

  it('returns one edit per changed line, so the cursor stays put', () => {
    const before = joinLines('plan: Edits', 'goal walk: Walk more', '  kind:process', '  due: 2027-01-31', '2026-11-08 session');
    expect(renderEdits(formatDocument(documentContext(before, { today: TODAY })))).toMatchInlineSnapshot(`
      [
        "1: "\\ngoal walk: Walk more"",
        "2: "  kind: process"",
        "4: "\\n2026-11-08 session\\n"",
      ]
    `);
  });

  it('leaves a line with a format error exactly as written', () => {
    const before = joinLines('goal calm: Stay calm', '  category   emotional   ', '  Kind :  outcome', '2026-11-08   progres calm: 3', '  after the intake  ');
    // Trailing spaces are drawn as '·' so the expectation survives editors that strip them.
    expect(format(before).replace(/ +$/gm, (spaces) => '·'.repeat(spaces.length))).toMatchInlineSnapshot(`
      "goal calm: Stay calm
        category   emotional···
        kind: outcome

      2026-11-08   progres calm: 3
        after the intake··
      "
    `);
  });

  it('keeps CRLF line ends and a byte-order mark', () => {
    const before = '\uFEFFplan:  Ends\r\ngoal walk:Walk\r\n  Due:2027-01-31';
    expect(JSON.stringify(format(before).replace('\uFEFF', '<BOM>'))).toMatchInlineSnapshot(`""<BOM>plan: Ends\\r\\n\\r\\ngoal walk: Walk\\r\\n  due: 2027-01-31\\r\\n""`);
  });

  it('keeps the indentation of a goal block when re-indenting it would regroup its lines', () => {
    // The item is misplaced under a deeper `steps:`; moving `steps:` to two spaces would adopt it.
    const before = joinLines('goal walk: Walk', '      steps:', '  - [ ] Shoes by the door', '   due:  2027-01-31', 'goal calm: Stay calm', '    kind:  process');
    expect(format(before)).toMatchInlineSnapshot(`
      "goal walk: Walk
            steps:
        - [ ] Shoes by the door
         due: 2027-01-31

      goal calm: Stay calm
        kind: process
      "
    `);
  });

  it('leaves the samples as they are: they are written in the canonical layout', () => {
    for (const { name, text } of samples) expect(renderEdits(formatDocument(documentContext(text, { today: TODAY }))), name).toEqual([]);
  });
});

describe('formatRange', () => {
  it('returns only the edits on the lines of the range', () => {
    const before = joinLines('Plan:  Range', 'goal walk:Walk', '  Kind:process', '  Due:2027-01-31');
    const range: Range = { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } };
    expect(renderEdits(formatRange(documentContext(before, { today: TODAY }), range))).toMatchInlineSnapshot(`
      [
        "2: "  kind: process"",
      ]
    `);
  });
});

describe('formatting properties', () => {
  const properties = (text: string) => {
    const once = format(text);
    expect(format(once)).toBe(once);
    expectWordsKept(text, once);
    expect(meaning(once)).toBe(meaning(text));
    expect(once.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
    if (text.includes('\r\n') && !/(^|[^\r])\n/.test(text)) expect(/(^|[^\r])\n/.test(once)).toBe(false);
    const edits = formatDocument(documentContext(text, { today: TODAY }));
    for (const edit of edits) {
      const { start, end } = edit.range;
      // One line replaced, or whole blank lines removed: never a sweeping edit.
      if (end.line !== start.line) expect(edit.newText === '' && start.character === 0 && end.character === 0).toBe(true);
    }
  };

  it('are idempotent, keep every word and keep the plan, on the samples', () => {
    for (const { text } of samples) properties(text);
  });

  it('hold on mangled samples', () => {
    fc.assert(fc.property(mangle(false), properties), { numRuns: 40 });
  });

  it('hold on random lines', () => {
    fc.assert(fc.property(pieces, properties), { numRuns: 300 });
  });

  it('bring mangled good samples back to the canonical layout and the same plan', () => {
    fc.assert(
      fc.property(mangle(true), (text) => {
        expect(parse(text).diagnostics).toEqual([]);
        const once = format(text);
        expect(parse(once).diagnostics).toEqual([]);
        expect(meaning(once)).toBe(meaning(text));
        // Every line is back at a canonical depth: a good plan never needs the cautious fallback.
        for (const line of lines(once)) expect(/^(| {2}| {4}| {5})(\S|$)/.test(line), line).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
