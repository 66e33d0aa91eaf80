/** due-date-passed: an active goal is past its due date (after revisions) and still open. */
import type { Goal, Plan } from '../../model';
import { activeGoals, effectiveField } from '../../queries';
import { daysBetween, LAST_DAY, shiftDate, toDate } from '../../values/dates';
import type { Rule } from '../rule';

/** How far ahead the example new due date in the message is: a few weeks, a common review cycle. */
const EXAMPLE_EXTENSION_WEEKS = 4;

export const dueDatePassed: Rule = {
  id: 'due-date-passed',
  group: 'template',
  severity: 'info',
  summary: 'An active goal is past its due date and the journal does not say how it ended.',
  *check({ plan, today }) {
    const now = toDate(today);
    if (!now) return;
    for (const goal of activeGoals(plan, today)) {
      const due = dueField(plan, goal, today);
      if (!due || due.iso >= today) continue;
      const late = daysBetween(due.iso, today);
      const achieved = `${today} achieved ${goal.id}`;
      const revise = `${today} revise ${goal.id} due: ${shiftDate(today, EXAMPLE_EXTENSION_WEEKS, 'week') ?? LAST_DAY}`;
      yield {
        range: due.range,
        message:
          `'${goal.id}' was due on ${due.iso}, ${late === 1 ? '1 day' : `${late} days`} ago, and the journal still has it open. ` +
          `If it has been reached, record that with \`${achieved}\`. ` +
          `If it needs more time, that is the plan doing its job: give it a new date with a line such as \`${revise}\`.`,
        data: { goal: goal.id, dueDate: due.iso, achieved, revise },
      };
    }
  },
};

/** The due date in force on `today` and where it is written: the goal's `due` line or its latest revision. */
function dueField(plan: Plan, goal: Goal, today: string) {
  const field = effectiveField(plan, goal, 'due', today);
  return field?.value?.type === 'date' ? { iso: field.value.date.iso, range: field.value.date.range } : undefined;
}
