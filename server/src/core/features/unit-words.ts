/**
 * Units as outputs write them: the noun a unit counts agrees with the number beside it ("6 days/week",
 * "1 letter/week"), whatever form the plan happened to use. `normalizeUnit` singularises units to
 * compare them; this is the other direction, for people, and never shows that normalised form.
 */

/** Short forms and symbols that take no plural: `5 km`, `2 mg`, `30 min`. */
const INVARIABLE = new Set(['min', 'mins', 'hr', 'hrs', 'sec', 'secs', 'kcal', 'cal', 'mmhg', 'mph', 'kph', 'bpm', 'lbs']);

/** Words that are not counted one by one (`3 percent`, `2 sleep hours`), so they have no plural to agree. */
const UNCOUNTED = new Set(['percent', 'per', 'sleep', 'water', 'alcohol', 'stress', 'pain', 'mood', 'anxiety', 'energy', 'money', 'weight', 'screen']);

/** Where the counted noun of a unit ends: at `/` or at a word such as `a`, `per` or `of` (`days/week`, `glasses of water`). */
const HEAD_END = /\/|\s+(?:a|an|per|each|every|of|in|on|at|with|for|from|to)\b/i;

/** A unit that starts with the whole a count is out of: `in 4 arguments`, `of 5 days`, `out of 7 nights`. */
const RATIO = /^(?:in|of|out of)\s+\d/i;

/** True when the number asks for the singular: exactly one (`0.5 hours` and `1-2 attacks` are plural). */
export function isOne(value: number): boolean {
  return value === 1 || value === -1;
}

/**
 * The unit as it reads after these numbers: singular when every one of them is 1, plural
 * otherwise. A path such as `3 → 1 → 1` takes the plural, as "from 3 to 1 attacks a week" does.
 */
export function unitFor(values: readonly number[], unit: string): string {
  return values.length > 0 && values.every(isOne) ? singularUnit(unit) : pluralUnit(unit);
}

/** The unit with its counted noun in the plural, as a column heading or a chart axis writes it: `days/week`. */
export function pluralUnit(unit: string): string {
  return changeNoun(unit, 'plural');
}

/** The unit with its counted noun in the singular: `day/week`. */
export function singularUnit(unit: string): string {
  return changeNoun(unit, 'singular');
}

/**
 * Changes the noun a unit counts: the last plain word before `/`, `a`, `per` or `of`, so that
 * `study session/week` becomes `study sessions/week` and `day alcohol-free` becomes `days alcohol-free`.
 * A head that already has a plural word in it (`days alcohol-free`, `hours of sleep`) is left alone.
 */
function changeNoun(unit: string, to: 'plural' | 'singular'): string {
  // In `1 in 4 arguments` or `3 out of 5 days` the noun agrees with the second number, as written.
  if (RATIO.test(unit)) return unit;
  const end = HEAD_END.exec(unit)?.index ?? unit.length;
  const words = unit.slice(0, end).split(/(\s+)/);
  const nouns = words.map((w, i) => ({ w, i })).filter(({ w }) => isCountable(w));
  if (to === 'plural') {
    if (words.some((w) => isCountable(w) && looksPlural(w))) return unit;
    const noun = nouns.at(-1);
    if (!noun) return unit;
    words[noun.i] = plural(noun.w);
  } else {
    const noun = nouns.filter(({ w }) => looksPlural(w)).at(-1);
    if (!noun) return unit;
    words[noun.i] = singular(noun.w);
  }
  return `${words.join('')}${unit.slice(end)}`;
}

/** A plain English word that can be counted: letters only, not a symbol, short form, acronym or uncounted word. */
function isCountable(word: string): boolean {
  const lower = word.toLowerCase();
  // Words of one or two letters are symbols or abbreviations (`h`, `km`), not nouns.
  return /^[A-Za-z]{3,}$/.test(word) && !INVARIABLE.has(lower) && !UNCOUNTED.has(lower) && !isAllCaps(word);
}

/** `AA`, `SMART`: an acronym keeps its form. */
function isAllCaps(word: string): boolean {
  return word === word.toUpperCase();
}

/** True when an English word already reads as a plural: `days`, `attacks`, not `glass` or `bus`. */
function looksPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is');
}

function plural(word: string): string {
  if (looksPlural(word)) return word;
  const lower = word.toLowerCase();
  if (/(?:s|x|z|ch|sh)$/.test(lower)) return `${word}es`;
  if (/[^aeiou]y$/.test(lower)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function singular(word: string): string {
  if (!looksPlural(word)) return word;
  const lower = word.toLowerCase();
  // `calories`, `stories`: the singular of -ies is not safe to guess, so the word stays as written.
  if (lower.endsWith('ies')) return word;
  if (/(?:sses|xes|zes|ches|shes)$/.test(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** `6 days/week`, `75%`: an amount followed by its unit, with no space before a unit that starts with a symbol such as `%`. */
export function withUnit(amount: string, unit: string): string {
  if (!unit) return amount;
  return /^[%°‰]/.test(unit) ? `${amount}${unit}` : `${amount} ${unit}`;
}
