/** entry-for-closed-goal: progress or a review of a goal that was dropped on an earlier day. */
import type { Plan, StatusEntry } from '../../model';
import { statusBefore, statusEntriesOf } from '../../queries';
import { entryRule } from '../rule';

export const entryForClosedGoal = entryRule({
  id: 'entry-for-closed-goal',
  group: 'journal',
  severity: 'warning',
  summary: 'Progress or a review of a goal that was dropped, and not resumed since.',
  explanation: {
    standard:
      "A dropped goal has left the plan's work. A later measurement or review means either that work on it has started again, which a 'resumed' line records so the count of active goals and the review schedule are right, or a remark about it, which fits a note. An achieved goal is different: measuring and reviewing it afterwards shows whether the result holds, so that is never flagged.",
    plain:
      "Once a goal is dropped, the plan treats it as set aside. If you have started on it again, that is fine: a line like '2026-11-16 resumed walk' opens it again from that day. If you only want to say how it is going, write a note.",
  },
  kinds: ['progress', 'review'],
  *checkEntry(entry, { plan }) {
    const id = entry.goal.text;
    const date = entry.date.iso;
    const closing = closedBefore(plan, id, date);
    if (!closing || reopenedOn(plan, id, date)) return;
    // Measuring or reviewing an achieved goal afterwards checks that the result holds (a skill
    // kept up, a follow-up review): that is good practice, not a slip.
    if (closing.kind === 'achieved') return;
    const resumed = `${date} resumed ${id}`;
    yield {
      range: entry.goal.range,
      goal: id,
      message: `'${id}' was dropped on ${closing.date.iso}: add '${resumed}' above this ${entry.kind}, or make it a note.`,
      plain: `'${id}' was dropped on ${closing.date.iso}. If you are working on it again, add '${resumed}' above this line.`,
      data: { id, status: closing.kind, since: closing.date.iso, resumeLine: resumed },
    };
  },
});

/**
 * The entry that closed the goal, when it was achieved or dropped by the end of the day before
 * `date`. A closing on the same day is not counted: the last measurement is often written that
 * day, above or below the line that closes the goal.
 */
function closedBefore(plan: Plan, id: string, date: string): StatusEntry | undefined {
  // Each status line replaces the one before, so the goal stands as the last one before the day says.
  const last = statusBefore(plan, id, date);
  return last && (last.kind === 'achieved' || last.kind === 'dropped') ? last : undefined;
}

/** A `resumed` line on the same day reopens the goal for that whole day, whichever line comes first. */
function reopenedOn(plan: Plan, id: string, date: string): boolean {
  return statusEntriesOf(plan, id, date).some((e) => e.kind === 'resumed' && e.date.iso === date);
}
