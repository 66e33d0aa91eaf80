/**
 * Abstinence goals, counted the way recovery counts them: days free since the goal started, or
 * since the last lapse. A lapse restarts the count and nothing else: it is recorded, not scored.
 */
import type { Goal, MomentEntry, Plan } from '../model';
import { effectiveStatement, effectiveTarget, entriesOfKind, generalLapses, goalStart, mergedByDate } from '../queries';
import { countsUses, isAbstinence } from '../text/goal-kind';
import { daysBetween, shiftDate } from '../values/dates';

/** Where an abstinence goal's count of days free stands on a date. */
export interface AbstinenceCount {
  /** The day the current run of days free began: the goal's start, or the day after the last lapse. */
  readonly since: string;
  /** `start` before any lapse; `restart` after one. */
  readonly from: 'start' | 'restart';
  /** The lapse the count restarted after. */
  readonly lapse?: MomentEntry;
  /**
   * Days free from `since` through the date asked about, both counted: 1 on the first day, as people
   * in recovery count ("day one"), so a goal started on 1 September has 30 days on 30 September.
   * 0 on the day of a lapse.
   */
  readonly days: number;
  /** The run the goal aims at, when it names one in days ("for 90 days", "90 days alcohol-free"). */
  readonly goalDays?: number;
  /** Lapses up to the date asked about. */
  readonly lapses: number;
}

/** A count of days in words: "90 days", "ninety days" is not read. */
const DAY_COUNT = /\b(\d{1,5})\s+days?\b/i;

/**
 * True when a goal is about staying free of a substance or a habit of use: its target is zero uses
 * (`0 drinks/week`, `0 cigarettes a day`), or its statement says so in words (alcohol-free, sober,
 * stay clean...). A zero of anything else (`0 emails`, `0 minutes/day` of worry) is an ordinary
 * target: there are no days free to count, and a setback on it is not a lapse.
 */
export function isAbstinenceGoal(plan: Plan, goal: Goal, today: string): boolean {
  const target = effectiveTarget(plan, goal, today);
  const zero = target?.measurement && target.measurement.value === 0 && target.measurement.upper === undefined;
  if (zero && countsUses(target.measurement!.unit)) return true;
  return isAbstinence([effectiveStatement(plan, goal, today).text, target?.text.text ?? ''].join(' \u2022 '));
}

/**
 * The lapses that count against a goal up to `asOf`: `lapse` and `setback` lines naming it, and
 * `lapse` lines that name no goal (a lapse is about the substance, whichever goal it touches).
 */
export function lapsesOf(plan: Plan, goal: Goal, asOf: string): MomentEntry[] {
  return mergedByDate(entriesOfKind(plan, goal.id, 'lapse', asOf), entriesOfKind(plan, goal.id, 'setback', asOf), generalLapses(plan, asOf));
}

/** An abstinence goal's count of days free on `date`, or undefined for other goals or before it starts. */
export function abstinenceCount(plan: Plan, goal: Goal, date: string): AbstinenceCount | undefined {
  if (!isAbstinenceGoal(plan, goal, date)) return undefined;
  const start = goalStart(plan, goal)?.iso;
  if (!start || start > date) return undefined;
  const lapses = lapsesOf(plan, goal, date).filter((l) => l.date.iso >= start);
  const lapse = lapses.at(-1);
  // The day of a lapse is not a day free; the count starts again the day after.
  const since = lapse ? (shiftDate(lapse.date.iso, 1, 'day') ?? lapse.date.iso) : start;
  const days = since > date ? 0 : daysBetween(since, date) + 1;
  const named = DAY_COUNT.exec(effectiveStatement(plan, goal, date).text);
  return {
    since,
    from: lapse ? 'restart' : 'start',
    ...(lapse && { lapse }),
    days,
    ...(named && { goalDays: Number(named[1]) }),
    lapses: lapses.length,
  };
}

/**
 * True when a milestone or measurement is written as a count of days ("30 days alcohol-free"), not
 * as a number of days in a week or a month ("2 days/week", "3 days a week"), which is a frequency.
 */
export function isDayCount(unit: string): boolean {
  return /^days?\b(?!\s*(?:\/|(?:a|an|per|each|every)\s))/i.test(unit.trim());
}
