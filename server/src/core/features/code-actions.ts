/**
 * Code actions: quick fixes for the findings that carry what a fix needs in `data`, and source
 * actions that add a GAS scale to a goal or put the journal in date order.
 */
import type { Diagnostic, Goal, Plan, Range } from '../model';
import { SYNTAX_CODES } from '../build/diagnostics';
import { parse } from '../parse';
import { formatLevel, LEVEL_MEANINGS } from '../rules/gas/levels';
import { suggestedDate } from '../rules/smart/suggestions';
import { readLine, type SyntaxLine } from '../syntax/line';
import type { DocumentContext } from './context';
import { applyTextEdits, type TextEdit } from './formatting';
import { childStep, EditableDocument as Document, insertField, insertFields } from './document-edits';
import { insertionKeepsBlock } from './goal-block-check';
import { lastLineWithText } from './journal-entry';
import { comparePositions } from './positions';

export interface CodeAction {
  readonly title: string;
  readonly kind: 'quickfix' | 'source';
  /** The findings the action fixes. */
  readonly diagnostics?: readonly Diagnostic[];
  /** Edits to this document, in LSP terms. */
  readonly edit: readonly TextEdit[];
  readonly isPreferred?: boolean;
}

const SORT_TITLE = 'Sort journal entries by date';

/**
 * The actions available for `range`: fixes for the document's findings (`diagnostics`) that touch
 * it, and source actions there. New baselines and due dates are dated `today`.
 */
export function codeActions({ snapshot: { text, plan }, today }: DocumentContext, diagnostics: readonly Diagnostic[], range: Range): CodeAction[] {
  const doc = new Document(text);
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics.filter((d) => overlaps(d.range, range))) {
    for (const fix of [quickFix(doc, plan, diagnostic, today)].flat()) {
      if (!fix || (isFormatError(diagnostic) && !mendsFormat(text, diagnostics, fix))) continue;
    // One sort fixes every line out of order: offer it once, for all of them.
    const same = actions.findIndex((a) => a.title === fix.title && JSON.stringify(a.edit) === JSON.stringify(fix.edit));
      if (same >= 0) actions[same] = { ...actions[same]!, diagnostics: [...(actions[same]!.diagnostics ?? []), diagnostic] };
      else actions.push({ ...fix, kind: 'quickfix', diagnostics: [diagnostic] });
    }
  }
  const hasSort = actions.some((a) => a.title === SORT_TITLE);
  for (const goal of plan.goals.filter((g) => !g.scale && overlaps(g.range, range))) {
    const edit = addScale(doc, goal);
    if (edit) actions.push({ title: `Add a GAS scale to '${goal.id}'`, kind: 'source', edit: [edit] });
  }
  const sort = hasSort ? undefined : sortJournal(doc);
  if (sort) actions.push({ title: SORT_TITLE, kind: 'source', edit: [sort] });
  return actions;
}

type Fix = Omit<CodeAction, 'kind' | 'diagnostics'>;

const isFormatError = (d: Diagnostic) => (SYNTAX_CODES as readonly string[]).includes(String(d.code));

/**
 * A fix for a format error is offered only when the document then reads with fewer format errors
 * and no new kind of one. The fix knows its line, but not always what the line turns into where
 * it stands: 'goal s' made 'goal s:' has no statement, 'target goal' made 'target: goal' at the
 * top of a plan is no header field, and '2026-10-1' alone on a line is no entry once rewritten.
 * Reading the document again costs one parse, only when a format error is at the cursor.
 */
function mendsFormat(text: string, before: readonly Diagnostic[], fix: Fix): boolean {
  const count = (ds: readonly Diagnostic[]) => {
    const by = new Map<string, number>();
    for (const d of ds) if (isFormatError(d)) by.set(String(d.code), (by.get(String(d.code)) ?? 0) + 1);
    return by;
  };
  const was = count(before);
  const now = count(parse(applyTextEdits(text, fix.edit)).diagnostics);
  const total = (by: Map<string, number>) => [...by.values()].reduce((a, b) => a + b, 0);
  return total(now) < total(was) && [...now].every(([code, n]) => n <= (was.get(code) ?? 0));
}

function quickFix(doc: Document, plan: Plan, diagnostic: Diagnostic, today: string): Fix | Fix[] | undefined {
  const data = diagnostic.data ?? {};
  const str = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  const goal = () => goalOf(plan, diagnostic.range, str('goal') ?? str('id'));
  switch (diagnostic.code) {
    case 'missing-field':
      return missingFields(doc, goal(), data['fields'], today);
    case 'missing-value':
    case 'missing-deadline': {
      const target = goal();
      const field = str('field');
      if (!target || !field || target.fields.some((f) => f.key.name === field)) return undefined;
      const due = str('suggestedDue') ?? suggestedDate(today);
      const skeleton = fieldSkeleton(field, today, due);
      if (!skeleton) return undefined;
      const title = skeleton.length === 1 && !skeleton[0]!.includes('<') ? `Add '${skeleton[0]}'` : `Add '${field}:' to '${target.id}'`;
      const edit = insertField(doc, target, field, skeleton);
      return edit && { title, edit: [edit], isPreferred: true };
    }
    case 'missing-baseline-date': {
      const at = data['insertAt'] as Range['start'] | undefined;
      if (!at || !doc.lines[at.line]) return undefined;
      // A baseline that already ends in the word 'on' only needs the date after it (the parser reads 'on' in lower case only).
      const endsInOn = /\son$/.test(doc.lines[at.line]!.text.slice(0, at.character));
      const newText = endsInOn ? ` ${today}` : ` on ${today}`;
      return { title: `Add the date it was measured: 'on ${today}'`, edit: [{ range: { start: at, end: at }, newText }], isPreferred: true };
    }
    case 'gas-scale-incomplete':
      return missingLevels(doc, plan, diagnostic);
    case 'review-without-scale': {
      const target = goal();
      const edit = target && !target.scale ? addScale(doc, target) : undefined;
      return edit && { title: `Add a GAS scale to '${target!.id}'`, edit: [edit] };
    }
    case 'invalid-date': {
      const iso = str('replacement');
      return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { title: `Write the date as ${iso}`, edit: [{ range: diagnostic.range, newText: iso }], isPreferred: true } : undefined;
    }
    case 'syntax-error':
      return missingColon(doc, data['insertColonAt']);
    case 'invalid-suppression':
      return suppressionId(doc, diagnostic.range, str('written'), str('replacement'));
    case 'unknown-field':
    case 'unknown-entry-kind':
    case 'unknown-category':
    case 'unknown-parent-goal':
    case 'unknown-measure':
    case 'unknown-goal': {
      const replacement = str('replacement') ?? str('suggestion');
      return replacement ? { title: `Change to '${replacement}'`, edit: [{ range: diagnostic.range, newText: replacement }], isPreferred: true } : undefined;
    }
    case 'duplicate-entry':
      return removeRepeat(doc, data['duplicateOf'], data['deleteLine']);
    case 'review-overdue': {
      const line = str('line');
      // Only a bare review line dated today for the goal: nothing in it the reader did not choose.
      if (!line || !new RegExp(`^${today} review \\S+$`).test(line)) return undefined;
      return { title: `Record today's review: '${line}'`, edit: [doc.insertAfter(lastLineWithText(doc), [line])], isPreferred: true };
    }
    case 'due-date-passed': {
      // Two ways on, and the choice is the reader's: neither is preferred.
      const lines = [str('achieved'), str('revise')].filter((l): l is string => l !== undefined && l.startsWith(`${today} `));
      const titles = ["Record it achieved today: '", "Give it a new due date: '"];
      return lines.map((line) => ({ title: `${titles[line === str('achieved') ? 0 : 1]}${line}'`, edit: [doc.insertAfter(lastLineWithText(doc), [line])] }));
    }
    case 'entry-out-of-order': {
      const sort = sortJournal(doc);
      return sort && { title: SORT_TITLE, edit: [sort], isPreferred: true };
    }
  }
  return undefined;
}

/**
 * Removes a repeated journal line without losing a word of it. The rule calls two lines the same
 * entry even when their notes differ (`-- felt good`, `-- it rained`), and those notes are the
 * client's words: the line is deleted only when every word of it is on the line it repeats;
 * when only its note is new, the note moves onto that line first; anything else is left to the writer.
 */
function removeRepeat(doc: Document, keptLine: unknown, repeatLine: unknown): Fix | undefined {
  const valid = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < doc.lines.length;
  if (!valid(keptLine) || !valid(repeatLine) || keptLine >= repeatLine) return undefined;
  const kept = readLine(doc.lines[keptLine]!.text, keptLine);
  const repeat = readLine(doc.lines[repeatLine]!.text, repeatLine);
  if (kept.error || repeat.error || kept.kind !== 'entry' || repeat.kind !== 'entry') return undefined;
  if (words(withoutRemarks(kept)) !== words(withoutRemarks(repeat))) return undefined;
  if (repeat.comment && words(repeat.comment.text) !== words(kept.comment?.text)) return undefined;
  // An unindented entry ends the goal block above it: the indented lines under it would join that goal.
  if (repeat.indent === 0 && indentedBelow(doc, repeatLine)) return undefined;
  const deletion = deleteLine(doc, repeatLine);
  const note = repeat.note?.text ?? '';
  if (note === '' || words(note) === words(kept.note?.text)) return { title: 'Delete the repeated line', edit: [deletion], isPreferred: true };
  // The note joins the kept line's own note, or becomes its note; a separator without a note is left alone.
  if (kept.noteSeparator && !kept.note) return undefined;
  const at = kept.note?.range.end ?? { line: keptLine, character: withoutRemarksEnd(kept) };
  const insert = { range: { start: at, end: at }, newText: kept.note ? `; ${note}` : ` -- ${note}` };
  return { title: `Move the note to line ${keptLine + 1} and delete the repeated line`, edit: joinEdits(insert, deletion) };
}

/** True when the next line with code below `line` (past blank lines and comments) is indented. */
function indentedBelow(doc: Document, line: number): boolean {
  for (let i = line + 1; i < doc.lines.length; i++) {
    const next = readLine(doc.lines[i]!.text, i);
    if (next.kind !== 'blank') return next.indent > 0;
  }
  return false;
}

/** The line and its line break: the one after it, or the one before it on the last line. */
function deleteLine(doc: Document, line: number): TextEdit {
  const range: Range =
    line + 1 < doc.lines.length || line === 0
      ? { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }
      : { start: { line: line - 1, character: doc.lines[line - 1]!.text.length }, end: { line, character: doc.lines[line]!.text.length } };
  return { range, newText: '' };
}

/** An insertion and a deletion as editors accept them: one edit when the deletion starts where the insertion is. */
function joinEdits(insert: TextEdit, deletion: TextEdit): TextEdit[] {
  if (comparePositions(insert.range.start, deletion.range.start) !== 0) return [insert, deletion];
  return [{ range: { start: insert.range.start, end: deletion.range.end }, newText: insert.newText }];
}

/** Where a line's entry ends: before its note and its comment, without trailing white space. */
function withoutRemarksEnd(line: SyntaxLine): number {
  return withoutRemarks(line).trimEnd().length;
}

function withoutRemarks(line: SyntaxLine): string {
  const full = line.text;
  const end = line.noteSeparator?.range.start.character ?? line.comment?.range.start.character ?? full.length;
  return full.slice(0, end);
}

/** Text compared word by word: runs of white space are one space, and none at the ends. */
function words(text: string | undefined): string {
  return (text ?? '').trim().replace(/\s+/g, ' ');
}

/** The goal a finding is about: the one whose id it points at, else the first with that id. */
function goalOf(plan: Plan, range: Range, id: string | undefined): Goal | undefined {
  return plan.goals.find((g) => g.range.start.line <= range.start.line && range.start.line <= g.range.end.line && (!id || g.id === id))
    ?? plan.goals.find((g) => g.id === id);
}

/** Changes a misspelt rule id in a goalpost-ignore comment to the rule meant. */
function suppressionId(doc: Document, range: Range, written: string | undefined, replacement: string | undefined): Fix | undefined {
  const line = doc.lines[range.start.line]?.text;
  // Only a misspelt id of letters, digits and hyphens is put right: anything else may be the writer's words.
  if (!line || !written || !replacement || !/^[a-z0-9-]+$/i.test(written)) return undefined;
  const comment = line.slice(range.start.character, range.end.character);
  const marker = /goalpost-ignore\b/.exec(comment);
  if (!marker) return undefined;
  // The id as a whole word in the list after the marker, before the reason.
  const list = comment.slice(marker.index + marker[0].length).split(' -- ')[0]!;
  const at = ` ${list.replace(/,/g, ' ')} `.indexOf(` ${written} `);
  if (at < 0) return undefined;
  const character = range.start.character + marker.index + marker[0].length + at;
  const where = { start: { line: range.start.line, character }, end: { line: range.start.line, character: character + written.length } };
  return { title: `Change to '${replacement}'`, edit: [{ range: where, newText: replacement }], isPreferred: true };
}

/** Adds the colon a line lacks, where the message says, when the line then reads without an error. */
function missingColon(doc: Document, at: unknown): Fix | undefined {
  const position = at as Range['start'] | undefined;
  const line = position && doc.lines[position.line];
  if (!line || !Number.isInteger(position.character) || position.character < 0 || position.character > line.text.length) return undefined;
  const fixed = `${line.text.slice(0, position.character)}:${line.text.slice(position.character)}`;
  if (readLine(fixed, position.line).error) return undefined;
  return { title: 'Add the missing colon', edit: [{ range: { start: position, end: position }, newText: ':' }], isPreferred: true };
}

/** Adds every template field the goal lacks in one edit, each with a placeholder to fill in. */
function missingFields(doc: Document, target: Goal | undefined, fields: unknown, today: string): Fix | undefined {
  if (!target || !Array.isArray(fields)) return undefined;
  // A field written empty ('steps:' with no steps) is the writer's to fill: it is not added twice.
  const wanted = fields.filter((f): f is string => typeof f === 'string' && !target.fields.some((g) => g.key.name === f));
  const added = wanted.flatMap((key) => {
    const lines = fieldSkeleton(key, today, today);
    return lines ? [{ key, lines }] : [];
  });
  if (added.length === 0) return undefined;
  const edit = insertFields(doc, target, added);
  const only = added.length === 1 ? added[0]!.lines : undefined;
  const title = only
    ? only.length === 1 && !only[0]!.includes('<') ? `Add '${only[0]}'` : `Add '${added[0]!.key}:' to '${target.id}'`
    : `Add the missing fields to '${target.id}' (${added.map((a) => a.key).join(', ')})`;
  return edit && { title, edit, isPreferred: true };
}

/** The lines of a new field and its list items, without indentation (`insertField` indents them as the goal does). */
function fieldSkeleton(field: string, today: string, due: string): string[] | undefined {
  switch (field) {
    case 'value':
      return ['value: <why this goal matters to you>'];
    case 'baseline':
      return [`baseline: <where things stand now> on ${today}`];
    case 'measure':
      return ['measure: <what you count, and when>'];
    case 'steps':
      return ['steps:', '- [ ] <a first small step>'];
    case 'obstacles':
      return ['obstacles: <what could get in the way>'];
    case 'supports':
      return ['supports: <who or what can help>'];
    case 'review':
      return ['review: every 2 weeks'];
    case 'due':
      return [`due: ${due}`];
  }
  return undefined;
}

/** A `scale:` with all five levels, placeholders for the writer to replace; none where the goal's lines need fixing first. */
function addScale(doc: Document, goal: Goal): TextEdit | undefined {
  return insertField(doc, goal, 'scale', ['scale:', ...[-2, -1, 0, 1, 2].map(levelLine)]);
}

/** A level line with what the level means as a placeholder for the writer's own words. */
function levelLine(level: number): string {
  return `${formatLevel(level).padStart(2)}: <${LEVEL_MEANINGS[level] ?? 'what this level looks like'}>`;
}

/** Adds the levels a scale lacks, each after the level below it, as the rule's `insertions` say. */
function missingLevels(doc: Document, plan: Plan, diagnostic: Diagnostic): Fix | undefined {
  const insertions = diagnostic.data?.['insertions'];
  if (!Array.isArray(insertions) || insertions.length === 0) return undefined;
  const goal = goalOf(plan, diagnostic.range, undefined);
  const field = goal?.fields.find((f) => f.value?.type === 'scale');
  if (!goal || !field) return undefined;
  // New levels line up with the levels already written, else go one step under `scale:` as the goal's lists do.
  const written = field.value?.type === 'scale' ? field.value.levels[0] : undefined;
  const own = doc.indentOf(field.range.start.line);
  const indent = written ? doc.indentOf(written.range.start.line) : own + childStep(doc, goal, own);
  const byLine = new Map<number, number[]>();
  for (const { level, afterLine } of insertions as { level: number; afterLine: number }[]) {
    byLine.set(afterLine, [...(byLine.get(afterLine) ?? []), level]);
  }
  const added = [...byLine].map(([line, levels]) => ({ line, lines: levels.sort((a, b) => a - b).map((l) => indent + levelLine(l)) }));
  // Each insertion is checked alone; they go between levels, so none changes where another lands.
  if (!added.every((a) => insertionKeepsBlock(doc, goal, a.line, a.lines, 'scale', a.lines.length))) return undefined;
  const edit = added.map((a) => doc.insertAfter(a.line, a.lines));
  const missing = insertions.map((i: { level: number }) => formatLevel(i.level));
  return { title: missing.length === 1 ? `Add GAS level ${missing[0]}` : `Add the missing GAS levels (${missing.join(', ')})`, edit, isPreferred: true };
}

/**
 * Puts the journal lines in date order with one edit, or returns undefined when they already are.
 * The sort is stable, so lines of one day keep their order; each line takes the comment lines
 * directly above it along, and every other line (goals, fields, blank lines, loose comments) stays put.
 * Entries indented under a goal are sorted with the rest. Each place an entry held keeps its
 * indentation, whichever entry lands there: an unindented entry ends a goal block and an indented
 * one does not, so the goal blocks read exactly as before. Lines the parser rejects stay put.
 */
function sortJournal(doc: Document): TextEdit | undefined {
  const lines = doc.lines.map((l, i) => readLine(l.text, i));
  const isEntry = (l: SyntaxLine) => l.kind === 'entry' && l.error === undefined && l.date?.type === 'DateLiteral';
  const isComment = (l: SyntaxLine | undefined) => l?.kind === 'blank' && l.comment !== undefined;
  const units: number[][] = [];
  const pieces: ({ unit: number } | { line: number })[] = [];
  let pending: number[] = [];
  for (const line of lines) {
    if (isComment(line)) {
      pending.push(line.line);
      continue;
    }
    if (isEntry(line)) {
      pieces.push({ unit: units.length });
      units.push([...pending, line.line]);
    } else pieces.push(...pending.map((l) => ({ line: l })), { line: line.line });
    pending = [];
  }
  pieces.push(...pending.map((l) => ({ line: l })));
  const dateOf = (unit: number[]) => lines[unit.at(-1)!]!.date!.text;
  const sorted = [...units].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  if (sorted.every((unit, i) => unit === units[i])) return undefined;
  const text = (i: number) => doc.lines[i]!.text;
  // An entry takes the indentation of the entry whose place it takes; its comments move as written.
  const placed = (unit: number[], slot: number[]) => {
    const entry = unit.at(-1)!;
    const indent = lines[slot.at(-1)!]!.indent;
    return [...unit.slice(0, -1).map(text), text(slot.at(-1)!).slice(0, indent) + text(entry).slice(lines[entry]!.indent)];
  };
  let next = 0;
  const out = pieces.flatMap((p) => ('line' in p ? [text(p.line)] : placed(sorted[next]!, units[next++]!)));
  let first = 0;
  while (first < out.length && out[first] === text(first)) first++;
  if (first === out.length) return undefined;
  let last = out.length - 1;
  while (out[last] === text(last)) last--;
  return {
    range: { start: { line: first, character: 0 }, end: { line: last, character: text(last).length } },
    newText: out.slice(first, last + 1).join(doc.eol),
  };
}

/** True when two ranges share a position (touching counts, so a cursor at a word's end is on it). */
function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}
