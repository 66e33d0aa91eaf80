/** duplicate-goal-id: two goals share an id, so the journal cannot say which one it means. */
import type { Rule } from '../rule';

export const duplicateGoalId: Rule = {
  id: 'duplicate-goal-id',
  group: 'template',
  severity: 'error',
  summary: 'Two goals share an id, so journal lines cannot say which one they mean.',
  explanation: {
    standard:
      "Progress, reviews, revisions and status lines find their goal by its id. With two goals of one id, every such line reaches the first of them only, and the second never moves. Give each goal its own short id, such as 'sleep' and 'sleep-hours'; ids are case-sensitive.",
    plain:
      "Each goal needs its own short name, because the lines in your journal find a goal by its name. When two goals share one, everything you write goes to the first. Give one of them a new name, such as 'sleep-hours'.",
  },
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
        goal: goal.id,
        message: `Duplicate goal id '${goal.id}': line ${earlier + 1} already uses it. Rename this one, e.g. '${goal.id}-2'.`,
        plain: `Two goals are called '${goal.id}'. Give this one a new name, e.g. '${goal.id}-2'.`,
        data: { id: goal.id },
      };
    }
  },
};
