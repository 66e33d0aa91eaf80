/**
 * Edits that add whole lines to a document, shared by the code actions and the editor commands:
 * where a new goal field goes, and how a line is inserted with the document's own line breaks.
 */
import type { Goal } from '../model';
import { splitLines, type SourceLine } from '../syntax/lines';
import type { TextEdit } from './formatting';

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
 * before it in that order, or right under the goal line; at that field's indentation.
 */
export function insertField(doc: EditableDocument, goal: Goal, key: string, lines: readonly string[]): TextEdit {
  const rank = FIELD_ORDER.indexOf(key);
  const anchor = goal.fields.filter((f) => FIELD_ORDER.includes(f.key.name) && FIELD_ORDER.indexOf(f.key.name) < rank).at(-1);
  const first = goal.fields[0];
  const indent = anchor ? doc.indentOf(anchor.range.start.line) : first ? doc.indentOf(first.range.start.line) : '  ';
  const after = anchor ? anchor.range.end.line : goal.headerRange.start.line;
  return doc.insertAfter(after, lines.map((l) => indent + l));
}
