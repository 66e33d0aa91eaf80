/**
 * Finding numbers and frequencies in free text: digits, decimals, ranges, times of day,
 * percentages, scores, number words, 'once'/'twice'/'three times', and frequencies such as
 * 'a week', 'per day', 'daily' and 'each morning'. Dates and deadlines are not quantities:
 * 'by 2027-01-31' and 'within two months' say when, not how much.
 */
import { QUANTITY_TEMPLATES } from './lexicon';
import { ClaimedSpans, matchTemplates } from './patterns';
import { findTimeframes, mentionsTimeframe } from './timeframes';
import type { Span } from './words';

export { mentionsTimeframe };

export type QuantityKind = keyof typeof QUANTITY_TEMPLATES;

/** A quantity found in text, with its kind and UTF-16 offsets. */
export interface QuantityMatch extends Span {
  readonly kind: QuantityKind;
}

const KINDS = Object.keys(QUANTITY_TEMPLATES) as QuantityKind[];

/** Every quantity in `text`, in order, without overlaps; numbers inside dates or deadlines are left out. */
export function findQuantities(text: string): QuantityMatch[] {
  const taken = new ClaimedSpans();
  for (const deadline of findTimeframes(text).filter((t) => t.kind === 'deadline')) taken.claim(deadline);
  const found: QuantityMatch[] = [];
  // Kinds are tried in order, so '3 times' is one multiplicative, not a number and a word.
  for (const kind of KINDS) {
    for (const match of matchTemplates(text, QUANTITY_TEMPLATES[kind])) {
      if (taken.claim(match)) found.push({ start: match.start, end: match.end, text: match.text, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when `text` counts or measures something: a number, a time, a percentage or a frequency. */
export function mentionsQuantity(text: string): boolean {
  return findQuantities(text).length > 0;
}
