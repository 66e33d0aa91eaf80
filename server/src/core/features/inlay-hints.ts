/**
 * Inlay hints: what a line implies but does not say. How many action steps are done, shown after
 * `steps:`, and when the next review falls, shown after a `review:` schedule.
 */
import { format } from 'date-fns';
import type { Goal, Plan, Position, Range } from '../model';
import { nextReview, type ReviewDue } from '../clinical/review';
import { effectiveField, goalStatus } from '../queries';
import { toDate } from '../values/dates';
import type { DocumentContext } from './context';
import { contains } from './positions';

export interface InlayHint {
  readonly position: Position;
  readonly label: string;
  readonly kind?: 'type' | 'parameter';
  readonly paddingLeft?: boolean;
}

/** The hints whose position lies in `range`, in document order. */
export function inlayHints(context: DocumentContext, range: Range): InlayHint[] {
  const { snapshot: { plan }, today, config } = context;
  const hints: InlayHint[] = [];
  const add = (position: Position, label: string | undefined) => {
    if (label && contains(range, position)) hints.push({ position, label, kind: 'type', paddingLeft: true });
  };
  const header = plan.header.review;
  if (header) add(header.range.end, headerReviewLabel(context));
  for (const goal of plan.goals) {
    const steps = goal.steps;
    const field = goal.fields.find((f) => f.value?.type === 'list' && f.key.name === 'steps');
    if (steps && steps.length > 0 && field) {
      // Just after the colon of `steps:`, where the canonical layout puts it.
      const after = { line: field.key.range.end.line, character: field.key.range.end.character + 1 };
      add(after, `[${steps.filter((s) => s.done).length}/${steps.length}]`);
    }
    if (goal.review && isOpen(plan, goal, today)) add(goal.review.range.end, reviewLabel(nextReview(plan, goal, today, config)));
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function isOpen(plan: Plan, goal: Goal, today: string): boolean {
  return goalStatus(plan, goal.id, today) === 'active';
}

/** `→ next 2026-12-09 (Wed)`, `→ overdue since 2026-11-20 (Fri)` or `→ after 2 more sessions`. */
function reviewLabel(due: ReviewDue): string | undefined {
  switch (due.status) {
    case 'due-in':
      return `→ next ${withWeekday(due.dueDate)}`;
    case 'overdue':
      return `→ overdue since ${withWeekday(due.dueDate)}`;
    case 'sessions':
      return `→ after ${due.sessionsLeft} more ${due.sessionsLeft === 1 ? 'session' : 'sessions'}`;
    case 'no-schedule':
      return undefined;
  }
}

/**
 * The plan's schedule drives every open goal without a schedule of its own; the hint names the
 * one reviewed soonest: the earliest date, or, when none has a date yet, the fewest sessions left.
 */
function headerReviewLabel({ snapshot: { plan }, today, config }: DocumentContext): string | undefined {
  const dues = plan.goals
    .filter((goal) => isOpen(plan, goal, today) && !effectiveField(plan, goal, 'review', today))
    .map((goal) => ({ goal, due: nextReview(plan, goal, today, config) }));
  const dated = dues.filter((d) => d.due.status === 'due-in' || d.due.status === 'overdue');
  const dateOf = (due: ReviewDue) => ('dueDate' in due ? due.dueDate : '');
  const left = (due: ReviewDue) => (due.status === 'sessions' ? due.sessionsLeft : Infinity);
  const soonest =
    dated.sort((a, b) => dateOf(a.due).localeCompare(dateOf(b.due)))[0] ??
    dues.filter((d) => d.due.status === 'sessions').sort((a, b) => left(a.due) - left(b.due))[0];
  const label = soonest && reviewLabel(soonest.due);
  return label && `${label} · ${soonest.goal.id}`;
}

function withWeekday(iso: string): string {
  const date = toDate(iso);
  return date ? `${iso} (${format(date, 'EEE')})` : iso;
}
