/**
 * Recording a value for a goal from an editor command: a dated `progress` or `review` line at the
 * end of the journal, or a `baseline:` field in the goal. The line is checked by the same parser and
 * rules as the rest of the plan before anything is written, so a command never writes a broken line.
 */
import type { AnalyzeOptions } from '../analyze';
import { analyze } from '../snapshot';
import type { DocumentContext } from './context';
import type { Diagnostic } from '../model';
import { findGoal } from '../queries';
import { formatLevel, isGasLevel } from '../rules/gas/levels';
import { toDate } from '../values/dates';
import { readLevel } from '../values/numbers';
import { EditableDocument, insertField } from './document-edits';
import { applyTextEdits, type TextEdit } from './formatting';

export type EntryKind = 'progress' | 'review' | 'baseline';

export interface EntryRequest {
  readonly kind: EntryKind;
  readonly goal: string;
  /**
   * As a person types it: `2 attacks/week`, `+1`. For a review: a GAS level, or a remark on how it
   * went (`on track`), or nothing, for a review without a level.
   */
  readonly value: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** A remark for after ` -- ` on a journal line, such as how a review went; one line. */
  readonly note?: string;
}

export type EntryAnswer =
  | { readonly ok: true; readonly line: string; readonly edits: readonly TextEdit[]; /** A finding about the new line that does not stop it being written. */ readonly warning?: string }
  | { readonly ok: false; readonly problem: string };

const EXAMPLES: Record<EntryKind, string> = {
  progress: 'such as 2 attacks/week',
  review: 'a level from -2 to +2',
  baseline: 'such as 3 attacks/week',
};

/** The edit that records `request` in the plan, or why it cannot be written. */
export function journalEntry({ snapshot: { text, plan }, today, config }: DocumentContext, request: EntryRequest): EntryAnswer {
  const goal = findGoal(plan, request.goal);
  if (!goal) return { ok: false, problem: `This plan has no goal '${request.goal}'.` };
  if (!toDate(request.date)) return { ok: false, problem: `'${request.date}' is not a date written YYYY-MM-DD.` };
  const value = request.value.trim();
  if (value === '' && request.kind !== 'review') return { ok: false, problem: `Write a value, ${EXAMPLES[request.kind]}.` };
  const note = request.note?.trim() ?? '';
  if (/[\r\n]/.test(value) || /[\r\n]/.test(note)) return { ok: false, problem: 'Write the value on one line.' };
  if (note !== '' && request.kind === 'baseline') return { ok: false, problem: 'A baseline takes its remark in the plan, after the value.' };
  const remark = note === '' ? '' : ` -- ${note}`;

  const doc = new EditableDocument(text);
  let line: string;
  let edit: TextEdit;
  if (request.kind === 'baseline') {
    if (goal.baseline) return { ok: false, problem: `'${goal.id}' has a baseline already; revise it in the journal instead.` };
    // A baseline says when it was measured; the date is added unless the value names one.
    line = `baseline: ${/\bon \d{4}-\d{2}-\d{2}\b/.test(value) ? value : `${value} on ${request.date}`}`;
    const inserted = insertField(doc, goal, 'baseline', [line]);
    if (!inserted) return { ok: false, problem: `A line under '${goal.id}' needs fixing first; then the baseline can go in.` };
    edit = inserted;
  } else if (request.kind === 'review') {
    const review = reviewLine(request.date, goal.id, value);
    if (review === undefined) return { ok: false, problem: `Choose a level from -2 to +2 for '${goal.id}', or describe how it went in words.` };
    line = `${review}${remark}`;
    edit = doc.insertAfter(lastLineWithText(doc), [line]);
  } else {
    line = `${request.date} progress ${goal.id}: ${value}${remark}`;
    edit = doc.insertAfter(lastLineWithText(doc), [line]);
  }
  const finding = findingOnNewLine(applyTextEdits(text, [edit]), newLineOf(edit), { today, config });
  if (finding?.severity === 'error') return { ok: false, problem: finding.message };
  return { ok: true, line, edits: [edit], ...(finding && { warning: finding.message }) };
}

/**
 * The review line for what was typed: a level (`+1`, `1`, `-2`, written as the format writes
 * levels), a remark in words (`on track`) after ` -- `, or nothing for a review without a level.
 * Undefined for a number that is no GAS level, which is a slip rather than a remark.
 */
function reviewLine(date: string, id: string, value: string): string | undefined {
  if (value === '') return `${date} review ${id}`;
  if (!/^[+\-\u2212\u2013]?\s*\d/.test(value)) return `${date} review ${id} -- ${value}`;
  const level = readLevel(value.replace(/[\u2212\u2013]/, '-'));
  return level !== undefined && isGasLevel(level) ? `${date} review ${id}: ${formatLevel(level)}` : undefined;
}

/** The last line with text, so that new entries go above any trailing blank lines. */
export function lastLineWithText(doc: EditableDocument): number {
  let last = doc.lines.length - 1;
  while (last > 0 && doc.lines[last]!.text.trim() === '') last -= 1;
  return Math.max(last, 0);
}

/** Where an inserted line lands: at the insertion point, or on the next line when it was added after the last. */
function newLineOf(edit: TextEdit): number {
  return edit.range.start.character === 0 ? edit.range.start.line : edit.range.start.line + 1;
}

/** The worst error or warning on the new line, from an analysis of the whole plan with the line in place. */
function findingOnNewLine(edited: string, line: number, options: AnalyzeOptions): Diagnostic | undefined {
  const rank = { error: 0, warning: 1, info: 2, hint: 3 } as const;
  return analyze(edited, options)
    .diagnostics.filter((d) => d.range.start.line === line && (d.severity === 'error' || d.severity === 'warning'))
    .sort((a, b) => rank[a.severity] - rank[b.severity])[0];
}
