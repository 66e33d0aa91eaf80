/** gas-scale-incomplete: a GAS scale lacks one of the five levels, repeats one, or has one outside -2..+2. */
import type { Field, Goal, ScaleLevel } from '../../model';
import type { Finding, Rule } from '../rule';
import { formatLevel, GAS_LEVELS, isGasLevel, listLevels } from './levels';

export const gasScaleIncomplete: Rule = {
  id: 'gas-scale-incomplete',
  group: 'gas',
  severity: 'warning',
  summary: 'A GAS scale that does not describe each level from -2 to +2 exactly once.',
  explanation: {
    standard:
      "A GAS scale describes five outcomes agreed in advance: -2 (much worse than expected), -1, 0 (the expected outcome), +1 and +2 (much better than expected). The T-score formula assumes all five exist, each once, so a review at any level has one meaning. A missing level leaves a gap a review could fall into; a repeated one gives a level two meanings.",
    plain:
      'The lines from -2 to +2 describe five ways things could turn out, agreed before you start: 0 is what you expect, -2 and -1 are worse than that, +1 and +2 are better. Each needs its own line, once, so a check-in can point at one of them. For example: 0: 1 attack a week.',
  },
  *check({ plan }) {
    for (const goal of plan.goals) {
      const field = scaleField(goal);
      if (!goal.scale || !field) continue;
      yield* checkScale(goal.scale, field, goal.id);
    }
  },
};

/** The `scale:` field the goal's levels were read from (the first, if it was written twice). */
function scaleField(goal: Goal): Field | undefined {
  return goal.fields.find((f) => f.value?.type === 'scale');
}

function* checkScale(levels: readonly ScaleLevel[], field: Field, goal: string): Generator<Finding> {
  const seen = new Map<number, ScaleLevel>();
  for (const level of levels) {
    const written = formatLevel(level.level);
    const first = seen.get(level.level);
    if (!isGasLevel(level.level)) {
      const nearest = formatLevel(Math.max(-2, Math.min(2, level.level)));
      yield {
        range: level.levelRange,
        goal,
        message: `${written} is not a GAS level: a scale runs from -2 (much worse than expected) to +2 (much better). Use one of those five.`,
        plain: `${written} is past the end: the lines go from -2 to +2. Use the nearest, e.g. ${nearest}.`,
        data: { level: level.level, problem: 'out-of-range' },
      };
    } else if (first) {
      yield {
        range: level.levelRange,
        goal,
        message: `Level ${written} is already described on line ${first.range.start.line + 1}: keep one, so a review at ${written} has one meaning.`,
        plain: `There are two ${written} lines (the other is line ${first.range.start.line + 1}). Keep the one you mean.`,
        data: { level: level.level, problem: 'duplicate', firstLine: first.range.start.line },
      };
    } else {
      seen.set(level.level, level);
      if (level.text.text === '') {
        yield {
          range: level.range,
          goal,
          message: `Level ${written} is empty: after the colon, say what ${written} looks like, e.g. '${written}: 1 attack a week'.`,
          plain: `The ${written} line is empty. Say what it would look like, e.g. '${written}: 1 attack a week'.`,
          data: { level: level.level, problem: 'empty' },
        };
      }
    }
  }
  const missing = GAS_LEVELS.filter((l) => !seen.has(l));
  if (missing.length === 0) return;
  const insertions = missing.map((level) => ({ level, afterLine: lineBefore(level, levels, field) }));
  const all = missing.length === GAS_LEVELS.length;
  const several = missing.length > 1;
  const line = `'${formatLevel(missing[0]!)}: <what it looks like>'`;
  yield {
    range: field.key.range,
    goal,
    message: all
      ? `This scale has no levels yet: add five indented lines, from -2 (much worse than expected) to +2 (much better).`
      : `This scale has no ${listLevels(missing)} level${several ? 's' : ''}: GAS needs all five. Add ${several ? 'a line for each' : line} under 'scale:'.`,
    plain: all
      ? `This scale is empty. Add five lines under it, from -2 to +2, e.g. '0: 1 attack a week' for what you expect.`
      : `The scale has no ${listLevels(missing)} line${several ? 's' : ''} yet. Add ${several ? 'one for each' : 'it'}, e.g. ${line}.`,
    data: { missing, insertions },
  };
}

/** The line after which a missing level belongs: after the highest level below it, or after `scale:`. */
function lineBefore(level: number, levels: readonly ScaleLevel[], field: Field): number {
  const below = levels.filter((l) => l.level < level && isGasLevel(l.level));
  return Math.max(field.key.range.start.line, ...below.map((l) => l.range.start.line));
}
