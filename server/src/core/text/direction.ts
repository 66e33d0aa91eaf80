/** Which way a goal statement says its number should move: words and a Unicode-aware matcher. */

/** Words that say a number should go down. */
export const DECREASE_WORDS: readonly string[] = ['reduce', 'cut', 'fewer', 'less', 'lower', 'decrease', 'drop', 'down to', 'limit', 'shorten', 'lessen'];

/** Words that say a number should go up. */
export const INCREASE_WORDS: readonly string[] = ['increase', 'more', 'raise', 'grow', 'build up', 'up to', 'at least', 'extend', 'longer'];

/** The first of `words` that `text` contains as whole words, ignoring case; undefined if none. */
export function mentionsAny(text: string, words: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return words.find((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(lower));
}
