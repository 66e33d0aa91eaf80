/**
 * What every chart of the report draws the same way: escaping, the plot frame, value and month
 * axes, dated rules, and the markers for wins and setbacks. Each element carries a class naming what
 * it shows, so the extension's style sheet can recolour it with the editor theme.
 */
import type { ReportMoment } from '../features/report-data';

export const WIDTH = 640;
export const HEIGHT = 240;
export const MARGIN = { top: 16, right: 96, bottom: 32, left: 44 };
export const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
export const DAY = 86_400_000;

export const COLOURS = {
  line: '#1f5f99',
  target: '#2e7d4f',
  baseline: '#8a6d3b',
  milestone: '#7b4ea3',
  grid: '#e3e6ea',
  axis: '#59606b',
  today: '#b03a2e',
  win: '#2e7d4f',
  setback: '#b45309',
  bar: '#5b8fc7',
  paused: '#eef0f3',
} as const;

/** Escapes text for XML and HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
export const fmt = (n: number) => String(Math.round(n * 100) / 100);
export const px = (n: number) => n.toFixed(1);

/** A plot area: its height, and the scales from dates and values to coordinates. */
export interface Frame {
  readonly height: number;
  readonly plotH: number;
  readonly first: number;
  readonly last: number;
  readonly bottom: number;
  readonly top: number;
  readonly x: (iso: string) => number;
  readonly y: (value: number) => number;
}

/** The scales of a plot `height` pixels high, from the days `first` to `last` and the values `bottom` to `top`. */
export function frame(height: number, first: number, last: number, bottom: number, top: number): Frame {
  const plotH = height - MARGIN.top - MARGIN.bottom;
  return {
    height,
    plotH,
    first,
    last,
    bottom,
    top,
    x: (iso) => MARGIN.left + ((day(iso) - first) / Math.max(last - first, 1)) * PLOT_W,
    y: (v) => MARGIN.top + plotH - ((v - bottom) / Math.max(top - bottom, 1e-9)) * plotH,
  };
}

/** Horizontal grid lines labelled with `tickValues`, month labels along the bottom, and the time axis. */
export function axes(f: Frame, tickValues: readonly number[], label: (v: number) => string = fmt): string[] {
  const parts: string[] = [];
  const base = MARGIN.top + f.plotH;
  for (const tick of tickValues) {
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${px(f.y(tick))}" y2="${px(f.y(tick))}" stroke="${COLOURS.grid}"/>`);
    parts.push(`<text class="axis" x="${MARGIN.left - 6}" y="${px(f.y(tick) + 4)}" text-anchor="end" font-size="11" fill="${COLOURS.axis}">${escapeXml(label(tick))}</text>`);
  }
  for (const month of months(f.first, f.last)) {
    const mx = f.x(month.iso);
    parts.push(`<line class="axis" x1="${px(mx)}" x2="${px(mx)}" y1="${base}" y2="${base + 4}" stroke="${COLOURS.axis}"/>`);
    parts.push(`<text class="axis" x="${px(mx)}" y="${base + 17}" text-anchor="middle" font-size="11" fill="${COLOURS.axis}">${month.label}</text>`);
  }
  parts.push(`<line class="axis" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${base}" y2="${base}" stroke="${COLOURS.axis}"/>`);
  return parts;
}

/** A horizontal line across the plot at `value`, labelled at the right: the target, the baseline. */
export function level(f: Frame, kind: 'baseline' | 'target', value: number, text: string): string[] {
  const colour = kind === 'target' ? COLOURS.target : COLOURS.baseline;
  const dash = kind === 'target' ? '6 4' : '1 3';
  return [
    `<line class="${kind}" x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_W}" y1="${px(f.y(value))}" y2="${px(f.y(value))}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="${dash}"/>`,
    `<text class="${kind}" x="${MARGIN.left + PLOT_W + 6}" y="${px(f.y(value) + 4)}" font-size="11" fill="${colour}">${escapeXml(text)}</text>`,
  ];
}

/** The due date and today, as vertical rules labelled at the top, each to its own side when they are close. */
export function dueAndToday(f: Frame, due: string | undefined, today: string): string[] {
  const parts: string[] = [];
  const rule = (iso: string, label: 'due' | 'today', colour: string, side: 'left' | 'right' | 'centre') => {
    if (day(iso) < f.first || day(iso) > f.last) return;
    const rx = px(f.x(iso));
    const [tx, anchor] = side === 'left' ? [px(f.x(iso) - 2), 'end'] : side === 'right' ? [px(f.x(iso) + 2), 'start'] : [rx, 'middle'];
    parts.push(`<line class="${label}" x1="${rx}" x2="${rx}" y1="${MARGIN.top}" y2="${MARGIN.top + f.plotH}" stroke="${colour}" stroke-dasharray="2 3"/>`);
    parts.push(`<text class="${label}" x="${tx}" y="${MARGIN.top - 4}" text-anchor="${anchor}" font-size="10" fill="${colour}">${label}</text>`);
  };
  // A due date a few days from today would run its label into today's ('todaydue'): each then goes to its own side.
  const apart = due === undefined || Math.abs(f.x(due) - f.x(today)) >= 28;
  const dueLater = due !== undefined && due >= today;
  if (due) rule(due, 'due', COLOURS.axis, apart ? 'centre' : dueLater ? 'right' : 'left');
  rule(today, 'today', COLOURS.today, apart ? 'centre' : dueLater ? 'left' : 'right');
  return parts;
}

/** Pale bands over the spans a goal was paused, behind everything else: time that asks nothing of the goal. */
export function pausedBands(f: Frame, spans: readonly { from: string; to: string }[]): string[] {
  return spans.flatMap((s) => {
    const from = Math.max(day(s.from), f.first);
    const to = Math.min(day(s.to), f.last);
    if (to <= from) return [];
    const x1 = MARGIN.left + ((from - f.first) / Math.max(f.last - f.first, 1)) * PLOT_W;
    const x2 = MARGIN.left + ((to - f.first) / Math.max(f.last - f.first, 1)) * PLOT_W;
    return [`<rect class="paused" x="${px(x1)}" y="${MARGIN.top}" width="${px(x2 - x1)}" height="${px(f.plotH)}" fill="${COLOURS.paused}"/>`];
  });
}

/** A diamond at a milestone; a reached one is filled, a small win shown. */
export function diamond(f: Frame, iso: string, value: number, reached: boolean): string {
  const mx = f.x(iso);
  const my = f.y(value);
  const fill = reached ? COLOURS.milestone : '#fff';
  return `<path class="${reached ? 'reached' : 'milestone'}" d="M${px(mx)} ${px(my - 6)}l6 6-6 6-6-6z" fill="${fill}" stroke="${COLOURS.milestone}" stroke-width="1.5"/>`;
}

/**
 * Wins as small triangles pointing up and setbacks (lapses too) as triangles pointing down, along
 * the foot of the plot at their dates, each with its words as a tooltip. Setbacks are shown as
 * what happened, never as a drop in the line.
 */
export function moments(f: Frame, list: readonly ReportMoment[]): string[] {
  const foot = MARGIN.top + f.plotH;
  return list.flatMap((m) => {
    if (m.kind !== 'win' && m.kind !== 'setback' && m.kind !== 'lapse') return [];
    const day0 = day(m.date);
    if (day0 < f.first || day0 > f.last) return [];
    const mx = px(f.x(m.date));
    const title = `<title>${escapeXml(`${m.label} on ${m.date}${m.text ? `: ${m.text}` : ''}`)}</title>`;
    if (m.kind === 'win') return [`<path class="win" d="M${mx} ${px(foot - 13)}l5 9h-10z" fill="${COLOURS.win}">${title}</path>`];
    return [`<path class="setback" d="M${mx} ${px(foot - 4)}l5 -9h-10z" fill="${COLOURS.setback}">${title}</path>`];
  });
}

/** The `<svg>` element around a chart's parts, labelled by its title and description. */
export function svg(id: string, height: number, title: string, desc: string, parts: readonly string[]): string {
  const titleId = escapeXml(`chart-${id}-title`);
  const descId = escapeXml(`chart-${id}-desc`);
  return [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="system-ui, sans-serif">`,
    `<title id="${titleId}">${escapeXml(title)}</title>`,
    `<desc id="${descId}">${escapeXml(desc)}</desc>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** A round number at or above `n`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeiling(n: number): number {
  const power = 10 ** Math.floor(Math.log10(n));
  return ([1, 2, 2.5, 5, 10].find((f) => f * power >= n) ?? 10) * power;
}

/** Four or five evenly spaced values from `low` to `high`. */
export function ticks(low: number, high: number): number[] {
  const step = niceCeiling((high - low) / 5);
  const out: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The first day of each month between two day numbers, labelled `Oct` (or `Jan 2027` at a new year). */
export function months(first: number, last: number): { iso: string; label: string }[] {
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
