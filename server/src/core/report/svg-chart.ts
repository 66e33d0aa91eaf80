/**
 * One goal's measurements over time as an SVG chart: the measured line against the baseline, the
 * milestones and the target, with the due date and today marked.
 *
 * Plain SVG written as text, not a charting library: the report must be one self-contained file that
 * opens offline, passes a strict Content-Security-Policy (no scripts, nothing fetched) and prints crisply,
 * and a chart this simple does not justify a dependency. Colours are presentation attributes, not `style`
 * attributes, so the policy need not allow inline styles.
 *
 * Every element also carries a class naming what it shows (`grid`, `axis`, `measured`, `target`, `baseline`,
 * `milestone`, `due`, `today`, `score`), so that a stylesheet can recolour the chart: the VS Code chart view
 * uses the editor theme's colours, and any CSS rule beats a presentation attribute.
 */
import type { GoalReport, ReportData } from '../features/report-data';

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 96, bottom: 32, left: 44 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const DAY = 86_400_000;

const COLOURS = { line: '#1f5f99', target: '#2e7d4f', baseline: '#8a6d3b', milestone: '#7b4ea3', grid: '#e3e6ea', axis: '#59606b', today: '#b03a2e' };

/** Escapes text for XML and HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fmt = (n: number) => String(Math.round(n * 100) / 100);
const px = (n: number) => n.toFixed(1);

/** The chart of a goal's measurements, or undefined when it has none; its title and desc ids carry the goal id. */
export function renderChart(goal: GoalReport, today: string): string | undefined {
  const points = goal.measurements;
  if (points.length === 0) return undefined;
  const baseline = goal.baseline?.value !== undefined ? goal.baseline : undefined;
  const target = goal.target?.value;
  const milestones = goal.milestones.filter((m) => m.value !== undefined && m.date !== undefined);

  // The time axis runs from the earliest dated fact to the due date (or the last measurement), with today inside.
  const dates = [...points.map((p) => p.date), ...milestones.map((m) => m.date!), baseline?.date, goal.start, goal.due].filter((d): d is string => !!d);
  const first = Math.min(...dates.map(day));
  const last = Math.max(...dates.map(day), Math.min(day(today), Math.max(...dates.map(day)) + 14));
  const values = [...points.map((p) => p.value), ...milestones.map((m) => m.value!), baseline?.value, target].filter((v): v is number => v !== undefined);
  const top = niceCeiling(Math.max(...values, 0) * 1.1 || 1);
  const bottom = Math.min(0, ...values);
  const x = (iso: string) => MARGIN.left + ((day(iso) - first) / Math.max(last - first, 1)) * PLOT_W;
  const y = (v: number) => MARGIN.top + PLOT_H - ((v - bottom) / (top - bottom)) * PLOT_H;
  const unit = goal.unit ? ` ${goal.unit}` : '';

  const parts: string[] = [];
  // Horizontal grid lines with the value scale.
  for (const tick of ticks(bottom, top)) {
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${px(y(tick))}" y2="${px(y(tick))}" stroke="${COLOURS.grid}"/>`);
    parts.push(`<text class="axis" x="${MARGIN.left - 6}" y="${px(y(tick) + 4)}" text-anchor="end" font-size="11" fill="${COLOURS.axis}">${fmt(tick)}</text>`);
  }
  // Month labels on the time axis.
  for (const month of months(first, last)) {
    const mx = x(month.iso);
    parts.push(`<line class="axis" x1="${px(mx)}" x2="${px(mx)}" y1="${MARGIN.top + PLOT_H}" y2="${MARGIN.top + PLOT_H + 4}" stroke="${COLOURS.axis}"/>`);
    parts.push(`<text class="axis" x="${px(mx)}" y="${MARGIN.top + PLOT_H + 17}" text-anchor="middle" font-size="11" fill="${COLOURS.axis}">${month.label}</text>`);
  }
  parts.push(`<line class="axis" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${MARGIN.top + PLOT_H}" y2="${MARGIN.top + PLOT_H}" stroke="${COLOURS.axis}"/>`);
  // The due date and today, as vertical rules labelled at the top.
  const rule = (iso: string, label: 'due' | 'today', colour: string, side: 'left' | 'right' | 'centre') => {
    if (day(iso) < first || day(iso) > last) return;
    const rx = px(x(iso));
    const [tx, anchor] = side === 'left' ? [px(x(iso) - 2), 'end'] : side === 'right' ? [px(x(iso) + 2), 'start'] : [rx, 'middle'];
    parts.push(`<line class="${label}" x1="${rx}" x2="${rx}" y1="${MARGIN.top}" y2="${MARGIN.top + PLOT_H}" stroke="${colour}" stroke-dasharray="2 3"/>`);
    parts.push(`<text class="${label}" x="${tx}" y="${MARGIN.top - 4}" text-anchor="${anchor}" font-size="10" fill="${colour}">${label}</text>`);
  };
  // A due date a few days from today would run its label into today's ('todaydue'): each then goes to its own side.
  const apart = goal.due === undefined || Math.abs(x(goal.due) - x(today)) >= 28;
  const dueLater = goal.due !== undefined && goal.due >= today;
  if (goal.due) rule(goal.due, 'due', COLOURS.axis, apart ? 'centre' : dueLater ? 'right' : 'left');
  rule(today, 'today', COLOURS.today, apart ? 'centre' : dueLater ? 'left' : 'right');
  // The target and the baseline as horizontal lines labelled at the right.
  const level = (kind: 'baseline' | 'target', value: number, colour: string, dash: string) => {
    parts.push(`<line class="${kind}" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${px(y(value))}" y2="${px(y(value))}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="${dash}"/>`);
    parts.push(`<text class="${kind}" x="${MARGIN.left + PLOT_W + 6}" y="${px(y(value) + 4)}" font-size="11" fill="${colour}">${kind} ${fmt(value)}</text>`);
  };
  if (baseline) level('baseline', baseline.value!, COLOURS.baseline, '1 3');
  if (target !== undefined) level('target', target, COLOURS.target, '6 4');
  // Milestones as diamonds where the plan expects to be.
  for (const m of milestones) {
    const mx = x(m.date!);
    const my = y(m.value!);
    parts.push(`<path class="milestone" d="M${px(mx)} ${px(my - 6)}l6 6-6 6-6-6z" fill="#fff" stroke="${COLOURS.milestone}" stroke-width="1.5"/>`);
  }
  // The measurements: a line through them, a dot on each.
  const line = points.map((p) => `${px(x(p.date))},${px(y(p.value))}`).join(' ');
  parts.push(`<polyline class="measured" points="${line}" fill="none" stroke="${COLOURS.line}" stroke-width="2" stroke-linejoin="round"/>`);
  for (const p of points) parts.push(`<circle class="measured" cx="${px(x(p.date))}" cy="${px(y(p.value))}" r="3" fill="${COLOURS.line}"/>`);
  if (baseline?.date) parts.push(`<circle class="baseline" cx="${px(x(baseline.date))}" cy="${px(y(baseline.value!))}" r="3.5" fill="#fff" stroke="${COLOURS.baseline}" stroke-width="1.5"/>`);

  const titleId = `chart-${goal.id}-title`;
  const descId = `chart-${goal.id}-desc`;
  const title = `${goal.id}: measurements over time${unit ? ` (${goal.unit})` : ''}`;
  return [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${escapeXml(titleId)} ${escapeXml(descId)}" font-family="system-ui, sans-serif">`,
    `<title id="${escapeXml(titleId)}">${escapeXml(title)}</title>`,
    `<desc id="${escapeXml(descId)}">${escapeXml(describe(goal, unit))}</desc>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The plan's GAS T-score at each dated point, against the line of 50 (every goal at its expected level). */
export function renderScoreChart(report: ReportData): string | undefined {
  const points = report.scores.filter((s): s is typeof s & { date: string; tScore: number } => s.date !== undefined && s.tScore !== undefined);
  if (points.length < 2) return undefined;
  const first = day(points[0]!.date);
  // A little room after the last date keeps its label clear of the 'expected 50' label at the right.
  const last = day(points.at(-1)!.date) + Math.max((day(points.at(-1)!.date) - first) * 0.08, 1);
  const bottom = Math.min(20, Math.floor(Math.min(...points.map((p) => p.tScore)) / 10) * 10);
  const top = Math.max(70, Math.ceil(Math.max(...points.map((p) => p.tScore)) / 10) * 10);
  const x = (iso: string) => MARGIN.left + ((day(iso) - first) / (last - first)) * PLOT_W;
  const y = (v: number) => MARGIN.top + PLOT_H - ((v - bottom) / (top - bottom)) * PLOT_H;
  const parts: string[] = [];
  for (let tick = bottom; tick <= top; tick += 10) {
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${px(y(tick))}" y2="${px(y(tick))}" stroke="${COLOURS.grid}"/>`);
    parts.push(`<text class="axis" x="${MARGIN.left - 6}" y="${px(y(tick) + 4)}" text-anchor="end" font-size="11" fill="${COLOURS.axis}">${tick}</text>`);
  }
  for (const month of months(first, last)) {
    parts.push(`<text class="axis" x="${px(x(month.iso))}" y="${MARGIN.top + PLOT_H + 17}" text-anchor="middle" font-size="11" fill="${COLOURS.axis}">${month.label}</text>`);
  }
  parts.push(`<line class="target" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${px(y(50))}" y2="${px(y(50))}" stroke="${COLOURS.target}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
  parts.push(`<text class="target" x="${MARGIN.left + PLOT_W + 6}" y="${px(y(50) + 4)}" font-size="11" fill="${COLOURS.target}">expected 50</text>`);
  parts.push(`<polyline class="score" points="${points.map((p) => `${px(x(p.date))},${px(y(p.tScore))}`).join(' ')}" fill="none" stroke="${COLOURS.line}" stroke-width="2" stroke-linejoin="round"/>`);
  for (const p of points) {
    parts.push(`<circle class="score" cx="${px(x(p.date))}" cy="${px(y(p.tScore))}" r="3" fill="${COLOURS.line}"/>`);
    parts.push(`<text class="score" x="${px(x(p.date))}" y="${px(y(p.tScore) - 8)}" text-anchor="middle" font-size="10" fill="${COLOURS.axis}">${p.tScore.toFixed(1)}</text>`);
  }
  const firstPoint = points[0]!;
  const lastPoint = points.at(-1)!;
  return [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="chart-gas-title chart-gas-desc" font-family="system-ui, sans-serif">`,
    '<title id="chart-gas-title">GAS T-score over time</title>',
    `<desc id="chart-gas-desc">The plan's T-score went from ${firstPoint.tScore.toFixed(1)} on ${firstPoint.date} to ${lastPoint.tScore.toFixed(1)} on ${lastPoint.date}, over ${points.length} dates; 50 means every goal is at its expected level.</desc>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The chart in one or two sentences, for screen readers; the table beside it has every number. */
function describe(goal: GoalReport, unit: string): string {
  const points = goal.measurements;
  const first = points[0]!;
  const last = points.at(-1)!;
  const from = goal.baseline?.value !== undefined ? `from a baseline of ${fmt(goal.baseline.value)}${unit}` : `from ${fmt(first.value)}${unit} on ${first.date}`;
  const target = goal.target?.value !== undefined ? `, against a target of ${fmt(goal.target.value)}${unit}` : '';
  const milestones = goal.milestones.length > 0 ? ` Milestones: ${goal.milestones.map((m) => `${m.text} by ${m.date}`).join('; ')}.` : '';
  return `${points.length} measurements ${from} to ${fmt(last.value)}${unit} on ${last.date}${target}.${milestones}`;
}

/** A round number at or above `n`: 1, 2, 2.5 or 5 times a power of ten. */
function niceCeiling(n: number): number {
  const power = 10 ** Math.floor(Math.log10(n));
  return ([1, 2, 2.5, 5, 10].find((f) => f * power >= n) ?? 10) * power;
}

/** Four or five evenly spaced values from `low` to `high`. */
function ticks(low: number, high: number): number[] {
  const step = niceCeiling((high - low) / 5);
  const out: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The first day of each month between two day numbers, labelled `Oct` (or `Jan 2027` at a new year). */
function months(first: number, last: number): { iso: string; label: string }[] {
  const out: { iso: string; label: string }[] = [];
  const start = new Date(first * DAY);
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); d.getTime() / DAY <= last; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    const month = d.getUTCMonth();
    out.push({ iso: d.toISOString().slice(0, 10), label: month === 0 ? `${MONTHS[0]} ${d.getUTCFullYear()}` : MONTHS[month]! });
  }
  // Over a long plan, every month labelled would crowd the axis: keep every second or third.
  const every = Math.ceil(out.length / 8);
  return out.filter((_, i) => i % every === 0);
}
