/** Reading measurements such as `3 attacks/week`, `6/10`, `75%` and `3-4 drinks/day`. */

export interface MeasurementParts {
  readonly value: number;
  readonly upper?: number;
  readonly outOf?: number;
  readonly unit: string;
}

const NUMBER = String.raw`[+-]?\d+(?:\.\d+)?`;
const MEASUREMENT = new RegExp(
  String.raw`^(${NUMBER})(?:\s*[-–]\s*(\d+(?:\.\d+)?))?(?:\s*/\s*(\d+(?:\.\d+)?)(?![\p{L}\p{N}/]))?\s*(.*)$`,
  'u',
);

/** Reads a measurement from the start of `text`, or returns undefined when it does not start with a number. */
export function readMeasurement(text: string): MeasurementParts | undefined {
  const match = MEASUREMENT.exec(text.trim());
  if (!match) return undefined;
  const [, value, upper, outOf, unit] = match;
  // Object.assign, not spread: see `entryOf` in build/journal.ts.
  return Object.assign(
    { value: Number(value) },
    upper !== undefined && { upper: Number(upper) },
    outOf !== undefined && { outOf: Number(outOf) },
    { unit: unitPart(unit ?? '') },
  );
}

/**
 * The unit at the start of what follows a number: words, `/`, `%` and the like, up to the first
 * character no unit has. What follows it is the writer's own remark, not part of the unit:
 * `3 walks! 🎉` is 3 walks, and `6 hours (from the tracker)` is 6 hours.
 */
// A pictograph is a unit only as the thing counted per something: `2 🚶/week`.
const UNIT = /^(?:[\p{L}\p{M}\p{N}%°/\s.'’²³-]|\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Extended_Pictographic}]*(?=\s*\/))*/u;

function unitPart(text: string): string {
  const unit = UNIT.exec(text)![0].trim().replace(/[\s.'’-]+$/u, '');
  return COMPLETE_RATE.exec(unit)?.[1] ?? unit;
}

/**
 * A rate is a whole unit once it says per what (`comment/meeting`, `nights a week`): words after it
 * that start with a preposition or a conjunction are the writer's remark, not more unit.
 * `1 comment/meeting in at least two meetings` is 1 comment/meeting, and `3 nights a week for two
 * weeks running` is 3 nights a week.
 */
const COMPLETE_RATE =
  /^(.*?(?:\/\s*[\p{L}\p{N}]+|\s(?:a|an|per|each|every)\s+[\p{L}]+))\s+(?:in|for|with|at|on|by|from|over|during|when|whenever|while|if|before|after|until|till|without|because|and|but|or|as|so|since|to|including|except|unless)\b/iu;

/**
 * A unit in a form that compares equal for the same unit written differently:
 * lower case, single spaces, each word in the singular (`Attacks/Week` and `attack/week` match, and so do `activities` and `activity`),
 * and "a", "per" or "each" read as "/" (`minutes a day` is `minute/day`).
 */
export function normalizeUnit(unit: string): string {
  // A journal writes the same few units thousands of times: each is worked out once.
  let normal = normalized.get(unit);
  if (normal === undefined) {
    if (normalized.size >= 10_000) normalized.clear();
    normalized.set(unit, (normal = normalize(unit)));
  }
  return normal;
}

const normalized = new Map<string, string>();

function normalize(unit: string): string {
  return unit
    .toLowerCase()
    // "3 attacks a week", "per week", "each week" and "3 attacks/week" are the same unit.
    .replace(/\s+(?:a|an|per|each|every)\s+/g, '/')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .split(/([ /])/)
    .map(singular)
    .join('')
    .trim();
}

/** Plurals that do not end in a plain `s`. */
const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
};

/**
 * The singular of an English unit word, enough to compare units: `activities` is `activity`,
 * `lunches` is `lunch`, `walks` is `walk`; `class`, `bus` and short words such as `hrs` stay.
 */
function singular(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') ? word.slice(0, -1) : word;
}
