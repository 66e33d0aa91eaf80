/** gas-scale-order: a GAS scale whose levels are not listed from -2 at the top to +2 at the bottom. */
import type { Finding, Rule } from '../rule';
import type { ScaleLevel } from '../../model';
import { formatLevel } from './levels';

export const gasScaleOrder: Rule = {
  id: 'gas-scale-order',
  group: 'gas',
  severity: 'info',
  summary: 'GAS levels that are not listed in order, from -2 at the top to +2 at the bottom.',
  explanation: {
    standard:
      'Every line names its level, so the order carries no meaning of its own; but a scale is read at every review, often quickly and often by the client, and one that jumps from 0 back to -1 is easy to misread as the next step up. Goalpost lists every scale from -2 at the top to +2 at the bottom, so each level sits in the same place in every goal.',
    plain:
      'The lines from -2 to +2 are easiest to read as a ladder: -2 at the top, then -1, 0, +1, and +2 at the bottom. When they are mixed up, it is easy to read the wrong line. Moving a line does not change what it says.',
  },
  *check({ plan }) {
    for (const goal of plan.goals) {
      const levels = goal.scale ?? [];
      const field = goal.fields.find((f) => f.value?.type === 'scale');
      if (levels.length < 2 || !field) continue;
      const sortedLines = [...levels].sort((a, b) => a.level - b.level).map((l) => l.range.start.line);
      if (isReversed(levels)) {
        yield {
          range: field.key.range,
          goal: goal.id,
          message: `This scale runs from ${formatLevel(levels[0]!.level)} down to ${formatLevel(levels.at(-1)!.level)}: reverse its lines, so it reads from -2 at the top to +2 at the bottom.`,
          plain: `This scale is upside down. Turn it round, with -2 at the top and +2 at the bottom.`,
          data: { order: 'descending', sortedLines },
        };
        continue;
      }
      yield* outOfPlace(levels, sortedLines, goal.id);
    }
  },
};

/** A whole scale written from best to worst is one mistake, not one per line. */
function isReversed(levels: readonly ScaleLevel[]): boolean {
  return levels.length >= 3 && levels.every((l, i) => i === 0 || l.level < levels[i - 1]!.level);
}

/**
 * The levels to move: those outside the longest run already in order, so that one misplaced
 * line is reported once, however far it strayed.
 */
function* outOfPlace(levels: readonly ScaleLevel[], sortedLines: readonly number[], goal: string): Generator<Finding> {
  const kept = longestOrderedRun(levels.map((l) => l.level));
  const keptLevels = levels.filter((_, i) => kept.has(i));
  for (const [i, level] of levels.entries()) {
    if (kept.has(i)) continue;
    const next = keptLevels.find((k) => k.level > level.level);
    const where = next
      ? `${next.range.start.line > level.range.start.line ? 'down' : 'up'} to just above the ${formatLevel(next.level)} line`
      : `down to just below the ${formatLevel(keptLevels.at(-1)!.level)} line`;
    yield {
      range: level.levelRange,
      goal,
      message: `Level ${formatLevel(level.level)} is out of order: move this line ${where}.`,
      plain: `The ${formatLevel(level.level)} line is out of place. Move it ${where}.`,
      data: { level: level.level, sortedLines },
    };
  }
}

/** Indexes of the longest non-decreasing subsequence, preferring the lines written first on ties. */
function longestOrderedRun(values: readonly number[]): Set<number> {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j]! <= values[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < values.length; i++) if (length[i]! > length[end]!) end = i;
  const kept = new Set<number>();
  for (let i = end; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}
