/** The five levels of Goal Attainment Scaling, and how to write one the way the format does. */

/** The GAS levels, from the worst expected outcome to the best. */
export const GAS_LEVELS: readonly number[] = [-2, -1, 0, 1, 2];

/** What each GAS level means, in words a client can take in. */
export const LEVEL_MEANINGS: Readonly<Record<number, string>> = {
  [-2]: 'much less than expected',
  [-1]: 'somewhat less than expected',
  0: 'the expected outcome',
  1: 'somewhat more than expected',
  2: 'much more than expected',
};

/** Tells whether a whole number is one of the five GAS levels. */
export function isGasLevel(level: number): boolean {
  return GAS_LEVELS.includes(level);
}

/** Writes a level as the format shows it: `-2`, `-1`, `0`, `+1`, `+2`. */
export function formatLevel(level: number): string {
  return level > 0 ? `+${level}` : String(level);
}

/** `-1 and +1`, `-2, 0 and +2`: levels listed for a sentence. */
export function listLevels(levels: readonly number[]): string {
  const written = levels.map(formatLevel);
  return written.length <= 1 ? written.join('') : `${written.slice(0, -1).join(', ')} and ${written.at(-1)}`;
}
