/**
 * Whether a `measure:` or `target:` really counts or checks something: a number, a unit, a scale
 * or a yes or no. 'measure: how I feel' and 'target: better than now' are as vague as the goal
 * they were meant to pin down, so they do not measure it.
 */
import { LOOSE_MEASURE_WORDS, MEASURE_WORDS } from './lexicon';
import { mentionsQuantity } from './quantities';
import { findPhrases, looksEnglish } from './words';

/** True when the text names a count, a unit, a scale or a yes or no, or is in a language Goalpost does not read. */
export function countsSomething(text: string): boolean {
  if (text.trim() === '') return false;
  if (mentionsQuantity(text) || findPhrases(text, MEASURE_WORDS).length > 0) return true;
  // Words in another language are not judged: their absence from the English lists says nothing.
  if (!looksEnglish(text)) return true;
  // A concrete state ('back at work full time', 'sleeping in my own bed') is checked as it stands;
  // only a comparison or a feeling with nothing to check it by is not.
  return findPhrases(text, LOOSE_MEASURE_WORDS).length === 0;
}
