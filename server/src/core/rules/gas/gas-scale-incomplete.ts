/** gas-scale-incomplete: a GAS scale lacks one of the five levels, repeats one, or has one outside -2..+2. */
import type { Field, Goal, ScaleLevel } from '../../model';
import type { Finding, Rule } from '../rule';
import { formatLevel, GAS_LEVELS, isGasLevel, listLevels } from './levels';

export const gasScaleIncomplete: Rule = {
  id: 'gas-scale-incomplete',
  group: 'gas',
  severity: 'warning',
  summary: 'A GAS scale that does not describe each level from -2 to +2 exactly once.',
  *check({ plan }) {
    for (const goal of plan.goals) {
      const field = scaleField(goal);
      if (!goal.scale || !field) continue;
      yield* checkScale(goal.scale, field);
    }
  },
};

/** The `scale:` field the goal's levels were read from (the first, if it was written twice). */
function scaleField(goal: Goal): Field | undefined {
  return goal.fields.find((f) => f.value?.type === 'scale');
}

function* checkScale(levels: readonly ScaleLevel[], field: Field): Generator<Finding> {
  const seen = new Map<number, ScaleLevel>();
  for (const level of levels) {
    const written = formatLevel(level.level);
    const first = seen.get(level.level);
    if (!isGasLevel(level.level)) {
      yield {
        range: level.levelRange,
        message: `${written} is not a GAS level: a scale runs from -2 (much worse than expected) to +2 (much better). Give this line one of those five levels.`,
        data: { level: level.level, problem: 'out-of-range' },
      };
    } else if (first) {
      yield {
        range: level.levelRange,
        message: `Level ${written} is already described on line ${first.range.start.line + 1}. Keep one description of it, so a review at ${written} has a single meaning.`,
        data: { level: level.level, problem: 'duplicate', firstLine: first.range.start.line },
      };
    } else {
      seen.set(level.level, level);
      if (level.text.text === '') {
        yield {
          range: level.range,
          message: `Level ${written} says nothing yet. After the colon, describe what ${written} would look like, in words anyone could check: '${written}: 1 attack a week'.`,
          data: { level: level.level, problem: 'empty' },
        };
      }
    }
  }
  const missing = GAS_LEVELS.filter((l) => !seen.has(l));
  if (missing.length === 0) return;
  const insertions = missing.map((level) => ({ level, afterLine: lineBefore(level, levels, field) }));
  yield {
    range: field.key.range,
    message:
      missing.length === GAS_LEVELS.length
        ? `This scale has no levels yet. Under 'scale:', add five indented lines from -2 (much worse than expected) through 0 (the expected outcome) to +2 (much better).`
        : `This scale has no ${listLevels(missing)} level${missing.length > 1 ? 's' : ''}. GAS needs all five, from -2 to +2: add ${missing.length > 1 ? 'a line for each' : `'${formatLevel(missing[0]!)}: <what it looks like>'`} under 'scale:'.`,
    data: { missing, insertions },
  };
}

/** The line after which a missing level belongs: after the highest level below it, or after `scale:`. */
function lineBefore(level: number, levels: readonly ScaleLevel[], field: Field): number {
  const below = levels.filter((l) => l.level < level && isGasLevel(l.level));
  return Math.max(field.key.range.start.line, ...below.map((l) => l.range.start.line));
}
