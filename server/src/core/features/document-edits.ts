/**
 * Edits that add whole lines to a document, shared by the code actions and the editor commands:
 * where a new goal field goes, and how a line is inserted with the document's own line breaks.
 */
import type { Goal } from '../model';
import { splitLines, type SourceLine } from '../syntax/lines';
import type { TextEdit } from './formatting';
import { insertionsKeepBlock } from './goal-block-check';

/** A document as edits see it: its lines and the line break it uses. */
export class EditableDocument {
  readonly lines: readonly SourceLine[];
  readonly eol: string;
  constructor(text: string) {
    this.lines = splitLines(text);
    this.eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  }

  indentOf(line: number): string {
    return /^[ \t]*/.exec(this.lines[line]?.text ?? '')![0];
  }

  /** An edit that inserts whole lines after `line`. */
  insertAfter(line: number, newLines: readonly string[]): TextEdit {
    if (line + 1 < this.lines.length) {
      const at = { line: line + 1, character: 0 };
      return { range: { start: at, end: at }, newText: newLines.map((l) => l + this.eol).join('') };
    }
    const at = { line, character: this.lines[line]!.text.length };
    return { range: { start: at, end: at }, newText: newLines.map((l) => this.eol + l).join('') };
  }
}

/** The order the sample plans write a goal's fields in, which new fields follow. */
const FIELD_ORDER = [
  'category', 'kind', 'term', 'part of', 'start', 'weight', 'value', 'baseline', 'measure', 'target',
  'milestone', 'due', 'review', 'start level', 'scale', 'steps', 'obstacles', 'supports',
];

/**
 * Inserts a field where the sample plans put it: after the last field written above it that comes
 * before it in that order, or right under the goal line. `lines` are the field line and then its
 * list items or scale levels, written without indentation.
 *
 * The new lines follow the goal block's own indentation, whatever it is (tabs, three spaces, a mix):
 * the field takes the indentation of the field it lands above, so that field is never read as one
 * of the new field's children (a `scale:` adopts every deeper line below it), else that of the
 * field above it; its children go one step deeper, by the step the block already uses. Where the
 * block's lines are broken so that the new field would change how they read, there is no edit.
 */
export function insertField(doc: EditableDocument, goal: Goal, key: string, lines: readonly string[]): TextEdit | undefined {
  return insertFields(doc, goal, [{ key, lines }])?.[0];
}

/** A field to add: its key and its lines, as `insertField` takes them. */
export interface NewField {
  readonly key: string;
  readonly lines: readonly string[];
}

/**
 * Adds several fields at once, each where `insertField` would put it; fields that land after the
 * same line go there in the order given (write them in the template's order). One edit per place,
 * or none at all when any of them would change how the block reads.
 */
export function insertFields(doc: EditableDocument, goal: Goal, fields: readonly NewField[]): TextEdit[] | undefined {
  const places = new Map<number, string[]>();
  for (const { key, lines } of fields) {
    const rank = FIELD_ORDER.indexOf(key);
    const anchor = goal.fields.filter((f) => FIELD_ORDER.includes(f.key.name) && FIELD_ORDER.indexOf(f.key.name) < rank).at(-1);
    const after = anchor ? anchor.range.end.line : goal.headerRange.start.line;
    const below = goal.fields.find((f) => f.range.start.line > after);
    const beside = below ?? anchor ?? goal.fields[0];
    const indent = beside ? doc.indentOf(beside.range.start.line) : '  ';
    const child = indent + childStep(doc, goal, indent);
    places.set(after, [...(places.get(after) ?? []), ...lines.map((l, i) => (i === 0 ? indent : child) + l)]);
  }
  const insertions = [...places].map(([after, lines]) => ({ after, lines }));
  const added = new Map(fields.map((f) => [f.key, f.lines.length - 1]));
  // Where the goal's lines are broken, the new fields could change how they read: then there is no edit.
  if (!insertionsKeepBlock(doc, goal, insertions, added)) return undefined;
  return insertions.sort((a, b) => a.after - b.after).map(({ after, lines }) => doc.insertAfter(after, lines));
}

/**
 * How much deeper than its field a child line goes in this goal: the step of the first list item or
 * scale level already written under a field, else a tab for a tab-indented block and two spaces otherwise.
 */
export function childStep(doc: EditableDocument, goal: Goal, fieldIndent: string): string {
  for (const field of goal.fields) {
    const children = field.value?.type === 'list' ? field.value.items : field.value?.type === 'scale' ? field.value.levels : [];
    const first = children.find((c) => c.range.start.line > field.range.start.line);
    if (!first) continue;
    const own = doc.indentOf(field.range.start.line);
    const theirs = doc.indentOf(first.range.start.line);
    if (theirs.length > own.length && theirs.startsWith(own)) return theirs.slice(own.length);
  }
  return /^\t+$/.test(fieldIndent) ? '\t' : '  ';
}
