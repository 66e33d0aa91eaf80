/**
 * What needs attention in one plan, seen from `today`: overdue reviews, reviews and milestones coming up in
 * the next `days` days (after revisions, each marked when the journal has already reached it), goals past
 * (or nearing) their due date, and reviews counted in sessions. Only active goals are on the agenda: an
 * achieved, paused or dropped goal waits for nothing, and `restingGoals` names them with their dates.
 */
import { DEFAULT_CONFIG, type Config } from '../config';
import type { Plan, Range } from '../model';
import { activeGoals, effectiveDue, type GoalStatus } from '../queries';
import { milestoneStandings } from '../clinical/milestones';
import { nextReview } from '../clinical/review';
import { goalState } from './goal-state';
import { quantityText } from './report-values';
import { daysBetween, LAST_DAY, shiftDate, toDate } from '../values/dates';

export type AgendaKind = 'review-overdue' | 'review-due' | 'review-sessions' | 'goal-overdue' | 'goal-due' | 'milestone';

/** One thing on the agenda, about one goal. */
export interface AgendaItem {
  readonly kind: AgendaKind;
  /** The id of the goal it is about. */
  readonly goal: string;
  /** When it is due, `YYYY-MM-DD`; absent for a review counted in sessions that have not happened yet. */
  readonly date?: string;
  /** Days from today to `date`: negative when overdue, 0 today. */
  readonly days?: number;
  /** For `review-sessions`: the sessions still to come before the review is due. */
  readonly sessionsLeft?: number;
  /** For `milestone`: what the milestone says, such as `2 attacks/week`. */
  readonly text?: string;
  /** For `milestone`: the date the journal reached it, when it has (a small win, ahead of its date). */
  readonly reachedOn?: string;
  /** The text behind the item: the goal line, or the milestone's line. */
  readonly range: Range;
}

// Within a day, the order a clinician works through: reviews, then goals, then milestones.
const KIND_ORDER: readonly AgendaKind[] = ['review-overdue', 'review-due', 'goal-overdue', 'goal-due', 'milestone', 'review-sessions'];

/**
 * The agenda of one plan from `today` through `days` days later, sorted by date; reviews counted in sessions,
 * whose date is not known yet, come last, fewest sessions first. An invalid `today` gives an empty agenda.
 */
export function agenda(plan: Plan, today: string, days: number, config: Config = DEFAULT_CONFIG): AgendaItem[] {
  const start = toDate(today);
  if (!start) return [];
  // However far ahead the agenda is asked to look, it ends with the calendar.
  const until = shiftDate(today, Math.max(0, days), 'day') ?? LAST_DAY;
  const items: AgendaItem[] = [];
  for (const goal of activeGoals(plan, today)) {
    const at = goal.headerRange;
    const review = nextReview(plan, goal, today, config);
    if (review.status === 'overdue') items.push({ kind: 'review-overdue', goal: goal.id, date: review.dueDate, days: -review.daysOverdue, range: at });
    if (review.status === 'due-in' && review.dueDate <= until) items.push({ kind: 'review-due', goal: goal.id, date: review.dueDate, days: review.days, range: at });
    if (review.status === 'sessions') items.push({ kind: 'review-sessions', goal: goal.id, sessionsLeft: review.sessionsLeft, range: at });

    const due = effectiveDue(plan, goal, today)?.iso;
    if (due !== undefined && due <= until) {
      items.push({ kind: due < today ? 'goal-overdue' : 'goal-due', goal: goal.id, date: due, days: daysBetween(today, due), range: at });
    }
    for (const { milestone, reachedOn } of milestoneStandings(plan, goal, today)) {
      const date = milestone.date.iso;
      if (date < today || date > until) continue;
      const text = quantityText(milestone.quantity);
      items.push({ kind: 'milestone', goal: goal.id, date, days: daysBetween(today, date), text, ...(reachedOn && { reachedOn }), range: milestone.field.range });
    }
  }
  return items.sort(compareItems);
}

/** A goal that is not on the agenda because it is achieved, paused or dropped, with the date it became so. */
export interface RestingGoal {
  readonly goal: string;
  readonly status: Exclude<GoalStatus, 'active'>;
  /** The date of the entry that set the status. */
  readonly date?: string;
  readonly range: Range;
}

/** The goals the agenda leaves out, in plan order, so that it can say why they are not on it. */
export function restingGoals(plan: Plan, today: string): RestingGoal[] {
  return plan.goals.flatMap((goal) => {
    const state = goalState(plan, goal, today);
    if (state.status === 'active') return [];
    return [{ goal: goal.id, status: state.status, ...(state.entry && { date: state.entry.date.iso }), range: goal.headerRange }];
  });
}

function compareItems(a: AgendaItem, b: AgendaItem): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date.localeCompare(b.date);
  }
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.sessionsLeft ?? 0) - (b.sessionsLeft ?? 0);
}
