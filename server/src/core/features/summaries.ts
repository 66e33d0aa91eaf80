/**
 * One-line summaries of a goal's progress, review and GAS standing, worded once and shown by
 * hovers, code lenses, the status bar and reports alike.
 */
import { differenceInCalendarDays } from 'date-fns';
import type { Config } from '../config';
import type { Goal, Plan } from '../model';
import { activeGoals, effectiveField, latestLevelReview, latestReview } from '../queries';
import { goalProgress, type MeasuredProgress } from '../clinical/progress';
import { nextReview } from '../clinical/review';
import { toDate } from '../values/dates';
import type { DocumentContext } from './context';
import { dayCountOf, dayCountWords, gasWords, goalState, statusWords } from './goal-state';
import { unitFor, withUnit } from './unit-words';

/** Numbers as people write them: no trailing zeros, at most two decimals. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

// Kind words: a goal that moves more slowly than the line is "slower than planned", never "behind".
const PACE: Record<MeasuredProgress['status'], string> = {
  achieved: 'target reached',
  ahead: 'ahead of plan',
  'on-track': 'on track',
  behind: 'slower than planned',
  'no-timeline': 'no due date to pace against',
};

/**
 * The heart of a goal's progress in one line: the day count of an abstinence goal (`31 of 90 days
 * since the restart on 2026-10-25`), else `3 → 2 → 1 attacks/week · 50% of the way · on track`, else
 * why progress cannot be shown. A paused goal gets no pace: nothing is expected of it while it rests.
 */
export function progressSummary(plan: Plan, goal: Goal, today: string): string {
  const count = dayCountOf(plan, goal, today);
  if (count) return dayCountWords(count);
  const progress = goalProgress(plan, goal, today);
  if (progress.kind === 'unmeasured') {
    // A baseline or target written in words ('missing about 2 doses a week', 'every time') is a
    // choice the plan made, not a gap: the report says how the goal is followed instead.
    const inWords = (key: string) => effectiveField(plan, goal, key, today)?.value?.type === 'quantity';
    if ((progress.problem === 'no-baseline' && inWords('baseline')) || (progress.problem === 'no-target' && inWords('target'))) {
      return 'Followed in words, not numbers: its reviews and journal tell how it is going.';
    }
    return progress.reason;
  }
  const numbers = [progress.baseline, progress.latest, progress.target];
  const path = withUnit(numbers.map(formatNumber).join(' → '), progress.unit && unitFor(numbers, progress.unit));
  const state = goalState(plan, goal, today).status;
  // A goal that rests has no pace; one marked achieved short of its number is achieved all the same,
  // so only a measurement at the target says "target reached" for it.
  const resting = state === 'paused' || state === 'dropped' || (state === 'achieved' && progress.percent < 100 - 1e-9);
  // Past the target (a target revised down to where the goal already was) is not '150% of the way'.
  if (progress.percent > 100 + 1e-9) return `${path} · past the target`;
  const pace = resting ? '' : ` · ${PACE[progress.status]}`;
  return `${path} · ${Math.round(progress.percent)}% of the way${pace}`;
}

/** True when a goal's progress line has numbers or a day count to show, not only a reason why it has none. */
export function hasProgress(plan: Plan, goal: Goal, today: string): boolean {
  return dayCountOf(plan, goal, today) !== undefined || goalProgress(plan, goal, today).kind === 'measured';
}

/**
 * The whole story of a goal in one line, as the report and the chart write it: its status when it
 * is not active, its progress or day count, and for a GAS goal its latest level and what it means.
 * An achieved goal never says that no progress was recorded: being achieved is its progress.
 */
export function storySummary(plan: Plan, goal: Goal, today: string): string {
  const state = goalState(plan, goal, today);
  const gas = gasWords(plan, goal, today);
  const parts: string[] = [];
  if (state.status !== 'active') parts.push(capitalise(statusWords(state)));
  if (hasProgress(plan, goal, today) || (state.status === 'active' && gas === undefined)) parts.push(progressSummary(plan, goal, today));
  if (gas) parts.push(parts.length === 0 ? capitalise(gas) : gas);
  return parts.join(' · ');
}

/** `in 4 days (Sun 29 Nov)`, `today`, `5 days ago`: a date relative to today. */
export function relativeDay(iso: string, today: string): string {
  const date = toDate(iso);
  const now = toDate(today);
  if (!date || !now) return iso;
  const days = differenceInCalendarDays(date, now);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/**
 * `Review overdue by 5 days` / `Next review in 4 days (2026-11-29)` / `Review after 2 more sessions`.
 * An achieved, paused or dropped goal is waiting for no review, so it is never overdue.
 */
export function reviewSummary(plan: Plan, goal: Goal, today: string, config?: Config): string {
  const state = goalState(plan, goal, today);
  if (state.status !== 'active') {
    const last = latestReview(plan, goal.id, today);
    const reviewed = last ? `; last reviewed on ${last.date.iso}` : '';
    return state.status === 'paused' ? `No review due while it is paused${reviewed}` : `No more reviews due${reviewed}`;
  }
  const due = nextReview(plan, goal, today, config);
  switch (due.status) {
    case 'overdue':
      return `Review overdue by ${due.daysOverdue} ${due.daysOverdue === 1 ? 'day' : 'days'} (due ${due.dueDate})`;
    case 'due-in':
      return due.days === 0 ? `Review due today (${due.dueDate})` : `Next review ${relativeDay(due.dueDate, today)} (${due.dueDate})`;
    case 'sessions':
      return `Review after ${due.sessionsLeft} more ${due.sessionsLeft === 1 ? 'session' : 'sessions'}`;
    case 'no-schedule':
      return 'No review schedule';
  }
}

/**
 * `GAS -1 on 2026-11-15: 3 attacks a week`, or why the latest level does not count; undefined when
 * the goal has no review with a level.
 */
export function gasSummary(plan: Plan, goal: Goal, today: string): string | undefined {
  if (!latestLevelReview(plan, goal.id, today)) return undefined;
  return capitalise(gasWords(plan, goal, today)!);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The state of a plan in one line for the status bar, with a line per goal for its tooltip. */
export interface PlanStatusLine {
  /** `3 goals · 1 paused · review due in 2 days`. */
  readonly text: string;
  readonly tooltip: string;
  readonly overdue: boolean;
}

/** How many goals are open and when the next review falls due, the soonest first. */
export function planStatus({ snapshot: { plan }, today, config }: DocumentContext): PlanStatusLine {
  const open = activeGoals(plan, today);
  const count = open.length === 0 ? 'No open goals' : `${open.length} ${open.length === 1 ? 'goal' : 'goals'}`;
  const dues = open.map((goal) => ({ goal, due: nextReview(plan, goal, today, config) }));
  const overdue = dues.filter((d) => d.due.status === 'overdue');
  const dated = dues.flatMap((d) => (d.due.status === 'due-in' ? [d.due] : [])).sort((a, b) => a.days - b.days);
  const sessions = dues.flatMap((d) => (d.due.status === 'sessions' ? [d.due] : [])).sort((a, b) => a.sessionsLeft - b.sessionsLeft);
  let review = '';
  if (overdue.length > 0) review = overdue.length === 1 ? 'a review is overdue' : `${overdue.length} reviews overdue`;
  else if (dated[0]) review = dated[0].days === 0 ? 'review due today' : `review due ${relativeDay(dated[0].dueDate, today)}`;
  else if (sessions[0]) review = `review after ${sessions[0].sessionsLeft} more ${sessions[0].sessionsLeft === 1 ? 'session' : 'sessions'}`;
  const states = plan.goals.filter((goal) => !open.includes(goal)).map((goal) => ({ goal, state: goalState(plan, goal, today) }));
  const resting = states.map(({ goal, state }) => `${goal.id}: ${statusWords(state)}`);
  const tooltip = [...dues.map(({ goal }) => `${goal.id}: ${reviewSummary(plan, goal, today, config)}`), ...resting].join('\n');
  // A paused goal is still part of the plan, waiting; achieved and dropped ones are done with.
  const paused = states.filter(({ state }) => state.status === 'paused').length;
  const text = [count, ...(paused > 0 ? [`${paused} paused`] : []), ...(review ? [review] : [])].join(' · ');
  return { text, tooltip: tooltip || 'This plan has no open goals.', overdue: overdue.length > 0 };
}
