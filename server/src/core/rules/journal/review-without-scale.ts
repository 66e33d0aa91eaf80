/** review-without-scale: a review gives a GAS level to a goal that has no scale to say what its levels mean. */
import { hasLevel } from '../../model';
import { findGoal } from '../../queries';
import { formatLevel } from '../gas/levels';
import type { Rule } from '../rule';

export const reviewWithoutScale: Rule = {
  id: 'review-without-scale',
  group: 'journal',
  severity: 'warning',
  summary: 'A review gives a GAS level to a goal that has no scale, so the level has no agreed meaning.',
  *check({ plan }) {
    for (const entry of plan.journal) {
      // A review without a level is a review like any other: only a level needs a scale.
      if (entry.kind !== 'review' || !hasLevel(entry)) continue;
      // An unknown goal is unknown-goal's to report; an empty `scale:` is gas-scale-incomplete's.
      const goal = findGoal(plan, entry.goal.text);
      if (!goal || goal.scale) continue;
      yield {
        range: entry.levelRange,
        message: `'${goal.id}' has no GAS scale, so the level ${formatLevel(entry.level)} says nothing anyone agreed on. Give the review without a level ('${entry.date.iso} review ${goal.id} -- <how it went>'), or add a 'scale:' to the goal (line ${goal.headerRange.start.line + 1}) saying what each level from -2 to +2 looks like.`,
        data: { id: goal.id, afterLine: goal.range.end.line },
      };
    }
  },
};
