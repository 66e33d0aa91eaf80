/** due-date-passed: an active goal is past its due date (after revisions) and still open. */
import { activeGoals, effectiveDue } from '../../queries';
import { daysBetween, LAST_DAY, shiftDate, toDate } from '../../values/dates';
import type { Rule } from '../rule';

/** How far ahead the example new due date in the message is: a few weeks, a common review cycle. */
const EXAMPLE_EXTENSION_WEEKS = 4;

export const dueDatePassed: Rule = {
  id: 'due-date-passed',
  group: 'template',
  severity: 'info',
  summary: 'An active goal is past its due date and the journal does not say how it ended.',
  explanation: {
    standard:
      "A passed due date is not a failure: it is a prompt to record what happened, so the plan keeps telling the true story. If the goal was reached, '<today> achieved <goal>' says so; if it needs more time, that is the plan doing its job, and '<today> revise <goal> due: <new date>' gives it a new date without losing the first. Goals marked achieved, paused or dropped are not flagged.",
    plain:
      "The day you picked for this goal has passed, and that is okay. If you reached it, write a line that says so: today's date, then 'achieved walk'. If you need more time, pick a new day, with your therapist if you like: needing longer is a normal part of the plan.",
  },
  *check({ plan, today }) {
    const now = toDate(today);
    if (!now) return;
    for (const goal of activeGoals(plan, today)) {
      const due = effectiveDue(plan, goal, today);
      if (!due || due.iso >= today) continue;
      const late = daysBetween(due.iso, today);
      const achieved = `${today} achieved ${goal.id}`;
      const revise = `${today} revise ${goal.id} due: ${shiftDate(today, EXAMPLE_EXTENSION_WEEKS, 'week') ?? LAST_DAY}`;
      yield {
        range: due.range,
        goal: goal.id,
        message: `'${goal.id}' was due on ${due.iso} (${late === 1 ? '1 day' : `${late} days`} ago): mark it achieved, or give it a new due date.`,
        plain: `'${goal.id}' was due by ${due.iso}. If you made it, write '${achieved}'; if not, pick a new date.`,
        data: { goal: goal.id, dueDate: due.iso, achieved, revise },
      };
    }
  },
};
