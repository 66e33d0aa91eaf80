/** review-overdue: an active goal's next review, by its schedule, was due before today. */
import { nextReview } from '../../clinical/review';
import { activeGoals } from '../../queries';
import type { Rule } from '../rule';

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  group: 'review',
  severity: 'warning',
  summary: 'An active goal has gone longer without a review than its review schedule says.',
  explanation: {
    standard:
      "Regular reviews are where a plan gets adjusted: a goal that has not been looked at for a while may be done, stuck or no longer the right one. Add a dated review line when you look at it together, with the GAS level it stands at, or a few words on how it went. In an editor, the quick fix writes today's line for you to finish.",
    plain:
      "Looking back at a goal every so often helps you see what's working and change what isn't. Start a line with today's date, then write 'review', the goal and a few words on how it's going, like 'review walk -- two walks this week'. In an editor, the quick fix starts the line for you.",
  },
  *check({ plan, config, today }) {
    for (const goal of activeGoals(plan, today)) {
      const due = nextReview(plan, goal, today, config);
      if (due.status !== 'overdue') continue;
      const ago = days(due.daysOverdue);
      const session = due.interval.unit === 'session' ? ` at the ${ordinal(due.interval.count)} session since the last review,` : '';
      yield {
        range: goal.idRange,
        goal: goal.id,
        message: `'${goal.id}' was due for review${session} on ${due.dueDate} (${ago} ago).`,
        plain: `Time to look back at '${goal.id}': it was due on ${due.dueDate} (${ago} ago).`,
        // The fix writes a review line dated today; the level or the words are the reader's to add.
        data: { goal: goal.id, dueDate: due.dueDate, line: `${today} review ${goal.id}` },
      };
    }
  },
};

function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
