/** review-overdue: an active goal's next review, by its schedule, was due before today. */
import { nextReview, type ReviewAnchor } from '../../clinical/review';
import { isGasGoal, startLevelOf } from '../../clinical/gas';
import type { Goal, Plan } from '../../model';
import { activeGoals, latestLevelReview } from '../../queries';
import { formatInterval } from '../../values/interval';
import type { Rule } from '../rule';

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  group: 'review',
  severity: 'warning',
  summary: 'An active goal has gone longer without a review than its review schedule says.',
  *check({ plan, config, today }) {
    for (const goal of activeGoals(plan, today)) {
      const due = nextReview(plan, goal, today, config);
      if (due.status !== 'overdue') continue;
      // A goal scored with GAS is reviewed with its level; any other goal with a remark on how it went.
      const gas = isGasGoal(plan, goal, today);
      const line = gas ? `${today} review ${goal.id}: ${formatLevel(currentLevel(plan, goal, today))}` : `${today} review ${goal.id} -- how it went`;
      const ago = `${due.dueDate}, ${days(due.daysOverdue)} ago`;
      const when =
        due.interval.unit === 'session'
          ? `and the ${ordinal(due.interval.count)} session since then was on ${ago}`
          : `so ${due.since.kind === 'review' ? 'the next' : 'its first'} review was due on ${ago}`;
      const what = `'${goal.id}' is reviewed ${formatInterval(due.interval)}; ${sinceText(due.since)}, ${when}.`;
      const how = gas ? ' with the level it stands at then' : ', in your own words';
      yield {
        range: goal.idRange,
        message: `${what} When you next look at it together, add a line such as \`${line}\`${how}.`,
        data: { goal: goal.id, dueDate: due.dueDate, line },
      };
    }
  },
};

/** The level to show in the example line: the last review's, else the start level, else 0. */
function currentLevel(plan: Plan, goal: Goal, today: string): number {
  // A level off the scale (+3) is its own finding; the example starts from the nearest real level.
  const level = latestLevelReview(plan, goal.id, today)?.level ?? startLevelOf(plan, goal, today) ?? 0;
  return Math.max(-2, Math.min(2, level));
}

function formatLevel(level: number): string {
  return level > 0 ? `+${level}` : String(level);
}

function sinceText(since: ReviewAnchor): string {
  if (since.kind === 'review') return `it was last reviewed on ${since.date}`;
  return `it has not been reviewed since ${since.kind === 'goal-start' ? 'it' : 'the plan'} started on ${since.date}`;
}

function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
