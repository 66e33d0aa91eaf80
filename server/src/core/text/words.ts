/**
 * Word matching that is Unicode-aware and keeps offsets: every helper here works on a copy of the
 * text with the same UTF-16 length, so a match's offsets point straight back into what was written.
 */
import { DETERMINERS, ENGLISH_MARKERS, STOP_WORDS, VERBS } from './lexicon';

/** A stretch of text by UTF-16 offsets into the original string. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A letter, mark or digit in any script: what a word is made of. */
export const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
/** The start of a word: the previous character, if any, is not part of a word. */
export const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
/** The end of a word: the next character, if any, is not part of a word. */
export const WORD_END = String.raw`(?![\p{L}\p{M}\p{N}_])`;

const WORD = new RegExp(String.raw`[\p{L}\p{M}\p{N}_]+(?:['-][\p{L}\p{M}\p{N}_]+)*`, 'gu');

/**
 * Lower-cases one code point at a time and turns curly apostrophes and dashes into plain ones.
 * A code point whose lower case has a different length (such as 'İ') is kept as written, so the
 * result always has the same length as the input and offsets carry over.
 */
export function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010\u2011]/g, '-');
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How a hyphen inside a compound is matched: people write 'self-esteem', 'self esteem' and
 * 'selfesteem', 'stress-free' and 'stress free', and mean the same word.
 */
export const COMPOUND_JOIN = String.raw`(?:-|\s+)?`;

/** A hyphen between two letters or digits of a phrase: the join of a compound. */
const INNER_HYPHEN = /(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu;

/**
 * A regular-expression source matching any of `phrases` (lower case), longest first, where a space
 * in a phrase matches any run of white space and a hyphen inside a compound matches a hyphen, a
 * space or nothing. The caller adds word boundaries.
 */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => escapeRegExp(p).replace(/ +/g, String.raw`\s+`).replace(INNER_HYPHEN, COMPOUND_JOIN)).join('|')})`;
}

/** Wraps a regular-expression source so it only matches whole words. */
export function wholeWords(source: string): string {
  return `${WORD_START}(?:${source})${WORD_END}`;
}

/** Every non-overlapping match of a global pattern, as spans of `original` (same length as the searched text). */
export function findAll(pattern: RegExp, searched: string, original: string = searched): Span[] {
  const spans: Span[] = [];
  for (const match of searched.matchAll(pattern)) {
    if (match[0] === '') continue;
    const start = match.index;
    spans.push({ start, end: start + match[0].length, text: original.slice(start, start + match[0].length) });
  }
  return spans;
}

const phraseRegexes = new Map<string, RegExp>();

/** The spans of `phrases` found as whole words in `text`, ignoring case. */
export function findPhrases(text: string, phrases: readonly string[]): Span[] {
  if (phrases.length === 0) return [];
  // Building a regular expression from a long list costs far more than matching it: keep them.
  const key = phrases.join('\u0000');
  let regex = phraseRegexes.get(key);
  if (!regex) {
    regex = new RegExp(wholeWords(alternation(phrases)), 'gu');
    if (phraseRegexes.size > 500) phraseRegexes.clear();
    phraseRegexes.set(key, regex);
  }
  return findAll(regex, fold(text), text);
}

/** The words of `text` with their offsets; a word may hold an apostrophe or hyphen inside it. */
export function words(text: string): Span[] {
  return findAll(WORD, text);
}

/** Quotation marks that open a passage, each with the marks that may close it. */
const PAIRED_QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ['\u201c', '\u201d'],
  ['\u00ab', '\u00bb'],
  ['\u201e', '\u201c\u201d'],
  ['\u300c', '\u300d'],
];
const SINGLE_OPEN = "'\u2018";
const SINGLE_CLOSE = "'\u2019";
const SINGLE_BEFORE = /[\s(]/;
const SINGLE_AFTER = /[\s.,;:!?)]/;

/**
 * Replaces quoted passages ("...", “...”, «...», '...') with spaces of the same length. Words a
 * client quotes (a phrase they want to stop saying, a title) are not the goal's own wording.
 * An apostrophe inside a word (don't, kids') never opens a quotation.
 *
 * One pass per kind of mark, each linear: a passage runs from an opening mark to the first closing
 * mark after it, and an opening mark with no closing mark after it closes nothing, so neither can
 * any later one of the same kind (a regular expression retried from every such mark was quadratic).
 */
export function maskQuotes(text: string): string {
  // Each kind of mark is looked for in what the kinds before it left unmasked.
  let current = text;
  for (const [open, close] of PAIRED_QUOTES) {
    if (!current.includes(open)) continue;
    const masked = current.split('');
    for (let at = current.indexOf(open); at >= 0; ) {
      let end = at + 1;
      while (end < current.length && !close.includes(current[end]!)) end++;
      if (end >= current.length) break;
      masked.fill(' ', at, end + 1);
      at = current.indexOf(open, end + 1);
    }
    current = masked.join('');
  }
  return maskSingleQuotes(current);
}

/**
 * Single quotes: an opening mark at the start or after a space or bracket, then at least one
 * character that is no quote mark and no line break, then a closing mark before a space,
 * punctuation or the end. The first quote mark after an opening one decides whether it closes.
 */
function maskSingleQuotes(text: string): string {
  if (!/['\u2018]/.test(text)) return text;
  const masked = text.split('');
  const isStop = (ch: string) => SINGLE_OPEN.includes(ch) || ch === '\u2019' || ch === '\n';
  // nextStop[i]: the first quote mark or line break at or after i, found in one backward pass.
  const nextStop = new Int32Array(text.length + 1);
  nextStop[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) nextStop[i] = isStop(text[i]!) ? i : nextStop[i + 1]!;
  for (let at = 0; at < text.length; at++) {
    if (!SINGLE_OPEN.includes(text[at]!) || (at > 0 && !SINGLE_BEFORE.test(text[at - 1]!))) continue;
    const end = nextStop[at + 1]!;
    if (end === text.length || end === at + 1 || !SINGLE_CLOSE.includes(text[end]!)) continue;
    if (end + 1 < text.length && !SINGLE_AFTER.test(text[end + 1]!)) continue;
    masked.fill(' ', at, end + 1);
    at = end;
  }
  return masked.join('');
}

/**
 * True when the text reads as English, so that the absence of a word from Goalpost's English
 * lists means something. A statement in another language is only checked through its fields.
 */
export function looksEnglish(text: string): boolean {
  return findPhrases(text, ENGLISH_WORDS).length > 0;
}

/** The common words and the verbs: 'Save money' is English though it has no 'the' or 'my'. */
const ENGLISH_WORDS = [...ENGLISH_MARKERS, ...VERBS];

/**
 * Widens a span to the words a client would recognise as the phrase: up to `before` words before
 * it and `after` words after it, stopping at punctuation or at a small word (with, to, and...).
 * Determiners (my, the, a) are carried along when a content word follows them.
 */
export function widen(text: string, span: Span, before: number, after: number): Span {
  const all = words(text);
  let start = span.start;
  let end = span.end;
  const stop = (w: Span) => STOP_WORDS.includes(fold(w.text));
  const gapIsSpace = (from: number, to: number) => /^\s+$/.test(text.slice(from, to));
  const previous = all.filter((w) => w.end <= span.start).reverse();
  // An object pronoun is carried along with the verb before it: 'visit me more often', not 'me more often'.
  let wanted = before;
  for (const w of previous) {
    if (wanted <= 0 || stop(w) || !gapIsSpace(w.end, start)) break;
    start = w.start;
    if (!CARRIED_PRONOUNS.includes(fold(w.text))) wanted--;
  }
  const next = all.filter((w) => w.start >= span.end);
  let taken = 0;
  let cursor = end;
  for (let i = 0; i < next.length && taken < after; i++) {
    const w = next[i]!;
    if (!gapIsSpace(cursor, w.start)) break;
    cursor = w.end;
    if (DETERMINERS.includes(fold(w.text))) {
      const following = next[i + 1];
      if (!following || stop(following) || !gapIsSpace(w.end, following.start)) break;
      continue;
    }
    if (stop(w)) break;
    end = w.end;
    taken++;
  }
  return { start, end, text: text.slice(start, end) };
}

/** Object pronouns, which a quote never starts with. */
const CARRIED_PRONOUNS = ['me', 'him', 'her', 'them', 'us', 'you', 'it'];

const CLAUSE_BREAKS = [',', ';', ':', '.', '!', '?', ' – ', ' - ', ' — '];

/** The text of the clause a span stands in, up to the span: from the last , ; : . ! ? or dash before it. */
export function clauseBefore(text: string, start: number): string {
  const before = text.slice(0, start);
  const boundary = Math.max(...CLAUSE_BREAKS.map((b) => before.lastIndexOf(b)));
  return before.slice(boundary + 1);
}

/**
 * The clause that starts at `start`, up to the next punctuation mark or dash, or a joining word
 * ('and', 'but', 'so', 'because', 'when') that starts another: 'Get my manager to give me more
 * shifts, so I can...' is 'Get my manager to give me more shifts'.
 */
export function clauseFrom(text: string, start: number): string {
  const rest = text.slice(start);
  const breaks = CLAUSE_BREAKS.map((b) => rest.indexOf(b)).filter((i) => i > 0);
  const joiner = /\s(?:and|but|so|because|when|while|or|then|before|after|until)\s/iu.exec(rest);
  const end = Math.min(rest.length, ...breaks, ...(joiner ? [joiner.index] : []));
  return rest.slice(0, end).trimEnd();
}
