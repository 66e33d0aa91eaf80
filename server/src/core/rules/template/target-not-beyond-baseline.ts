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
      if (baseline.value >= low && baseline.value <= high) {
        yield {
          range: target.text.range,
          message: `The target '${to}' is where things already stand (baseline '${from}'). Set the target to the change you are working towards.`,
          data: { goal: goal.id },
        };
        continue;
      }
      const statement = effectiveStatement(plan, goal, today).text;
      const up = high > baseline.value;
      const says = up ? mentionsAny(statement, DECREASE_WORDS) : mentionsAny(statement, INCREASE_WORDS);
      if (says && !(up ? mentionsAny(statement, INCREASE_WORDS) : mentionsAny(statement, DECREASE_WORDS))) {
        yield {
          range: target.text.range,
          message: `The goal says '${says}', but the target '${to}' is ${up ? 'higher' : 'lower'} than the baseline '${from}'. Check which way the number should move.`,
          data: { goal: goal.id },
        };
      }
    }
  },
};
