/**
 * Finding timeframes in free text: dates and deadlines ('by 2027-01-31', 'by March', 'this week',
 * 'within two months') and durations ('for 30 days', 'three weeks running').
 */
import { DEADLINE_TEMPLATES, DURATION_TEMPLATES } from './lexicon';
import { keepLongest, matchTemplates } from './patterns';
import type { Span } from './words';

/** A deadline says by when; a duration says for how long. */
export type TimeframeKind = 'deadline' | 'duration';

export interface TimeframeMatch extends Span {
  readonly kind: TimeframeKind;
}

/** Every timeframe in `text`, in order, without overlaps. */
export function findTimeframes(text: string): TimeframeMatch[] {
  const deadlines = matchTemplates(text, DEADLINE_TEMPLATES).map((m) => ({ start: m.start, end: m.end, text: m.text, kind: 'deadline' as const }));
  const durations = matchTemplates(text, DURATION_TEMPLATES).map((m) => ({ start: m.start, end: m.end, text: m.text, kind: 'duration' as const }));
  return keepLongest([...deadlines, ...durations]);
}

/** True when `text` names a date, a deadline or a duration. */
export function mentionsTimeframe(text: string): boolean {
  return findTimeframes(text).length > 0;
}
