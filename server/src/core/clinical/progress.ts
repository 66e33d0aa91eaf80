/**
 * How far a goal has come: from its baseline, through its latest measurement, towards its target
 * (after revisions), compared with where a straight line from its start to its due date says it
 * would be today. Anything that cannot be worked out honestly comes back as a reason, not a number.
 */
import type { Goal, Measurement, Plan, Quantity } from '../model';
import { effectiveDue, effectiveField, effectiveTarget, goalStatus, latestProgress, statusEntriesOf, workStart } from '../queries';
import { daysBetween, toDate } from '../values/dates';
import { normalizeUnit } from '../values/measurement';

/**
 * How far, in percentage points, the measured position may sit from the expected one and still be
 * on track. Weekly counts are noisy, so a goal a little off the line is not called behind or ahead.
 */
export const ON_TRACK_TOLERANCE = 10;

export type ProgressDirection = 'decrease' | 'increase';
export type PaceStatus = 'achieved' | 'ahead' | 'on-track' | 'behind' | 'no-timeline';

/** Why a goal's progress cannot be expressed as a share of the way. */
export type ProgressProblem = 'no-baseline' | 'no-target' | 'no-measurement' | 'unit-mismatch' | 'no-distance';

/** Where a straight line from the goal's start to its due date puts it today, or why there is no line. */
export type ExpectedPosition =
  | { readonly kind: 'expected'; readonly percent: number; readonly from: string; readonly due: string }
  | { readonly kind: 'no-timeline'; readonly reason: string };

/** A goal's measured progress. */
export interface MeasuredProgress {
  readonly kind: 'measured';
  readonly direction: ProgressDirection;
  /** The unit as written on the baseline (or on the target or measurement when the baseline has none). */
  readonly unit: string;
  readonly baseline: number;
  readonly baselineDate?: string;
  readonly latest: number;
  readonly latestDate: string;
  readonly target: number;
  /**
   * The share of the way from baseline (0) to target (100) that the latest measurement has come.
   * Not clamped: below 0 means worse than the baseline, above 100 means beyond the target.
   */
  readonly percent: number;
  readonly expected: ExpectedPosition;
  readonly status: PaceStatus;
}

/** Progress that cannot be measured, with a machine-readable code and a sentence for people. */
export interface UnmeasuredProgress {
  readonly kind: 'unmeasured';
  readonly problem: ProgressProblem;
  readonly reason: string;
}

export type GoalProgress = MeasuredProgress | UnmeasuredProgress;

const unmeasured = (problem: ProgressProblem, reason: string): UnmeasuredProgress => ({ kind: 'unmeasured', problem, reason });

/** A goal's progress on `today`: baseline → latest measurement → target after revisions. */
export function goalProgress(plan: Plan, goal: Goal, today: string): GoalProgress {
  const baselineQuantity = effectiveQuantity(plan, goal, 'baseline', today);
  const baseline = baselineQuantity?.measurement;
  const target = effectiveTarget(plan, goal, today)?.measurement;
  const latestEntry = latestProgress(plan, goal.id, today);
  const latest = latestEntry?.quantity.measurement;
  if (!baseline) return unmeasured('no-baseline', `'${goal.id}' has no baseline number to measure from.`);
  if (!target) return unmeasured('no-target', `'${goal.id}' has no target number to measure towards.`);
  if (!latestEntry || !latest) return unmeasured('no-measurement', `No progress has been recorded for '${goal.id}' yet.`);

  const mismatch = findUnitMismatch([
    ['the baseline', baseline],
    ['the target', target],
    ['the latest measurement', latest],
  ]);
  if (mismatch) return unmeasured('unit-mismatch', mismatch);

  const from = middle(baseline);
  const to = nearEnd(target, from);
  if (from === to) {
    return unmeasured('no-distance', `The baseline and the target of '${goal.id}' are both ${from}, so there is no distance to measure progress along.`);
  }
  const now = middle(latest);
  const percent = ((now - from) / (to - from)) * 100;
  const expected = expectedPosition(plan, goal, today, baselineQuantity?.date?.iso);
  return {
    kind: 'measured',
    direction: to < from ? 'decrease' : 'increase',
    unit: [baseline, target, latest].find((m) => m.unit !== '')?.unit ?? '',
    baseline: from,
    ...(baselineQuantity?.date && { baselineDate: baselineQuantity.date.iso }),
    latest: now,
    latestDate: latestEntry.date.iso,
    target: to,
    percent,
    expected,
    status: paceStatus(percent, expected, goalStatus(plan, goal.id, today) === 'achieved'),
  };
}

/**
 * Where a straight line from the day work on the goal began (`workStart`, else its baseline's date)
 * to its due date puts it on `today`, in percent of the way: 0 before the start, 100 from the due date on.
 * Days the goal spent paused (or dropped, before a `resumed`) do not move the line: nobody is
 * expected to make progress on a goal that was set aside, so a pause never makes it look slow.
 */
export function expectedPosition(plan: Plan, goal: Goal, today: string, baselineDate?: string): ExpectedPosition {
  const from = workStart(plan, goal)?.iso ?? baselineDate;
  const due = effectiveDue(plan, goal, today)?.iso;
  if (!from) return { kind: 'no-timeline', reason: `'${goal.id}' has no start date, and neither the plan nor its baseline gives one.` };
  if (!due) return { kind: 'no-timeline', reason: `'${goal.id}' has no due date.` };
  if (!toDate(today)) return { kind: 'no-timeline', reason: `${today} is not a date written YYYY-MM-DD.` };
  const span = daysBetween(from, due);
  if (span <= 0) return { kind: 'no-timeline', reason: `The due date of '${goal.id}', ${due}, is not after its start, ${from}.` };
  const elapsed = Math.min(Math.max(daysBetween(from, today) - daysPaused(plan, goal, from, today), 0), span);
  return { kind: 'expected', percent: (elapsed / span) * 100, from, due };
}

/** The days from `from` to `today` on which the goal was paused or dropped, by its status entries. */
export function daysPaused(plan: Plan, goal: Goal, from: string, today: string): number {
  return pausedSpans(plan, goal, today).reduce((days, span) => {
    const start = span.from > from ? span.from : from;
    return span.to > start ? days + daysBetween(start, span.to) : days;
  }, 0);
}

/** The spans a goal rested: from a `paused` or `dropped` line to the next `resumed` (or `achieved`), or to `today`. */
export function pausedSpans(plan: Plan, goal: Goal, today: string): { from: string; to: string }[] {
  const spans: { from: string; to: string }[] = [];
  let since: string | undefined;
  for (const entry of statusEntriesOf(plan, goal.id, today)) {
    if ((entry.kind === 'paused' || entry.kind === 'dropped') && since === undefined) since = entry.date.iso;
    else if ((entry.kind === 'resumed' || entry.kind === 'achieved') && since !== undefined) {
      spans.push({ from: since, to: entry.date.iso });
      since = undefined;
    }
  }
  if (since !== undefined) spans.push({ from: since, to: today });
  return spans;
}

/** On track, ahead or behind compared with the expected position, within ON_TRACK_TOLERANCE points. */
export function paceStatus(percent: number, expected: ExpectedPosition, markedAchieved = false): PaceStatus {
  // A tiny allowance keeps floating-point rounding from calling a goal that reached its target short of it.
  if (markedAchieved || percent >= 100 - 1e-9) return 'achieved';
  if (expected.kind === 'no-timeline') return 'no-timeline';
  const gap = percent - expected.percent;
  if (gap > ON_TRACK_TOLERANCE) return 'ahead';
  if (gap < -ON_TRACK_TOLERANCE) return 'behind';
  return 'on-track';
}

/** A quantity field after revisions up to `asOf`. */
function effectiveQuantity(plan: Plan, goal: Goal, key: string, asOf: string): Quantity | undefined {
  const value = effectiveField(plan, goal, key, asOf)?.value;
  return value?.type === 'quantity' ? value.quantity : undefined;
}

/** A measurement as one number: the middle of a range such as `3-4 drinks/day`. */
function middle(m: Measurement): number {
  return m.upper === undefined ? m.value : (m.value + m.upper) / 2;
}

/** A target as one number: for a range, the end nearer the baseline, since reaching the range reaches the target. */
function nearEnd(m: Measurement, from: number): number {
  if (m.upper === undefined) return m.value;
  return Math.abs(m.value - from) <= Math.abs(m.upper - from) ? m.value : m.upper;
}

/** The unit a measurement compares by: normalised, with the maximum of a score (`6/10`) as part of it. */
function unitKey(m: Measurement): string {
  return `${normalizeUnit(m.unit)}${m.outOf === undefined ? '' : ` out of ${m.outOf}`}`;
}

/** A sentence naming two measurements whose units differ; a bare number takes the unit of the others. */
function findUnitMismatch(named: readonly (readonly [string, Measurement])[]): string | undefined {
  const [first, ...rest] = named.filter(([, m]) => unitKey(m) !== '');
  if (!first) return undefined;
  const other = rest.find(([, m]) => unitKey(m) !== unitKey(first[1]));
  if (!other) return undefined;
  const show = (m: Measurement) => (m.outOf === undefined ? `in ${m.unit}` : `a score out of ${m.outOf}${m.unit ? ` ${m.unit}` : ''}`);
  return `${capitalise(first[0])} is ${show(first[1])} but ${other[0]} is ${show(other[1])}, so they cannot be compared.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
