/** Reading and doing arithmetic on calendar dates; all date arithmetic goes through date-fns. */
import { addDays, addMonths, addWeeks, differenceInCalendarDays, format, isValid } from 'date-fns';

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_FORMAT = 'yyyy-MM-dd';

/**
 * Returns a local-time Date for an ISO `YYYY-MM-DD` string that names a real day, else undefined.
 * Read by hand rather than with date-fns' general-purpose `parse`, which cost a seventh of a long
 * journal's check; a property test holds the two to the same answers, year 0000 refused as there.
 */
export function toDate(iso: string): Date | undefined {
  if (!isIsoDay(iso)) return undefined;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (year < 1) return undefined;
  const date = new Date(2000, 0, 1);
  // setFullYear, unlike the Date constructor, does not read years 0-99 as 1900-1999.
  date.setFullYear(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/**
 * Whether `iso` is a `YYYY-MM-DD` string that names a real day (years 1 to 9999, leap years as the
 * Gregorian calendar has them, which is what Date does), by arithmetic: every journal line's date is
 * checked, and making a Date for each was a noticeable part of reading a long journal.
 */
export function isIsoDay(iso: string): boolean {
  if (!ISO_SHAPE.test(iso)) return false;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Formats a Date as `YYYY-MM-DD` in local time. */
export function toIso(date: Date): string {
  return format(date, ISO_FORMAT);
}

export type DateUnit = 'day' | 'week' | 'month';

/** The last day a `YYYY-MM-DD` date can name. */
export const LAST_DAY = '9999-12-31';

/**
 * The date `count` days, weeks or months after `iso` (before it, when negative), or undefined
 * when that falls outside the years 1 to 9999 that `YYYY-MM-DD` can write, or `iso` is no date.
 * Every step through the calendar goes through here, so a date near 9999-12-31 or a schedule of
 * billions of days gives "no such date" instead of an invalid Date that throws later.
 */
export function shiftDate(iso: string, count: number, unit: DateUnit): string | undefined {
  const date = toDate(iso);
  if (!date || !Number.isSafeInteger(count)) return undefined;
  const shifted = unit === 'day' ? addDays(date, count) : unit === 'week' ? addWeeks(date, count) : addMonths(date, count);
  if (!isValid(shifted) || shifted.getFullYear() < 1 || shifted.getFullYear() > 9999) return undefined;
  return toIso(shifted);
}

/** The whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = toDate(from);
  const b = toDate(to);
  if (!a || !b) throw new Error(`daysBetween needs two valid dates, got ${from} and ${to}`);
  return differenceInCalendarDays(b, a);
}

/**
 * Explains why `text` is not a usable date, or returns undefined when it is one.
 * The message shows the expected form, rewritten from the user's own date where that is unambiguous.
 */
/** The same date written YYYY-MM-DD, for a real date written another way (`2026-1-5`, `2026/01/05`). */
export function isoForm(text: string): string | undefined {
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (!parts || ISO_SHAPE.test(text)) return undefined;
  const iso = `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
  return toDate(iso) ? iso : undefined;
}

export function explainBadDate(text: string): string | undefined {
  if (ISO_SHAPE.test(text)) {
    if (isIsoDay(text)) return undefined;
    return `${text} is not a real date: check the month (01-12) and the day of the month.`;
  }
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (parts) {
    const iso = `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
    if (toDate(iso)) return `Write dates as YYYY-MM-DD with two-digit months and days: ${iso}.`;
  }
  return `Write dates as YYYY-MM-DD, for example 2026-11-08 (found '${text}').`;
}
