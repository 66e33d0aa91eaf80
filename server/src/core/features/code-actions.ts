/**
 * Code actions: quick fixes for the findings that carry what a fix needs in `data`, and source
 * actions that add a GAS scale to a goal or put the journal in date order.
 */
import { addDays } from 'date-fns';
import type { Diagnostic, Goal, Plan, Range } from '../model';
import { formatLevel, LEVEL_MEANINGS } from '../rules/gas/levels';
import { readLine, type SyntaxLine } from '../syntax/line';
import { toDate, toIso } from '../values/dates';
import type { TextEdit } from './formatting';
import { EditableDocument as Document, insertField } from './document-edits';
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

export interface CodeActionOptions {
  /** The date written into new baselines and due dates, `YYYY-MM-DD`. */
  readonly today: string;
}

/** How far ahead a suggested due date lies, as in the missing-deadline rule: a first look back in six weeks. */
const SUGGESTED_WEEKS = 6;

const SORT_TITLE = 'Sort journal entries by date';

/** The actions available for `range`: fixes for the diagnostics that touch it, and source actions there. */
export function codeActions(text: string, plan: Plan, diagnostics: readonly Diagnostic[], range: Range, options: CodeActionOptions): CodeAction[] {
  const doc = new Document(text);
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics.filter((d) => overlaps(d.range, range))) {
    const fix = quickFix(doc, plan, diagnostic, options);
    if (!fix) continue;
    // One sort fixes every line out of order: offer it once, for all of them.
    const same = actions.findIndex((a) => a.title === fix.title && JSON.stringify(a.edit) === JSON.stringify(fix.edit));
    if (same >= 0) actions[same] = { ...actions[same]!, diagnostics: [...(actions[same]!.diagnostics ?? []), diagnostic] };
    else actions.push({ ...fix, kind: 'quickfix', diagnostics: [diagnostic] });
  }
  const hasSort = actions.some((a) => a.title === SORT_TITLE);
  for (const goal of plan.goals.filter((g) => !g.scale && overlaps(g.range, range))) {
    actions.push({ title: `Add a GAS scale to '${goal.id}'`, kind: 'source', edit: [addScale(doc, goal)] });
  }
  const sort = hasSort ? undefined : sortJournal(doc);
  if (sort) actions.push({ title: SORT_TITLE, kind: 'source', edit: [sort] });
  return actions;
}

type Fix = Omit<CodeAction, 'kind' | 'diagnostics'>;

function quickFix(doc: Document, plan: Plan, diagnostic: Diagnostic, { today }: CodeActionOptions): Fix | undefined {
  const data = diagnostic.data ?? {};
  const str = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  const goal = () => goalOf(plan, diagnostic.range, str('goal') ?? str('id'));
  switch (diagnostic.code) {
    case 'missing-field':
    case 'missing-value':
    case 'missing-deadline': {
      const target = goal();
      const field = str('field');
      if (!target || !field || target.fields.some((f) => f.key.name === field)) return undefined;
      const due = str('suggestedDue') ?? toIso(addDays(toDate(today) ?? new Date(0), SUGGESTED_WEEKS * 7));
      const skeleton = fieldSkeleton(field, today, due);
      if (!skeleton) return undefined;
      const title = skeleton.length === 1 && !skeleton[0]!.includes('<') ? `Add '${skeleton[0]}'` : `Add '${field}:' to '${target.id}'`;
      return { title, edit: [insertField(doc, target, field, skeleton)], isPreferred: true };
    }
    case 'missing-baseline-date': {
      const at = data['insertAt'] as Range['start'] | undefined;
      if (!at) return undefined;
      return { title: `Add the date it was measured: 'on ${today}'`, edit: [{ range: { start: at, end: at }, newText: ` on ${today}` }], isPreferred: true };
    }
    case 'gas-scale-incomplete':
      return missingLevels(doc, plan, diagnostic);
    case 'review-without-scale': {
      const target = goal();
      return target && !target.scale ? { title: `Add a GAS scale to '${target.id}'`, edit: [addScale(doc, target)] } : undefined;
    }
    case 'unknown-category':
    case 'unknown-parent-goal':
    case 'unknown-goal': {
      const replacement = str('replacement') ?? str('suggestion');
      return replacement ? { title: `Change to '${replacement}'`, edit: [{ range: diagnostic.range, newText: replacement }], isPreferred: true } : undefined;
    }
    case 'duplicate-entry': {
      const line = data['deleteLine'];
      if (typeof line !== 'number' || line <= 0 || line >= doc.lines.length) return undefined;
      // The line and its line break: the one after it, or the one before it on the last line.
      const range: Range =
        line + 1 < doc.lines.length
          ? { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }
          : { start: { line: line - 1, character: doc.lines[line - 1]!.text.length }, end: { line, character: doc.lines[line]!.text.length } };
      return { title: 'Delete the repeated line', edit: [{ range, newText: '' }], isPreferred: true };
    }
    case 'entry-out-of-order': {
      const sort = sortJournal(doc);
      return sort && { title: SORT_TITLE, edit: [sort], isPreferred: true };
    }
  }
  return undefined;
}

/** The goal a finding is about: the one whose id it points at, else the first with that id. */
function goalOf(plan: Plan, range: Range, id: string | undefined): Goal | undefined {
  return plan.goals.find((g) => g.range.start.line <= range.start.line && range.start.line <= g.range.end.line && (!id || g.id === id))
    ?? plan.goals.find((g) => g.id === id);
}

/** The lines of a new field, without indentation; list items are indented one step further. */
function fieldSkeleton(field: string, today: string, due: string): string[] | undefined {
  switch (field) {
    case 'value':
      return ['value: <why this goal matters to you>'];
    case 'baseline':
      return [`baseline: <where things stand now> on ${today}`];
    case 'measure':
      return ['measure: <what you count, and when>'];
    case 'steps':
      return ['steps:', '  - [ ] <a first small step>'];
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

/** A `scale:` with all five levels, placeholders for the writer to replace. */
function addScale(doc: Document, goal: Goal): TextEdit {
  const levels = [-2, -1, 0, 1, 2].map((l) => `  ${levelLine(l)}`);
  return insertField(doc, goal, 'scale', ['scale:', ...levels]);
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
  const indent = (field ? doc.indentOf(field.range.start.line) : '  ') + '  ';
  const byLine = new Map<number, number[]>();
  for (const { level, afterLine } of insertions as { level: number; afterLine: number }[]) {
    byLine.set(afterLine, [...(byLine.get(afterLine) ?? []), level]);
  }
  const edit = [...byLine].map(([line, levels]) => doc.insertAfter(line, levels.sort((a, b) => a - b).map((l) => indent + levelLine(l))));
  const missing = insertions.map((i: { level: number }) => formatLevel(i.level));
  return { title: missing.length === 1 ? `Add GAS level ${missing[0]}` : `Add the missing GAS levels (${missing.join(', ')})`, edit, isPreferred: true };
}

/**
 * Puts the journal lines in date order with one edit, or returns undefined when they already are.
 * The sort is stable, so lines of one day keep their order; each line takes the comment lines
 * directly above it along, and every other line (goals, blank lines, loose comments) stays put.
 */
function sortJournal(doc: Document): TextEdit | undefined {
  const lines = doc.lines.map((l, i) => readLine(l.text, i));
  const isEntry = (l: SyntaxLine) => l.kind === 'entry' && l.indent === 0 && l.date?.type === 'DateLiteral';
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
  let next = 0;
  const order = pieces.flatMap((p) => ('line' in p ? [p.line] : sorted[next++]!));
  const text = (i: number) => doc.lines[i]!.text;
  let first = 0;
  while (order[first] === first) first++;
  let last = order.length - 1;
  while (order[last] === last) last--;
  return {
    range: { start: { line: first, character: 0 }, end: { line: last, character: text(last).length } },
    newText: order.slice(first, last + 1).map(text).join(doc.eol),
  };
}

/** True when two ranges share a position (touching counts, so a cursor at a word's end is on it). */
function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}
