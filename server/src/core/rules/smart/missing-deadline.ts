/** missing-deadline: a goal with no due date, milestone or timeframe. */
import { effectiveDue, effectiveField } from '../../queries';
import { mentionsTimeframe } from '../../text/quantities';
import { looksEnglish } from '../../text/words';
import { LAST_DAY, shiftDate } from '../../values/dates';
import type { Rule } from '../rule';
import { openGoals, shorten } from './open-goals';

/**
 * The date suggested for a goal without one: six weeks from today. Early goals are meant to be
 * reachable in a few weeks, and goals are reviewed every four to six sessions, so six weeks gives
 * a first look back that is neither rushed nor far off.
 */
const SUGGESTED_WEEKS = 6;

export const missingDeadline: Rule = {
  id: 'missing-deadline',
  group: 'smart',
  facet: 'prompt',
  severity: 'warning',
  summary: "A goal with no due date, milestone or timeframe ('by March', 'for four weeks'), so there is no moment to look back.",
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
      const suggested = shiftDate(today, SUGGESTED_WEEKS, 'week') ?? LAST_DAY;
      yield {
        range: goal.idRange,
        message: `'${shorten(statement.text)}' has no end date, so there is no set moment to look back and see how far you've come. Add one, e.g. 'due: ${suggested}', or say it in the goal, e.g. 'for the next ${SUGGESTED_WEEKS} weeks'.`,
        goal: goal.id,
        data: { goal: goal.id, field: 'due', suggestedDue: suggested, afterLine: goal.range.end.line },
      };
    }
  },
};
