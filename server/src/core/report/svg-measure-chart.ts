/**
 * A small chart per tracked measure, week by week: the weekly mean of a number (`mood: 1-10`) as a
 * line on the declared range, or for a yes/no measure the days done each week as bars over the days
 * logged. The table beside it has every number it draws.
 */
import type { ReportMeasure } from '../features/report-data';
import { pluralUnit } from '../features/unit-words';
import { axes, COLOURS, day, frame, niceCeiling, px, svg, ticks } from './svg-parts';
import { formatMean, measureTitle } from './words';

const MEASURE_HEIGHT = 180;
const WEEK = 7;

/** The chart of one measure, or undefined when it has no week with a value yet. */
export function renderMeasureChart(measure: ReportMeasure): string | undefined {
  const weeks = measure.weeks;
  if (weeks.length === 0) return undefined;
  const first = day(weeks[0]!.week);
  const last = day(weeks.at(-1)!.week) + WEEK;
  const id = `measure-${measure.name}`;
  const title = `${measureTitle(measure)}: ${measure.type === 'yes-no' ? 'days done each week' : 'weekly mean'}`;
  if (measure.type === 'yes-no') {
    const f = frame(MEASURE_HEIGHT, first, last, 0, WEEK);
    const parts = axes(f, [0, 1, 2, 3, 4, 5, 6, 7]);
    const width = (f.x(iso(first + WEEK)) - f.x(iso(first))) * 0.7;
    for (const w of weeks) {
      const left = f.x(iso(day(w.week) + 0.15 * WEEK));
      parts.push(`<rect class="logged" x="${px(left)}" y="${px(f.y(w.days))}" width="${px(width)}" height="${px(f.y(0) - f.y(w.days))}" fill="${COLOURS.grid}"/>`);
      parts.push(`<rect class="bar" x="${px(left)}" y="${px(f.y(w.done ?? 0))}" width="${px(width)}" height="${px(f.y(0) - f.y(w.done ?? 0))}" fill="${COLOURS.bar}"/>`);
    }
    const done = weeks.reduce((n, w) => n + (w.done ?? 0), 0);
    const logged = weeks.reduce((n, w) => n + w.days, 0);
    const desc = `${measure.name}: done on ${done} of the ${logged} days logged, over ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}. Each bar is a week: the dark part the days done, the pale part the days logged.`;
    return svg(id, MEASURE_HEIGHT, title, desc, parts);
  }
  const means = weeks.map((w) => w.mean ?? 0);
  const bottom = measure.min ?? Math.min(0, ...means);
  const top = measure.max ?? niceCeiling(Math.max(...means, 1) * 1.1);
  const f = frame(MEASURE_HEIGHT, first, last, bottom, top);
  const parts = axes(f, ticks(bottom, top));
  // Each week's mean sits in the middle of its week.
  const at = (week: string, mean: number) => `${px(f.x(iso(day(week) + WEEK / 2)))},${px(f.y(mean))}`;
  parts.push(`<polyline class="measured" points="${weeks.map((w) => at(w.week, w.mean ?? 0)).join(' ')}" fill="none" stroke="${COLOURS.line}" stroke-width="2" stroke-linejoin="round"/>`);
  for (const w of weeks) {
    const [cx, cy] = at(w.week, w.mean ?? 0).split(',');
    parts.push(`<circle class="measured" cx="${cx}" cy="${cy}" r="3" fill="${COLOURS.line}"/>`);
  }
  const unit = measure.unit ? ` ${pluralUnit(measure.unit)}` : '';
  const range = measure.min !== undefined && measure.max !== undefined ? ` on a scale from ${measure.min} to ${measure.max}` : '';
  const desc = `${measure.name}, the mean of each week${range}: from ${formatMean(means[0]!)}${unit} in the week of ${weeks[0]!.week} to ${formatMean(means.at(-1)!)}${unit} in the week of ${weeks.at(-1)!.week}, over ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}.`;
  return svg(id, MEASURE_HEIGHT, title, desc, parts);
}

/** A day number back to its date. */
function iso(dayNumber: number): string {
  return new Date(Math.round(dayNumber * 86_400_000)).toISOString().slice(0, 10);
}
