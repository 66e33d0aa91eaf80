/**
 * The report as one self-contained HTML page: inline CSS and inline SVG charts, no scripts and nothing
 * fetched, under a strict Content-Security-Policy, so it opens offline, can be mailed or archived as it is,
 * and prints cleanly. Every chart has a title, a description and the table of its numbers beside it.
 */
import { createHash } from 'node:crypto';
import type { GoalReport, ReportData } from '../../core/features/report-data';
import { formatScore, goalHeading, signed, statusText } from '../../core/report/markdown';
import { escapeXml as esc, renderChart, renderScoreChart } from '../../core/report/svg-chart';

const CSS = `
:root { color-scheme: light; --ink: #1d2329; --muted: #59606b; --rule: #d9dde2; --soft: #f5f7f9; --ok: #2e7d4f; --warn: #9a5b00; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 64rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
h3 { font-size: .95rem; margin: 1.25rem 0 .4rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.meta { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: .25rem 1.5rem; margin: 0 0 1.5rem; padding: 0 0 1rem; border-bottom: 2px solid var(--ink); }
.meta div { display: flex; flex-direction: column; }
.meta dt { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.meta dd { margin: 0; font-weight: 600; }
section.goal { border: 1px solid var(--rule); border-radius: 8px; padding: 1.25rem 1.5rem; margin: 0 0 1.5rem; }
.statement { margin: 0 0 .75rem; font-size: 1.05rem; }
.badge { display: inline-block; padding: .1rem .55rem; border-radius: 999px; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
.badge.ok { color: var(--ok); }
.badge.warn { color: var(--warn); }
.checks { margin: .4rem 0 0; padding-left: 1.2rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .75rem 0 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.path { font-variant-numeric: tabular-nums; font-weight: 600; }
.chart-row { display: grid; grid-template-columns: minmax(0, 1fr) 14rem; gap: 1rem; align-items: start; }
figure { margin: 0; }
svg.chart { width: 100%; height: auto; max-width: 640px; }
figcaption { font-size: .8rem; color: var(--muted); }
.key { display: inline-block; width: 1.4em; height: 0; border-top: 2px solid; vertical-align: middle; margin: 0 .3em 0 .8em; }
.key.line { border-color: #1f5f99; }
.key.target { border-top-style: dashed; border-color: #2e7d4f; }
.key.baseline { border-top-style: dotted; border-color: #8a6d3b; }
.key.milestone { width: .6em; height: .6em; border: 1.5px solid #7b4ea3; transform: rotate(45deg); }
table { border-collapse: collapse; width: 100%; font-size: .85rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-size: .8rem; color: var(--muted); padding-bottom: .25rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; }
td:first-child, th { white-space: nowrap; }
.sub { display: block; }
.chart-row.wide { grid-template-columns: minmax(0, 1fr) 17rem; }
.note { color: var(--muted); font-size: .85rem; }
footer { color: var(--muted); font-size: .8rem; margin-top: 2rem; }
@media (max-width: 44rem) { .chart-row, .chart-row.wide { grid-template-columns: 1fr; } }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  section.goal { break-inside: avoid; border-color: #999; }
  .chart-row { grid-template-columns: minmax(0, 1fr) 13rem; }
  @page { margin: 15mm; }
}
`;

/** Renders the report as a complete HTML document. */
export function renderHtml(report: ReportData, file: string): string {
  // A hash lets the one inline style sheet through the policy without allowing inline styles in general.
  const styleHash = createHash('sha256').update(CSS).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const meta: [string, string | undefined][] = [
    ['Client', report.client],
    ['Clinician', report.clinician],
    ['Plan start', report.start],
    ['Reviews', report.review],
    ['Report date', report.today],
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(report.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>${esc(report.title)}</h1>
<dl class="meta">
${meta.filter(([, v]) => v !== undefined).map(([k, v]) => `<div><dt>${k}</dt><dd>${esc(v!)}</dd></div>`).join('\n')}
</dl>
</header>
${report.planChecks.length > 0 ? `<section class="goal"><h2>Plan checks</h2><ul class="checks">${report.planChecks.map((c) => `<li>${esc(c.message)}</li>`).join('')}</ul></section>` : ''}
${report.goals.map((goal) => goalSection(goal, report.today)).join('\n')}
${scoreSection(report)}
<footer>Generated by goalpost report from ${esc(file)} as of ${esc(report.today)}.</footer>
</main>
</body>
</html>
`;
}

function goalSection(goal: GoalReport, today: string): string {
  const smart =
    goal.checks.length === 0
      ? '<span class="badge ok">meets the SMART checks</span>'
      : `<span class="badge warn">${goal.checks.length === 1 ? '1 check' : `${goal.checks.length} checks`} to look at</span><ul class="checks">${goal.checks.map((c) => `<li>${esc(c.message)}</li>`).join('')}</ul>`;
  const path = [goal.baseline, goal.latest, goal.target].map((v) => (v ? esc(v.text) : '–')).join(' → ');
  const facts: [string, string][] = [
    ['Status', esc(statusText(goal))],
    ['Baseline → latest → target', `<span class="path">${path}</span>`],
    ['Progress', esc(goal.progress)],
    ['Review', esc(goal.review)],
  ];
  if (goal.milestones.length > 0) facts.push(['Milestones', goal.milestones.map((m) => `${esc(m.text)} by ${esc(m.date ?? '?')}`).join('<br>')]);
  return `<section class="goal" id="goal-${esc(goal.id)}">
<h2>${esc(goalHeading(goal))}</h2>
<p class="statement">${esc(goal.statement)}</p>
<div>${smart}</div>
<dl class="facts">
${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}
</dl>
${chartBlock(goal, today)}
${levelTable(goal)}
</section>`;
}

function chartBlock(goal: GoalReport, today: string): string {
  const chart = renderChart(goal, today);
  if (chart === undefined) return '';
  const unit = goal.unit ? ` (${esc(goal.unit)})` : '';
  const baselineRow = goal.baseline?.date && goal.baseline.value !== undefined ? `<tr><td>${esc(goal.baseline.date)} <span class="note sub">baseline</span></td><td class="num">${esc(goal.baseline.amount ?? goal.baseline.text)}</td></tr>` : '';
  return `<h3>Measurements</h3>
<div class="chart-row">
<figure>
${chart}
<figcaption><span class="key line"></span>measured<span class="key baseline"></span>baseline<span class="key target"></span>target${goal.milestones.some((m) => m.value !== undefined && m.date !== undefined) ? '<span class="key milestone"></span>milestone' : ''}</figcaption>
</figure>
<table>
<caption>Measurements of ${esc(goal.id)}${unit}</caption>
<thead><tr><th scope="col">date</th><th scope="col" class="num">${goal.unit ? esc(goal.unit) : 'measured'}</th></tr></thead>
<tbody>
${baselineRow}${goal.measurements.map((p) => `<tr><td>${esc(p.date)}</td><td class="num">${esc(p.amount)}</td></tr>`).join('\n')}
</tbody>
</table>
</div>`;
}

function levelTable(goal: GoalReport): string {
  if (goal.levels.length === 0) return '';
  return `<h3>GAS levels</h3>
<table>
<thead><tr><th scope="col">date</th><th scope="col" class="num">level</th><th scope="col">what it means for this goal</th></tr></thead>
<tbody>
${goal.levels.map((l) => `<tr><td>${esc(l.date)}${l.source === 'start level' ? ' <span class="note">start</span>' : ''}</td><td class="num">${esc(l.level)}</td><td>${esc(l.meaning ?? '')}</td></tr>`).join('\n')}
</tbody>
</table>`;
}

function scoreSection(report: ReportData): string {
  if (report.gasGoals.length === 0) return '<section class="goal"><h2>GAS T-score over time</h2><p>No goal has a GAS scale, a start level or a review yet.</p></section>';
  const chart = renderScoreChart(report);
  return `<section class="goal" id="gas">
<h2>GAS T-score over time</h2>
<p class="note">Goals counted: ${esc(report.gasGoals.join(', '))} (ρ ${report.rho}). 50 means every goal is at its expected level; about 10 points per level above or below.</p>
<div class="chart-row wide">
${chart === undefined ? '' : `<figure>\n${chart}\n</figure>`}
<table>
<caption>T-scores</caption>
<thead><tr><th scope="col">date</th><th scope="col" class="num">T-score</th><th scope="col" class="num">change</th></tr></thead>
<tbody>
${report.scores.map((s) => `<tr><td>${esc(s.label)}${s.label === 'baseline' && s.date ? ` <span class="note sub">${esc(s.date)}</span>` : ''}</td><td class="num">${esc(formatScore(s))}</td><td class="num">${s.change === undefined ? '' : signed(s.change)}</td></tr>`).join('\n')}
</tbody>
</table>
</div>
</section>`;
}
