/** entry-for-closed-goal: progress on a goal that was achieved or dropped on an earlier day, or a review of a dropped one. */
import type { Plan, StatusEntry } from '../../model';
import { goalStatus, statusEntriesOf } from '../../queries';
import { shiftDate } from '../../values/dates';
import type { Rule } from '../rule';

export const entryForClosedGoal: Rule = {
  id: 'entry-for-closed-goal',
  group: 'journal',
  severity: 'warning',
  summary: 'Progress on a goal that was already achieved or dropped, or a review of a dropped goal.',
  explanation: {
    standard:
      "An achieved or dropped goal has left the plan's active work, and its scores and progress are read as final. A later measurement means either that work has started again, which a 'resumed' line records so the count of active goals and the reviews are right, or a follow-up remark, which fits a note. A follow-up review of an achieved goal is welcome and is not flagged.",
    plain:
      "After a goal is marked as reached or dropped, the plan treats it as finished. If you have started on it again, that is fine: a line like '2026-11-16 resumed walk' opens it again from that day. If you only want to say how it is going, write a note.",
  },
  *check({ plan }) {
    for (const entry of plan.journal) {
      if (entry.kind !== 'progress' && entry.kind !== 'review') continue;
      const id = entry.goal.text;
      const date = entry.date.iso;
      const closing = closedBefore(plan, id, date);
      if (!closing || reopenedOn(plan, id, date)) continue;
      // A follow-up review of an achieved goal checks that the result holds: that is good practice.
      if (entry.kind === 'review' && closing.kind === 'achieved') continue;
      const status = closing.kind === 'achieved' ? 'marked achieved' : 'dropped';
      const resumed = `${date} resumed ${id}`;
      yield {
        range: entry.goal.range,
        goal: id,
        message: `'${id}' was ${status} on ${closing.date.iso}: add '${resumed}' above this ${entry.kind}, or make it a note.`,
        plain: `'${id}' was ${closing.kind === 'achieved' ? 'marked as reached' : 'dropped'} on ${closing.date.iso}. If you are working on it again, add '${resumed}' above this line.`,
        data: { id, status: closing.kind, since: closing.date.iso, resumeLine: resumed },
      };
    }
  },
};

/**
 * The entry that closed the goal, when it was achieved or dropped by the end of the day before
 * `date`. A closing on the same day is not counted: the last measurement is often written that
 * day, above or below the line that closes the goal.
 */
function closedBefore(plan: Plan, id: string, date: string): StatusEntry | undefined {
  const dayBefore = shiftDate(date, -1, 'day');
  if (!dayBefore) return undefined;
  const status = goalStatus(plan, id, dayBefore);
  if (status !== 'achieved' && status !== 'dropped') return undefined;
  return statusEntriesOf(plan, id, dayBefore).filter((e) => e.kind === status).at(-1);
}

/** A `resumed` line on the same day reopens the goal for that whole day, whichever line comes first. */
function reopenedOn(plan: Plan, id: string, date: string): boolean {
  return statusEntriesOf(plan, id, date).some((e) => e.kind === 'resumed' && e.date.iso === date);
}
