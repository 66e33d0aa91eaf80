/**
 * What formatting and fixes must keep: the plan a text means (without where things are) and the
 * writer's words, line by line, compared by a reading of the lines that does not trust the formatter.
 */
import { parse, type ParseResult } from '../../server/src/core/index';
import { readLine } from '../../server/src/core/syntax/line';
import { documentLines, ensure } from './check';

/** A value of the model as JSON without its ranges and entries' line numbers: what it says, not where. */
export function meaning(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key === 'range' || key.endsWith('Range') || key === 'index' || key === 'lineCount' ? undefined : v)) ?? 'undefined';
}

/** The last few texts read, since one property asks about the same text several times. */
const recent = new Map<string, ParseResult>();

function read(text: string): ParseResult {
  let result = recent.get(text);
  if (!result) {
    result = parse(text);
    if (recent.size >= 4) recent.delete(recent.keys().next().value!);
    recent.set(text, result);
  }
  return result;
}

/** True when two texts read as the same plan with the same problems. */
export function sameMeaning(a: string, b: string): boolean {
  const reading = (text: string) => {
    const { plan, diagnostics } = read(text);
    return `${meaning(plan)}\n${diagnostics.map((d) => `${d.code}/${d.severity}`).join(',')}`;
  };
  return reading(a) === reading(b);
}

/** Blank as the format counts it: spaces and tabs only (a no-break space is text). */
const BLANK = /^[ \t]*$/;

/** A line without spaces and tabs, in lower case, without a level's sign: what layout may change is gone. */
function squash(line: string): string {
  return line.replace(/[ \t]+/g, '').toLowerCase().replace(/^\+(?=\d+:)/, '').replace(/^-(?=0+:)/, '');
}

/**
 * Checks that `after` keeps every word of `before` in order: the same non-blank lines, each the
 * same but for spacing and the case of its keys; values, notes, comments and dates exactly as
 * written; and a line the parser reports a problem on exactly as it was.
 */
export function expectSameWords(before: string, after: string, what: string): void {
  const a = documentLines(before).map((text, index) => ({ text, index })).filter((l) => !BLANK.test(l.text));
  const b = documentLines(after).filter((l) => !BLANK.test(l));
  ensure(a.length === b.length, () => `${what} turns ${a.length} lines with text into ${b.length}`);
  const problems = new Set(read(before).diagnostics.map((d) => d.range.start.line));
  a.forEach(({ text, index }, i) => {
    const out = b[i]!;
    if (out === text) return;
    const at = `${what}, line ${index + 1}: ${JSON.stringify(text)} became ${JSON.stringify(out)}`;
    ensure(!problems.has(index), () => `${at}, but the parser reports a problem there`);
    ensure(squash(out) === squash(text), () => `${at}: not only spacing and key case changed`);
    const x = readLine(text, 0);
    const y = readLine(out, 0);
    const parts = (l: typeof x) => JSON.stringify([l.value?.text, l.note?.text, l.comment?.text.replace(/[ \t]+$/, ''), l.date?.text]);
    ensure(parts(x) === parts(y), () => `${at}: its value, note, comment or date changed`);
  });
}
