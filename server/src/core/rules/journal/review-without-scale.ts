/** review-without-scale: a GAS review of a goal that has no scale to say what its levels mean. */
import { findGoal } from '../../queries';
import type { Rule } from '../rule';

export const reviewWithoutScale: Rule = {
  id: 'review-without-scale',
  group: 'journal',
  severity: 'warning',
  summary: 'A GAS review of a goal that has no scale, so its level has no agreed meaning.',
  *check({ plan }) {
    for (const entry of plan.journal) {
      if (entry.kind !== 'review') continue;
      // An unknown goal is unknown-goal's to report; an empty `scale:` is gas-scale-incomplete's.
      const goal = findGoal(plan, entry.goal.text);
      if (!goal || goal.scale) continue;
      yield {
        range: entry.goal.range,
        message: `'${goal.id}' has no GAS scale, so a review level says nothing anyone agreed on. Add 'scale:' to the goal (line ${goal.headerRange.start.line + 1}) with five lines from -2 to +2 describing what each level looks like.`,
        data: { id: goal.id, afterLine: goal.range.end.line },
      };
    }
  },
};
