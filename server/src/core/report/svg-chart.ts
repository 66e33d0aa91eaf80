/**
 * One goal's measurements over time as an SVG chart: the measured line against the baseline, the
 * milestones (filled once reached) and the target, with wins and setbacks marked along its foot and
 * the due date and today marked; and the plan's GAS T-score over time.
 *
 * Plain SVG written as text, not a charting library: the report must be one self-contained file that
 * opens offline, passes a strict Content-Security-Policy (no scripts, nothing fetched) and prints crisply,
 * and a chart this simple does not justify a dependency. Colours are presentation attributes, not `style`
 * attributes, so the policy need not allow inline styles.
 *
 * Every element also carries a class naming what it shows (`grid`, `axis`, `measured`, `target`, `baseline`,
 * `milestone`, `reached`, `win`, `setback`, `due`, `today`, `score`, `partial`), so that a stylesheet can
 * recolour the chart: the VS Code chart view uses the editor theme's colours, and any CSS rule beats a
 * presentation attribute.
 */
import type { GoalReport, ReportData } from '../features/report-data';
import { pluralUnit } from '../features/unit-words';
import { axes, COLOURS, day, diamond, dueAndToday, fmt, frame, HEIGHT, level, MARGIN, moments, niceCeiling, pausedBands, PLOT_W, px, svg, ticks } from './svg-parts';

export { escapeXml } from './svg-parts';
export { renderDayCountChart } from './svg-day-chart';
export { renderMeasureChart } from './svg-measure-chart';

/** The chart of a goal's measurements, or undefined when it has none; its title and desc ids carry the goal id. */
export function renderChart(goal: GoalReport, today: string): string | undefined {
  const points = goal.measurements;
  if (points.length === 0) return undefined;
  const baseline = goal.baseline?.value !== undefined ? goal.baseline : undefined;
  const target = goal.target?.value;
  const milestones = goal.milestones.filter((m) => m.inUnit && m.value !== undefined && m.date !== undefined);
  const marked = goal.timeline.filter((m) => m.kind === 'win' || m.kind === 'setback' || m.kind === 'lapse');

  // The time axis runs from the earliest dated fact to the due date (or the last measurement), with today inside.
  const dates = [...points.map((p) => p.date), ...milestones.map((m) => m.date!), ...marked.map((m) => m.date), baseline?.date, goal.start, goal.due].filter((d): d is string => !!d);
  const first = Math.min(...dates.map(day));
  const last = Math.max(...dates.map(day), Math.min(day(today), Math.max(...dates.map(day)) + 14));
  const values = [...points.map((p) => p.value), ...milestones.map((m) => m.value!), baseline?.value, target].filter((v): v is number => v !== undefined);
  const top = niceCeiling(Math.max(...values, 0) * 1.1 || 1);
  const bottom = Math.min(0, ...values);
  const f = frame(HEIGHT, first, last, bottom, top);
  const unit = goal.unit ? ` ${pluralUnit(goal.unit)}` : '';

  const parts = [...pausedBands(f, goal.paused), ...axes(f, ticks(bottom, top))];
  parts.push(...dueAndToday(f, goal.due, today));
  if (baseline) parts.push(...level(f, 'baseline', baseline.value!, `baseline ${fmt(baseline.value!)}`));
  if (target !== undefined) parts.push(...level(f, 'target', target, `target ${fmt(target)}`));
  for (const m of milestones) parts.push(diamond(f, m.date!, m.value!, m.reachedOn !== undefined));
  // The measurements: a line through them, a dot on each.
  const line = points.map((p) => `${px(f.x(p.date))},${px(f.y(p.value))}`).join(' ');
  parts.push(`<polyline class="measured" points="${line}" fill="none" stroke="${COLOURS.line}" stroke-width="2" stroke-linejoin="round"/>`);
  for (const p of points) parts.push(`<circle class="measured" cx="${px(f.x(p.date))}" cy="${px(f.y(p.value))}" r="3" fill="${COLOURS.line}"/>`);
  if (baseline?.date) parts.push(`<circle class="baseline" cx="${px(f.x(baseline.date))}" cy="${px(f.y(baseline.value!))}" r="3.5" fill="#fff" stroke="${COLOURS.baseline}" stroke-width="1.5"/>`);
  parts.push(...moments(f, marked));

  const title = `${goal.id}: measurements over time${unit ? ` (${pluralUnit(goal.unit)})` : ''}`;
  return svg(goal.id, HEIGHT, title, describe(goal, unit, milestones.length > 0, marked.length), parts);
}

/** The plan's GAS T-score at each dated point, against the line of 50; a score that is not like for like is drawn hollow. */
export function renderScoreChart(report: ReportData): string | undefined {
  const points = report.scores.filter((s): s is typeof s & { date: string; tScore: number } => s.date !== undefined && s.tScore !== undefined);
  if (points.length < 2) return undefined;
  const first = day(points[0]!.date);
  // A little room after the last date keeps its label clear of the 'expected 50' label at the right.
  const last = day(points.at(-1)!.date) + Math.max((day(points.at(-1)!.date) - first) * 0.08, 1);
  const bottom = Math.min(20, Math.floor(Math.min(...points.map((p) => p.tScore)) / 10) * 10);
  const top = Math.max(70, Math.ceil(Math.max(...points.map((p) => p.tScore)) / 10) * 10);
  const f = frame(HEIGHT, first, last, bottom, top);
  const tens: number[] = [];
  for (let tick = bottom; tick <= top; tick += 10) tens.push(tick);
  const parts = axes(f, tens).filter((p) => !p.startsWith('<line class="axis"'));
  parts.push(
    `<line class="target" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${px(f.y(50))}" y2="${px(f.y(50))}" stroke="${COLOURS.target}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    `<text class="target" x="${MARGIN.left + PLOT_W + 6}" y="${px(f.y(50) + 4)}" font-size="11" fill="${COLOURS.target}">expected 50</text>`,
    `<polyline class="score" points="${points.map((p) => `${px(f.x(p.date))},${px(f.y(p.tScore))}`).join(' ')}" fill="none" stroke="${COLOURS.line}" stroke-width="2" stroke-linejoin="round"/>`,
  );
  for (const p of points) {
    const at = `cx="${px(f.x(p.date))}" cy="${px(f.y(p.tScore))}"`;
    parts.push(p.comparable ? `<circle class="score" ${at} r="3" fill="${COLOURS.line}"/>` : `<circle class="partial" ${at} r="3.5" fill="#fff" stroke="${COLOURS.line}" stroke-width="1.5"/>`);
    parts.push(`<text class="score" x="${px(f.x(p.date))}" y="${px(f.y(p.tScore) - 8)}" text-anchor="middle" font-size="10" fill="${COLOURS.axis}">${p.tScore.toFixed(1)}${p.comparable ? '' : ' †'}</text>`);
  }
  const firstPoint = points[0]!;
  const lastPoint = points.at(-1)!;
  const partial = points.filter((p) => !p.comparable).map((p) => p.date);
  const caveat = partial.length === 0 ? '' : ` Not like for like, drawn hollow: ${partial.join(', ')}.`;
  const desc = `The plan's T-score went from ${firstPoint.tScore.toFixed(1)} on ${firstPoint.date} to ${lastPoint.tScore.toFixed(1)} on ${lastPoint.date}, over ${points.length} dates; 50 means every goal is at its expected level.${caveat}`;
  return svg('gas', HEIGHT, 'GAS T-score over time', desc, parts);
}

/** The chart in one or two sentences, for screen readers; the table beside it has every number. */
function describe(goal: GoalReport, unit: string, milestones: boolean, marked: number): string {
  const points = goal.measurements;
  const first = points[0]!;
  const last = points.at(-1)!;
  const from = goal.baseline?.value !== undefined ? `from a baseline of ${fmt(goal.baseline.value)}${unit}` : `from ${fmt(first.value)}${unit} on ${first.date}`;
  const target = goal.target?.value !== undefined ? `, against a target of ${fmt(goal.target.value)}${unit}` : '';
  const shown = goal.milestones.filter((m) => m.inUnit);
  const list = milestones ? ` Milestones: ${shown.map((m) => `${m.text} by ${m.date}${m.reachedOn ? ', reached' : ''}`).join('; ')}.` : '';
  const moments = marked === 0 ? '' : ` Wins and setbacks are marked along the bottom (${marked}).`;
  const paused = goal.paused.length === 0 ? '' : ` Shaded: paused ${goal.paused.map((p) => `from ${p.from} to ${p.to}`).join(' and ')}.`;
  return `${points.length} measurements ${from} to ${fmt(last.value)}${unit} on ${last.date}${target}.${list}${moments}${paused}`;
}
