/** target-not-beyond-baseline: the target is where the goal already stands, or points the other way. */
import { effectiveStatement, effectiveTarget } from '../../queries';
import { DECREASE_WORDS, INCREASE_WORDS } from '../../text/lexicon';
import { findPhrases } from '../../text/words';
import type { Rule } from '../rule';
import { unitOf } from './unit-mismatch';

/** The first of `phrases` in `text`, as written there; undefined if none. */
function mentionsAny(text: string, phrases: readonly string[]): string | undefined {
  return findPhrases(text, phrases)[0]?.text.toLowerCase();
}

export const targetNotBeyondBaseline: Rule = {
  id: 'target-not-beyond-baseline',
  group: 'template',
  severity: 'warning',
  summary: 'The target equals the baseline, or moves in the opposite direction to what the goal says.',
  explanation: {
    standard:
      "A target is the change the client is working towards, measured from the baseline. A target equal to the baseline, or a range that includes it, leaves nothing to reach; one on the other side of what the statement says ('reduce' with a higher number) usually means the numbers were swapped, and every progress figure would read backwards.",
    plain:
      'The target is the number you are working towards, so it should differ from where you are now, in the direction your goal says. If the goal says reduce, the target is a smaller number. Swapped numbers would make your progress look backwards.',
  },
  *check({ plan, today }) {
    for (const goal of plan.goals) {
      const baseline = goal.baseline?.measurement;
      const target = effectiveTarget(plan, goal, today);
      const wanted = target?.measurement;
      if (!baseline || !target || !wanted || !goal.baseline) continue;
      const units = [unitOf(goal.baseline), unitOf(target)].filter((u) => u !== '');
      if (units.length === 2 && units[0] !== units[1]) continue; // unit-mismatch speaks for this
      const from = goal.baseline.text.text;
      const to = target.text.text;
      const low = wanted.value;
      const high = wanted.upper ?? wanted.value;
      const statement = effectiveStatement(plan, goal, today).text;
      const down = mentionsAny(statement, DECREASE_WORDS);
      const upward = mentionsAny(statement, INCREASE_WORDS);
      if (baseline.value >= low && baseline.value <= high) {
        // The plain voice names the side to aim for when the statement says which way it goes.
        const aim = down && !upward && baseline.value > 0 ? `below ${baseline.value}` : upward && !down ? `above ${baseline.value}` : 'a number you are not at yet';
        yield {
          range: target.text.range,
          goal: goal.id,
          message: `Target '${to}' is already met by the baseline ('${from}'): set it to the change you are working towards.`,
          plain: `'${to}' is where you are now, so there is nothing left to reach. Aim for a change, e.g. ${aim}.`,
          data: { goal: goal.id },
        };
        continue;
      }
      const up = high > baseline.value;
      const says = up ? down : upward;
      if (says && !(up ? upward : down)) {
        yield {
          range: target.text.range,
          goal: goal.id,
          message: `The goal says '${says}', but target '${to}' is ${up ? 'higher' : 'lower'} than baseline '${from}': check which way the number should move.`,
          plain: `Your goal says '${says}', but '${to}' is ${up ? 'more' : 'less'} than now ('${from}'). Did you mean a number ${up ? 'below' : 'above'} ${baseline.value}?`,
          data: { goal: goal.id },
        };
      }
    }
  },
};
