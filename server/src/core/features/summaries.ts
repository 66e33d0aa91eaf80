/**
 * One-line summaries of a goal's progress, review and GAS standing, worded once and shown by
 * hovers, code lenses, the status bar and reports alike.
 */
import { differenceInCalendarDays } from 'date-fns';
import type { Config } from '../config';
import type { Goal, Plan } from '../model';
import { activeGoals, latestLevelReview } from '../queries';
import { goalProgress, type MeasuredProgress } from '../clinical/progress';
import { nextReview } from '../clinical/review';
import { formatLevel } from '../rules/gas/levels';
import { toDate } from '../values/dates';

/** Numbers as people write them: no trailing zeros, at most two decimals. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

const PACE: Record<MeasuredProgress['status'], string> = {
  achieved: 'target reached',
  ahead: 'ahead of plan',
  'on-track': 'on track',
  behind: 'behind plan',
  'no-timeline': 'no due date to pace against',
};

/** `3 → 2 → 1 attacks/week · 50% of the way · on track`, or why progress cannot be shown. */
export function progressSummary(plan: Plan, goal: Goal, today: string): string {
  const progress = goalProgress(plan, goal, today);
  if (progress.kind === 'unmeasured') return progress.reason;
  const unit = progress.unit ? ` ${progress.unit}` : '';
  const path = `${formatNumber(progress.baseline)} → ${formatNumber(progress.latest)} → ${formatNumber(progress.target)}${unit}`;
  return `${path} · ${Math.round(progress.percent)}% of the way · ${PACE[progress.status]}`;
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

/** `Review overdue by 5 days` / `Next review in 4 days (2026-11-29)` / `Review after 2 more sessions`. */
export function reviewSummary(plan: Plan, goal: Goal, today: string, config?: Config): string {
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

/** `GAS -1 on 2026-11-15: 3 attacks a week`, or undefined when the goal has not been reviewed. */
export function gasSummary(plan: Plan, goal: Goal, today: string): string | undefined {
  const review = latestLevelReview(plan, goal.id, today);
  if (!review) return undefined;
  const text = goal.scale?.find((l) => l.level === review.level)?.text.text;
  return `GAS ${formatLevel(review.level)} on ${review.date.iso}${text ? `: ${text}` : ''}`;
}

/** The state of a plan in one line for the status bar, with a line per goal for its tooltip. */
export interface PlanStatusLine {
  /** `3 goals · review due in 2 days`. */
  readonly text: string;
  readonly tooltip: string;
  readonly overdue: boolean;
}

/** How many goals are open and when the next review falls due, the soonest first. */
export function planStatus(plan: Plan, today: string, config?: Config): PlanStatusLine {
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
  const tooltip = dues.map(({ goal }) => `${goal.id}: ${reviewSummary(plan, goal, today, config)}`).join('\n');
  return { text: review ? `${count} · ${review}` : count, tooltip: tooltip || 'This plan has no open goals.', overdue: overdue.length > 0 };
}
