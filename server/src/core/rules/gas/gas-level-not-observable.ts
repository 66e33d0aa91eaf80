/** gas-level-not-observable: a GAS level that judges ("much better") instead of saying what someone would see. */
import type { ScaleLevel } from '../../model';
import type { Rule } from '../rule';
import { formatLevel } from './levels';
import { isVagueLevel } from './observable';

export const gasLevelNotObservable: Rule = {
  id: 'gas-level-not-observable',
  group: 'gas',
  severity: 'warning',
  summary: 'A GAS level that judges, such as "much better", instead of describing what someone could observe.',
  explanation: {
    standard:
      "GAS works because each level is fixed in advance in terms that anyone reviewing the goal would score the same way. 'Much better' means one thing on a good day and another on a bad one, so the score drifts with mood instead of with change. Describe each level by what happens: a count, a time, a frequency, or a checkable event such as 'rides the bus alone'.",
    plain:
      "Each line from -2 to +2 should say what you would see happen, so that you and your therapist would pick the same line for the same week. Words like 'much better' can mean different things on different days. Say what happens instead, e.g. 'rides the bus alone twice a week'.",
  },
  *check({ plan }) {
    for (const goal of plan.goals) {
      const scale = goal.scale ?? [];
      for (const level of scale) {
        if (!isVagueLevel(level.text.text)) continue;
        const written = formatLevel(level.level);
        const model = closestObservable(scale, level);
        yield {
          range: level.text.range,
          goal: goal.id,
          message: `'${level.text.text}' judges rather than describes: say what ${written} looks like, e.g. how often or how long.`,
          plain: model
            ? `'${level.text.text}' is hard to check. Say what you would see, as your ${formatLevel(model.level)} line does: '${model.text.text}'.`
            : `'${level.text.text}' is hard to check. Say what you would see, e.g. how often it happens or how long it lasts.`,
          data: { goal: goal.id, level: level.level },
        };
      }
    }
  },
};

/** The nearest level of the same scale that already says what would be seen: the plain voice's example. */
function closestObservable(scale: readonly ScaleLevel[], level: ScaleLevel): ScaleLevel | undefined {
  return scale
    .filter((other) => other !== level && other.text.text !== '' && !isVagueLevel(other.text.text))
    .sort((a, b) => Math.abs(a.level - level.level) - Math.abs(b.level - level.level))[0];
}
