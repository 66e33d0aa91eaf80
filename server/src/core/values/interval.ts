/** Reading review schedules such as `every 2 weeks`, `every two weeks`, `monthly`, `every 4 sessions`. */
import type { IntervalUnit } from '../model';

export interface IntervalParts {
  readonly count: number;
  readonly unit: IntervalUnit;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ALIASES: Record<string, IntervalParts> = {
  daily: { count: 1, unit: 'day' },
  weekly: { count: 1, unit: 'week' },
  fortnightly: { count: 2, unit: 'week' },
  monthly: { count: 1, unit: 'month' },
};
const UNITS: readonly IntervalUnit[] = ['day', 'week', 'month', 'session'];
/** The largest count a schedule takes; beyond it the dates it gives leave any plan's lifetime. */
export const MAX_INTERVAL_COUNT = 999;

/** Reads a review schedule, or returns undefined when `text` is not one. */
export function readInterval(text: string): IntervalParts | undefined {
  const words = text.trim().toLowerCase().split(/\s+/);
  if (words.length === 1) return ALIASES[words[0]!];
  if (words[0] !== 'every' || words.length > 3) return undefined;
  const countWord = words.length === 3 ? words[1]! : '1';
  const count = /^\d+$/.test(countWord) ? Number(countWord) : NUMBER_WORDS.indexOf(countWord) + 1;
  const unitWord = words.at(-1)!.replace(/s$/, '');
  const unit = UNITS.find((u) => u === unitWord);
  if (!unit || count <= 0 || count > MAX_INTERVAL_COUNT || (words.length === 2 && unitWord !== words[1] && words[1]!.endsWith('s'))) return undefined;
  return { count, unit };
}

/** Writes a schedule the canonical way: `every 2 weeks`, `every week`. */
export function formatInterval({ count, unit }: IntervalParts): string {
  return count === 1 ? `every ${unit}` : `every ${count} ${unit}s`;
}
