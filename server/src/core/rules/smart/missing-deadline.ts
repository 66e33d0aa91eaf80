/** missing-deadline: a goal with no due date, milestone or timeframe. */
import { effectiveDue, effectiveField } from '../../queries';
import { mentionsTimeframe } from '../../text/quantities';
import { looksEnglish } from '../../text/words';
import type { Rule } from '../rule';
import { openGoals, shorten } from './open-goals';
import { SUGGESTED_WEEKS, suggestedDate } from './suggestions';

export const missingDeadline: Rule = {
  id: 'missing-deadline',
  group: 'smart',
  facet: 'prompt',
  severity: 'warning',
  summary: "A goal with no due date, milestone or timeframe ('by March', 'for four weeks'), so there is no moment to look back.",
  explanation: {
    standard:
      "A goal without an end date has no moment when the client and clinician stop and look at how far it has come, so it tends to drift. Early goals are meant to be reachable in a few weeks, and plans are looked at every four to six sessions: a date about six weeks away, or a timeframe in the statement ('for the next 6 weeks'), gives that moment. It can move later; moving it is a revision, not a failure.",
    plain:
      "A date to aim for gives you a day to stop and see how far you have come. Pick one a few weeks away, like 'due: 2027-01-15'. You can always move it later.",
  },
  *check(context) {
    const { plan, today } = context;
    for (const { goal, statement } of openGoals(context)) {
      if (effectiveDue(plan, goal, today) || goal.milestones.length > 0) continue;
      if (mentionsTimeframe(statement.text)) continue;
      const target = effectiveField(plan, goal, 'target', today)?.raw?.text;
      if (target && mentionsTimeframe(target)) continue;
      // Goalpost reads timeframes in English only; a statement in another language may well
      // say 'bis März', so only a due date is asked of it, not guessed at.
      if (!looksEnglish(statement.text)) continue;
      const suggested = suggestedDate(today);
      yield {
        range: goal.idRange,
        message: `'${shorten(statement.text, 40)}' has no date to aim for: add one, e.g. 'due: ${suggested}', or 'for the next ${SUGGESTED_WEEKS} weeks' in the goal.`,
        plain: `'${shorten(statement.text, 40)}' needs a date to aim for, like 'due: ${suggested}'. You can move it later.`,
        goal: goal.id,
        data: { goal: goal.id, field: 'due', suggestedDue: suggested, afterLine: goal.range.end.line },
      };
    }
  },
};
