/** unmeasurable-goal: nothing in the goal says how progress or success would be seen. */
import { effectiveDue } from '../../queries';
import { HABIT_WORDS, SINGLE_OCCASION_TEMPLATES } from '../../text/lexicon';
import { hasHouseRule, isAbstinence, isAttendance, isDatedAct, isStayingSafe } from '../../text/goal-kind';
import { matchTemplates } from '../../text/patterns';
import { findQuantities } from '../../text/quantities';
import { findPhrases, looksEnglish } from '../../text/words';
import type { Finding, Rule } from '../rule';
import { fitted, MESSAGE_LIMIT, measuredByFields, openGoals } from './open-goals';
import { countFor, type CountShape } from './suggestions';

/** Words that make a goal a plan for each time something happens. */
const EACH_TIME = ['always', 'every time', 'each time', 'whenever', 'when', 'if', 'as soon as', 'the day it', 'the same day', 'straight away', 'right away'];

/** Conditions that leave it to the day. */
const NON_COMMITTAL = [
  'when i can', 'if i can', 'when possible', 'if possible', 'when i have time', 'if i have time', 'when i get time',
  'if i get time', 'when i feel like it', 'if i feel like it', 'when i get the chance', 'if i get the chance',
  'when i remember', 'if i remember', 'when i am able', "when i'm able", 'if i am able', "if i'm able",
];

/**
 * What is measurable as it stands, without a number: staying free of a substance (each day is
 * free or not, and days are counted), one occasion ('at my cousin's wedding'), attendance and
 * completion ('every scheduled session', 'the full programme', 'never miss a pick-up'), and a
 * single act with a date to do it by. An ongoing habit is not, however soon it starts.
 */
function isMeasurableAsWritten(text: string, hasDue: boolean): boolean {
  // A rule about a place or a time ('never in the flat') is kept or broken each day, like abstinence.
  if (isAbstinence(text) || isAttendance(text) || hasHouseRule(text)) return true;
  // 'Always take my tablets with breakfast' is every time: it happened each time or it did not.
  // So is a plan for a moment ('Call the crisis line when I feel unsafe'): each time it came, it was used or not.
  // 'When I can' and 'if I have time' promise nothing, though: they leave it to the day.
  if (findPhrases(text, NON_COMMITTAL).length === 0 && findPhrases(text, EACH_TIME).length > 0) return true;
  if (matchTemplates(text, SINGLE_OCCASION_TEMPLATES).length > 0 && findPhrases(text, HABIT_WORDS).length === 0) return true;
  return isDatedAct(text, hasDue);
}

/** What the finding says, by the shape of the count it suggests. */
function wording(quoted: string, shape: CountShape, example: string): Pick<Finding, 'message' | 'plain'> {
  switch (shape) {
    case 'date':
      return { message: `'${quoted}' has no date to be done by, so it can't yet be ticked off: add one, e.g. '${example}'.`, plain: `'${quoted}' needs a day to do it by, like '${example}'.` };
    case 'days':
      return { message: `'${quoted}' can be counted in days free: add a stretch to renew, e.g. '${example}'.`, plain: `'${quoted}' can be counted day by day. Try '${example}'.` };
    case 'moment':
      return { message: `'${quoted}' matters; it could also say what you'll do when it gets hard, e.g. '${example}'.`, plain: `'${quoted}' matters. Say what you'll do when it gets hard, like '${example}'.` };
    case 'measure':
      return { message: `'${quoted}' doesn't yet say how you'll know it's working: say what you'll count, e.g. '${example}'.`, plain: `'${quoted}' doesn't say how you'll know it's working. Add what you'll count, like '${example}'.` };
    default:
      return { message: `'${quoted}' doesn't yet say how you'll know it's happening: add how often, e.g. '${example}'.`, plain: `'${quoted}' doesn't say how often yet. Add it, like '${example}'.` };
  }
}

export const unmeasurableGoal: Rule = {
  id: 'unmeasurable-goal',
  group: 'smart',
  facet: 'statement',
  severity: 'warning',
  summary: 'A goal with no number, measure, target, milestone or scale, so nothing shows whether it is working.',
  explanation: {
    standard:
      "Measuring is how the client and clinician see together whether the plan helps. A count in the statement, a 'measure:' or 'target:', a milestone or a GAS scale all do it; so do attendance and completion ('every session'), a day count of abstinence and a one-off act with a date. The example fits the goal: once a week for a relationship, a date for a single act, a stretch of days for abstinence, a plan for the moment for safety, and something to count for a goal that is a state; never a frequency for abstinence or safety.",
    plain:
      "A goal is easier to keep when you can see it happening. Add how often or how much, for example 'Call my mum once a week', or write down what you will count.",
  },
  *check(context) {
    const { plan, today } = context;
    for (const { goal, statement } of openGoals(context)) {
      // Goalpost's word lists are English: in another language, only the fields can be judged.
      if (!looksEnglish(statement.text)) continue;
      if (findQuantities(statement.text).length > 0 || measuredByFields(plan, goal, today)) continue;
      const hasDue = effectiveDue(plan, goal, today) !== undefined;
      if (isMeasurableAsWritten(statement.text, hasDue)) continue;
      let { kind, shape, example } = countFor(statement.text, today, hasDue);
      const say = (voice: 'message' | 'plain') => fitted(statement.text, (q) => wording(q, shape, example)[voice]!);
      // A message that repeats a long statement twice runs over: the example is then the count alone.
      if (say('message').length > MESSAGE_LIMIT) ({ kind, shape, example } = countFor(statement.text, today, hasDue, false));
      // 'Stay alive' is a good goal as it stands: a plan for the hard moments is offered, quietly.
      const quiet = shape === 'moment' && isStayingSafe(statement.text);
      yield {
        range: statement.range,
        goal: goal.id,
        message: say('message'),
        plain: say('plain'),
        ...(quiet && { severity: 'info' as const, facet: 'prompt' as const }),
        data: { goal: goal.id, kind, shape, suggestion: example },
      };
    }
  },
};
