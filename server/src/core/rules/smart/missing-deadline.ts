/** missing-deadline: a goal with no due date, milestone or timeframe. */
import { reviewInterval } from '../../clinical/review';
import { effectiveDue, effectiveField } from '../../queries';
import { isAbstinence, isStayingSafe } from '../../text/goal-kind';
import { mentionsTimeframe } from '../../text/quantities';
import { looksEnglish } from '../../text/words';
import type { Finding, Rule } from '../rule';
import { fitted, openGoals } from './open-goals';
import { DAY_COUNT, SUGGESTED_REVIEW, SUGGESTED_WEEKS, suggestedDate } from './suggestions';

/**
 * What to ask of a goal with no date, by what it is. Staying alive and safe has no end, and a date
 * would read as if it had one: the finding only suggests when to look at it together, as
 * information. Abstinence is held a stretch of days at a time, renewed, as recovery counts it.
 */
type Ask = Pick<Finding, 'message' | 'plain' | 'severity'> & { readonly field: 'due' | 'review' };

function ask(statement: string, suggested: string): Ask {
  const say = (message: (q: string) => string, plain: (q: string) => string) => ({ message: fitted(statement, message), plain: fitted(statement, plain) });
  if (isStayingSafe(statement) && !isAbstinence(statement)) {
    return {
      field: 'review',
      severity: 'info',
      ...say(
        (q) => `'${q}' needs no end date: set a time to look at it together, e.g. 'review: ${SUGGESTED_REVIEW}'.`,
        (q) => `'${q}' needs no end date. Pick a time to talk it over, like 'review: ${SUGGESTED_REVIEW}'.`,
      ),
    };
  }
  if (isAbstinence(statement)) {
    return {
      field: 'due',
      ...say(
        (q) => `'${q}' has no stretch to count: add one to renew, e.g. '${DAY_COUNT}', or 'due: ${suggested}'.`,
        (q) => `'${q}' can be counted day by day. Add a stretch, like '${DAY_COUNT}'.`,
      ),
    };
  }
  return {
    field: 'due',
    ...say(
      (q) => `'${q}' has no date to aim for: add one, e.g. 'due: ${suggested}', or 'for the next ${SUGGESTED_WEEKS} weeks' in the goal.`,
      (q) => `'${q}' needs a date to aim for, like 'due: ${suggested}'. You can move it later.`,
    ),
  };
}

export const missingDeadline: Rule = {
  id: 'missing-deadline',
  group: 'smart',
  facet: 'prompt',
  severity: 'warning',
  summary: "A goal with no due date, milestone or timeframe ('by March', 'for four weeks'), so there is no moment to look back.",
  explanation: {
    standard:
      "A goal without an end date has no moment when the client and clinician stop and look at how far it has come, so it tends to drift. Early goals are meant to be reachable in a few weeks, and plans are looked at every four to six sessions: a date about six weeks away, or a timeframe in the statement ('for the next 6 weeks'), gives that moment. It can move later; moving it is a revision, not a failure. Abstinence is given a stretch of days to renew; staying alive and safe has no end, so only a review is suggested.",
    plain:
      "A date to aim for gives you a day to stop and see how far you have come. Pick one a few weeks away, like 'due: 2027-01-15'. You can always move it later.",
  },
  *check(context) {
    const { plan, today, config } = context;
    for (const { goal, statement } of openGoals(context)) {
      if (effectiveDue(plan, goal, today) || goal.milestones.length > 0) continue;
      if (mentionsTimeframe(statement.text)) continue;
      const target = effectiveField(plan, goal, 'target', today)?.raw?.text;
      if (target && mentionsTimeframe(target)) continue;
      // Goalpost reads timeframes in English only; a statement in another language may well
      // say 'bis März', so only a due date is asked of it, not guessed at.
      if (!looksEnglish(statement.text)) continue;
      const suggested = suggestedDate(today);
      const { field, ...said } = ask(statement.text, suggested);
      // A goal with no end that is already looked at on a schedule needs nothing more.
      if (field === 'review' && reviewInterval(plan, goal, today, config)) continue;
      yield {
        range: goal.idRange,
        ...said,
        goal: goal.id,
        data: { goal: goal.id, field, ...(field === 'due' && { suggestedDue: suggested }), afterLine: goal.range.end.line },
      };
    }
  },
};
