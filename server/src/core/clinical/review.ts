/**
 * When a goal's next review is due: its last review (or, before the first, its start, a later
 * baseline's date, or the plan's start)
 * plus its review schedule. Schedules in days, weeks and months give a date; a schedule in sessions
 * gives a date only once the sessions have happened, so until then it says how many are left.
 */
import { DEFAULT_CONFIG, type Config } from '../config';
import type { Goal, Plan } from '../model';
import { effectiveReview, latestReview, sessions, statusEntriesOf, workStart } from '../queries';
import { daysBetween, shiftDate, toDate } from '../values/dates';
import type { IntervalParts } from '../values/interval';

/** What the review clock counts from: the last review, or the start of the goal or of the plan. */
export interface ReviewAnchor {
  readonly kind: 'review' | 'goal-start' | 'plan-start';
  readonly date: string;
}

/** When a goal's next review is due, as far as the journal can tell. */
export type ReviewDue =
  | {
      readonly status: 'overdue';
      readonly dueDate: string;
      readonly daysOverdue: number;
      readonly since: ReviewAnchor;
      readonly interval: IntervalParts;
    }
  | {
      /** Due on `dueDate`, `days` from today; 0 means due today. */
      readonly status: 'due-in';
      readonly dueDate: string;
      readonly days: number;
      readonly since: ReviewAnchor;
      readonly interval: IntervalParts;
    }
  | {
      /** A schedule in sessions that has not come round yet: its date is unknown until the sessions happen. */
      readonly status: 'sessions';
      readonly sessionsLeft: number;
      readonly sessionsSince: number;
      readonly since: ReviewAnchor;
      readonly interval: IntervalParts;
    }
  | { readonly status: 'no-schedule'; readonly reason: string };

/** The review schedule in force for a goal on `today`: its own, else the plan's, else the settings' default. */
export function reviewInterval(plan: Plan, goal: Goal, today: string, config: Config = DEFAULT_CONFIG): IntervalParts | undefined {
  const interval = effectiveReview(plan, goal, today);
  return interval ? { count: interval.count, unit: interval.unit } : config.defaultReview;
}

/** What the review clock of a goal counts from on `today`. */
export function reviewAnchor(plan: Plan, goal: Goal, today: string): ReviewAnchor | undefined {
  const review = latestReview(plan, goal.id, today);
  if (review) return { kind: 'review', date: review.date.iso };
  // A goal added later, with its baseline measured then, was not due for a review before it existed.
  const start = workStart(plan, goal);
  if (!start) return undefined;
  return start === plan.header.start ? { kind: 'plan-start', date: start.iso } : { kind: 'goal-start', date: start.iso };
}

/**
 * When a goal's next review is due, seen from `today`. In a schedule in sessions, the sessions that
 * count are those dated after the anchor (the session a review or the start happened in is the one
 * the clock starts from) and on or before today; the review is due on the date of the Nth of them.
 */
export function nextReview(plan: Plan, goal: Goal, today: string, config: Config = DEFAULT_CONFIG): ReviewDue {
  if (!toDate(today)) return { status: 'no-schedule', reason: `${today} is not a date written YYYY-MM-DD.` };
  const interval = reviewInterval(plan, goal, today, config);
  if (!interval) return { status: 'no-schedule', reason: `Neither '${goal.id}' nor the plan has a review schedule.` };
  const since = reviewAnchor(plan, goal, today);
  if (!since) return { status: 'no-schedule', reason: `'${goal.id}' has no review yet, and no start date to count from.` };

  let dueDate: string;
  if (interval.unit === 'session') {
    const counted = sessions(plan, today).filter((s) => s.date.iso > since.date);
    const due = counted[interval.count - 1];
    if (!due) return { status: 'sessions', sessionsLeft: interval.count - counted.length, sessionsSince: counted.length, since, interval };
    dueDate = due.date.iso;
  } else {
    const shifted = shiftDate(since.date, interval.count, interval.unit);
    // Past 9999-12-31 there is no date to be due on, so nothing is due within the calendar.
    if (!shifted) return { status: 'no-schedule', reason: `'${goal.id}' has no review due before the end of 9999.` };
    dueDate = shifted;
  }
  // A review that fell due while the goal rested is due on the day it was taken up again: resuming
  // calls for a review straight away, but the weeks of the pause were not weeks of a missed review.
  const resumed = statusEntriesOf(plan, goal.id, today).filter((e) => e.kind === 'resumed').at(-1)?.date.iso;
  if (resumed && resumed > since.date && resumed > dueDate) dueDate = resumed;
  const days = daysBetween(today, dueDate);
  return days < 0 ? { status: 'overdue', dueDate, daysOverdue: -days, since, interval } : { status: 'due-in', dueDate, days, since, interval };
}

