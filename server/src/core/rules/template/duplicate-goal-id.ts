/** duplicate-goal-id: two goals share an id, so the journal cannot say which one it means. */
import type { Rule } from '../rule';

export const duplicateGoalId: Rule = {
  id: 'duplicate-goal-id',
  group: 'template',
  severity: 'error',
  summary: 'Two goals share an id, so journal lines cannot say which one they mean.',
  *check({ plan }) {
    const first = new Map<string, number>();
    for (const goal of plan.goals) {
      const earlier = first.get(goal.id);
      if (earlier === undefined) {
        first.set(goal.id, goal.idRange.start.line);
        continue;
      }
      yield {
        range: goal.idRange,
        message: `Another goal on line ${earlier + 1} is already called '${goal.id}'. Give this one its own id, such as '${goal.id}-2', so progress and reviews reach the right goal.`,
        data: { id: goal.id },
      };
    }
  },
};
