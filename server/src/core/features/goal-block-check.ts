/**
 * A check that new lines in a goal block add exactly what they say: a fix that inserts a field or
 * GAS levels must not change how any line already written is read. Indentation decides what a line
 * belongs to, so in a block with broken or oddly indented lines a new `steps:` could adopt a list
 * item the parser had set aside, or sit above a second `steps:` that was being read as a GAS level.
 * The block is parsed on its own before and after, which is exact and costs only its own lines.
 */
import type { Diagnostic, Field, Goal } from '../model';
import { parse } from '../parse';
import { readLine } from '../syntax/line';
import type { EditableDocument } from './document-edits';

/** The last line of the goal's block, as the parser ends blocks: at a goal line, or an unindented entry or broken line. */
function blockEnd(doc: EditableDocument, goal: Goal): number {
  for (let i = goal.headerRange.start.line + 1; i < doc.lines.length; i++) {
    const line = readLine(doc.lines[i]!.text, i);
    if (line.kind === 'goal' || (line.indent === 0 && (line.error !== undefined || line.kind === 'entry'))) return i - 1;
  }
  return doc.lines.length - 1;
}

/**
 * True when inserting `newLines` after line `after` of the goal's block leaves every field written
 * there read as before, adds no format error, and gives field `key` exactly `children` more list
 * items or levels (a new field counts from none).
 */
export function insertionKeepsBlock(doc: EditableDocument, goal: Goal, after: number, newLines: readonly string[], key: string, children: number): boolean {
  return insertionsKeepBlock(doc, goal, [{ after, lines: newLines }], new Map([[key, children]]));
}

/** One run of new lines, after line `after` of the document. */
export interface Insertion {
  readonly after: number;
  readonly lines: readonly string[];
}

/**
 * The same check for several insertions made at once (each `after` a line of the document as it
 * is): the fields in `added` each become one field, or stay one, with that many more children;
 * every other field reads as before.
 */
export function insertionsKeepBlock(doc: EditableDocument, goal: Goal, insertions: readonly Insertion[], added: ReadonlyMap<string, number>): boolean {
  const from = goal.headerRange.start.line;
  const to = Math.max(blockEnd(doc, goal), ...insertions.map((i) => i.after));
  const lines = doc.lines.slice(from, to + 1).map((l) => l.text);
  const byLine = new Map<number, readonly string[]>();
  for (const { after, lines: more } of insertions) byLine.set(after, [...(byLine.get(after) ?? []), ...more]);
  const changed = lines.flatMap((line, i) => [line, ...(byLine.get(from + i) ?? [])]);
  const before = parse(lines.join('\n'));
  const inserted = parse(changed.join('\n'));
  const [was, is] = [before.plan.goals[0], inserted.plan.goals[0]];
  if (!was || !is || inserted.plan.goals.length !== before.plan.goals.length) return false;
  if (!fewerOrSameErrors(before.diagnostics, inserted.diagnostics)) return false;
  const others = (g: Goal) => g.fields.filter((f) => !added.has(f.key.name)).map(reading);
  if (JSON.stringify(others(was)) !== JSON.stringify(others(is))) return false;
  return [...added].every(([key, children]) => {
    const own = (g: Goal) => g.fields.filter((f) => f.key.name === key);
    const [old, now] = [own(was), own(is)];
    return now.length === (old.length === 0 ? 1 : old.length) && childCount(now) === childCount(old) + children;
  });
}

function fewerOrSameErrors(before: readonly Diagnostic[], after: readonly Diagnostic[]): boolean {
  const count = (ds: readonly Diagnostic[], code: string) => ds.filter((d) => d.code === code).length;
  return after.every((d) => count(after, d.code) <= count(before, d.code));
}

function childCount(fields: readonly Field[]): number {
  return fields.reduce((n, f) => n + (f.value?.type === 'list' ? f.value.items.length : f.value?.type === 'scale' ? f.value.levels.length : 0), 0);
}

/** What a field says, without where it is. */
function reading(field: Field): string {
  return JSON.stringify(field, (k, v: unknown) => (k === 'range' || k.endsWith('Range') ? undefined : v));
}
