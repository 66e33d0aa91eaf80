/** review-without-scale: a review gives a GAS level to a goal that has no scale to say what its levels mean. */
import { hasLevel } from '../../model';
import { findGoal } from '../../queries';
import { formatLevel } from '../gas/levels';
import { entryRule } from '../rule';

export const reviewWithoutScale = entryRule({
  id: 'review-without-scale',
  group: 'journal',
  severity: 'warning',
  summary: 'A review gives a GAS level to a goal that has no scale, so the level has no agreed meaning.',
  explanation: {
    standard:
      "A GAS level is shorthand for a description agreed in advance: '-1' means '2–4 attacks a week' because the scale says so. Without a scale the level is a mark out of five given on the day, and cannot be compared with the next review or another goal. Record the review in words ('<date> review <goal> -- how it went'), or give the goal a 'scale:'.",
    plain:
      "A number from -2 to +2 only means something when the goal has a list saying what each number looks like. Without that list, say how it went in words instead, e.g. '-- a calmer week, one bad night'. You can also add the list to the goal with your therapist.",
  },
  kinds: ['review'],
  *checkEntry(entry, { plan }) {
    // A review without a level is a review like any other: only a level needs a scale.
    if (!hasLevel(entry)) return;
    // An unknown goal is unknown-goal's to report; an empty `scale:` is gas-scale-incomplete's.
    const goal = findGoal(plan, entry.goal.text);
    if (!goal || goal.scale) return;
    yield {
      range: entry.levelRange,
      goal: goal.id,
      message: `'${goal.id}' has no GAS scale, so level ${formatLevel(entry.level)} means nothing agreed: review in words, or give the goal a 'scale:'.`,
      plain: `'${goal.id}' has no list of what -2 to +2 mean, so ${formatLevel(entry.level)} says little. Say how it went in words, e.g. '-- a calmer week'.`,
      data: { id: goal.id, afterLine: goal.range.end.line },
    };
  },
});
