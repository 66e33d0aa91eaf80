/**
 * The tracked daily measures (`track mood: 1-10`, `track tablets: yes/no`) week by week, for the
 * report's small charts and tables: the mean of each week's days for a number, the days done for a
 * yes/no measure. A value the checker finds outside its declaration is left out and counted, never
 * averaged in, so the chart tells the same story as `goalpost check`.
 */
import { startOfISOWeek } from 'date-fns';
import type { MeasureEntry, Plan, TrackedMeasure } from '../model';
import { byDate } from '../queries';
import { toDate, toIso } from '../values/dates';
import { normalizeUnit } from '../values/measurement';

/** One week (Monday to Sunday) of a measure. */
export interface ReportWeek {
  /** The Monday the week starts on. */
  readonly week: string;
  /** The mean of the days logged, for a measure with numbers. */
  readonly mean?: number;
  /** The days answered yes, for a yes/no measure. */
  readonly done?: number;
  /** The days logged that week. */
  readonly days: number;
}

/** A tracked measure, week by week. */
export interface ReportMeasure {
  readonly name: string;
  readonly type: 'number' | 'yes-no';
  /** The declaration as written (`1-10`, `yes/no`, `hours`), when the header declares it. */
  readonly declared?: string;
  readonly unit: string;
  readonly min?: number;
  readonly max?: number;
  readonly weeks: readonly ReportWeek[];
  /** The days with a value, over all weeks. */
  readonly days: number;
  /** The latest value as written, and its date. */
  readonly latest?: { readonly date: string; readonly text: string };
  /** Values left out because the checker finds them outside the declaration (`mood: 11` on 1-10). */
  readonly leftOut: number;
  /** True when the header declares other measures but not this one, which the checker points out (often a typo: `moood`). */
  readonly undeclared: boolean;
}

/** The plan's measures in the order the header declares them, then the undeclared ones in the order first logged. */
export function trackedMeasures(plan: Plan, today: string): ReportMeasure[] {
  const entries = byDate(plan.journal.filter((e): e is MeasureEntry => e.kind === 'measure' && e.date.iso <= today));
  // Names match without regard to case, as the checker matches them; the declared spelling is shown.
  const names = new Map<string, string>();
  for (const name of [...plan.header.tracked.map((t) => t.name.text), ...entries.map((e) => e.name.text)]) {
    if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  return [...names].map(([key, name]) => {
    const declared = plan.header.tracked.find((t) => t.name.text.toLowerCase() === key);
    const measure = measureReport(name, declared, entries.filter((e) => e.name.text.toLowerCase() === key));
    return { ...measure, undeclared: declared === undefined && plan.header.tracked.length > 0 };
  });
}

function measureReport(name: string, declared: TrackedMeasure | undefined, entries: readonly MeasureEntry[]): Omit<ReportMeasure, 'undeclared'> {
  const type = declared?.type ?? (entries.length > 0 && entries.every((e) => e.answer) ? 'yes-no' : 'number');
  const unit = declared?.unit || entries.find((e) => e.quantity?.measurement?.unit)?.quantity?.measurement?.unit || '';
  // One value per day: the last one written that day, so a correction later in the day wins.
  const byDay = new Map<string, number>();
  let leftOut = 0;
  for (const entry of entries) {
    const value = valueOf(entry, type, declared);
    if (value === undefined) leftOut++;
    else byDay.set(entry.date.iso, value);
  }
  const weeks = new Map<string, number[]>();
  for (const [date, value] of byDay) {
    const week = toIso(startOfISOWeek(toDate(date)!));
    weeks.set(week, [...(weeks.get(week) ?? []), value]);
  }
  const latest = entries.at(-1);
  return {
    name,
    type,
    ...(declared?.declared && { declared: declared.declared.text }),
    unit,
    ...(declared?.min !== undefined && { min: declared.min }),
    ...(declared?.max !== undefined && { max: declared.max }),
    weeks: [...weeks].map(([week, values]) =>
      type === 'yes-no'
        ? { week, done: values.filter((v) => v === 1).length, days: values.length }
        : { week, mean: values.reduce((a, b) => a + b, 0) / values.length, days: values.length },
    ),
    days: byDay.size,
    ...(latest && { latest: { date: latest.date.iso, text: latest.answer?.text.text ?? latest.quantity?.text.text ?? '' } }),
    leftOut,
  };
}

/**
 * The value a day counts with (1 or 0 for yes/no), or undefined when it does not fit the declaration,
 * by the same tests as the `measure-out-of-range` rule.
 */
function valueOf(entry: MeasureEntry, type: ReportMeasure['type'], declared: TrackedMeasure | undefined): number | undefined {
  if (type === 'yes-no') return entry.answer ? (entry.answer.yes ? 1 : 0) : undefined;
  const m = entry.quantity?.measurement;
  if (!m) return undefined;
  const value = m.upper === undefined ? m.value : (m.value + m.upper) / 2;
  if (!declared) return value;
  const { min, max } = declared;
  if (min !== undefined && max !== undefined) {
    if (m.outOf !== undefined && m.outOf !== max) return undefined;
    if ([m.value, m.upper].some((v) => v !== undefined && (v < min || v > max))) return undefined;
  }
  if (declared.unit !== '' && m.unit !== '' && normalizeUnit(m.unit) !== normalizeUnit(declared.unit)) return undefined;
  return value;
}
