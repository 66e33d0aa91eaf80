/**
 * Telling a GAS level that someone could check ("1 attack a week", "rides the bus alone") from one
 * that only judges ("much better", "some improvement"). Numbers, times and frequencies are found by
 * `mentionsQuantity`; the words that judge instead of describe are in the lexicon.
 *
 * The test is deliberately narrow, because a false alarm on a good level teaches people to ignore
 * the rule: a level is vague only when every part of it judges. A part (split at commas, semicolons,
 * colons and the words `and`, `or`, `but`) judges when it uses a judging word such as `better`, or is
 * made of nothing but degree and feeling words ("a bit calmer"), and names no absolute anchor
 * ("no attacks", "alone", "never"). Text in other languages is not judged: its words are not in
 * these lists, so it passes.
 */
import { GAS_ANCHOR_WORDS, GAS_FILLER_WORDS, GAS_JUDGING_WORDS, GAS_SOFT_WORDS } from '../../text/lexicon';
import { mentionsQuantity } from '../../text/quantities';

const JUDGING = new Set(GAS_JUDGING_WORDS);

const SOFT = new Set(GAS_SOFT_WORDS);

const FILLER = new Set(GAS_FILLER_WORDS);

const ANCHORS = new Set(GAS_ANCHOR_WORDS);

const PART_BREAK = /[,;:]|\s(?:and|or|but)\s/iu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Tells whether a GAS level's text only judges, with nothing in it an observer could check. */
export function isVagueLevel(text: string): boolean {
  if (text.trim() === '' || mentionsQuantity(text)) return false;
  const parts = text
    .split(PART_BREAK)
    .map((part) => (part.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'")).filter((w) => !FILLER.has(w)))
    .filter((words) => words.length > 0);
  return parts.length > 0 && parts.every(judges);
}

/** A part judges when it has a judging word or only soft words, and no anchor. */
function judges(words: readonly string[]): boolean {
  if (words.some((word, i) => ANCHORS.has(word) && !isVagueWord(words[i + 1]))) return false;
  return words.some((w) => JUDGING.has(w)) || words.every(isVagueWord);
}

function isVagueWord(word: string | undefined): boolean {
  return word !== undefined && (JUDGING.has(word) || SOFT.has(word));
}
