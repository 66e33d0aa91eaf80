/**
 * An abstinence goal's days free as their own chart, on an axis of days: the count climbs through
 * each run, starts again after a lapse (marked, in the client's words), and meets the milestones
 * written as day counts. Never drawn on the axis of what is being given up, such as drinks a week.
 */
import type { GoalReport } from '../features/report-data';
import { axes, COLOURS, day, diamond, dueAndToday, fmt, frame, level, moments, niceCeiling, px, svg, ticks } from './svg-parts';

const DAY_CHART_HEIGHT = 200;

/** The day-count chart of an abstinence goal, or undefined for other goals. */
export function renderDayCountChart(goal: GoalReport, today: string): string | undefined {
  const count = goal.dayCount;
  if (!count || count.runs.length === 0) return undefined;
  const milestones = goal.milestones.filter((m) => m.dayCount && m.value !== undefined && m.date !== undefined);
  const lapses = goal.timeline.filter((m) => m.kind === 'lapse' || m.kind === 'setback');
  const dates = [...count.runs.flatMap((r) => [r.from, r.to]), ...milestones.map((m) => m.date!), goal.due, today].filter((d): d is string => !!d);
  const first = Math.min(...dates.map(day));
  const last = Math.max(...dates.map(day));
  const values = [...count.runs.map((r) => r.days), ...milestones.map((m) => m.value!), count.goalDays ?? 0];
  const top = niceCeiling(Math.max(...values, 1) * 1.1);
  const f = frame(DAY_CHART_HEIGHT, first, last, 0, top);

  const parts = axes(f, ticks(0, top));
  parts.push(...dueAndToday(f, goal.due, today));
  if (count.goalDays !== undefined) parts.push(...level(f, 'target', count.goalDays, `${count.goalDays} days`));
  for (const m of milestones) parts.push(diamond(f, m.date!, m.value!, m.reachedOn !== undefined));
  // Each run is a straight climb of one day a day; the gap between runs is the lapse day.
  const line = count.runs.flatMap((r) => [`${px(f.x(r.from))},${px(f.y(0))}`, `${px(f.x(r.to))},${px(f.y(r.days))}`]).join(' ');
  parts.push(`<polyline class="count" points="${line}" fill="none" stroke="${COLOURS.line}" stroke-width="2" stroke-linejoin="round"/>`);
  const now = count.runs.at(-1)!;
  parts.push(`<circle class="count" cx="${px(f.x(now.to))}" cy="${px(f.y(now.days))}" r="3.5" fill="${COLOURS.line}"/>`);
  parts.push(...moments(f, lapses));

  const lapseWords = count.lapses === 0 ? 'no lapse so far' : count.lapses === 1 ? 'one lapse, after which the count started again' : `${count.lapses} lapses, after each of which the count started again`;
  const milestoneWords = milestones.length === 0 ? '' : ` Milestones: ${milestones.map((m) => `${fmt(m.value!)} days by ${m.date}${m.reachedOn ? ', reached' : ''}`).join('; ')}.`;
  const desc = `${capitalise(count.text)}, with ${lapseWords}.${milestoneWords}`;
  return svg(`${goal.id}-days`, DAY_CHART_HEIGHT, `${goal.id}: days free`, desc, parts);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
