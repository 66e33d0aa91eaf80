/**
 * The progress chart page of the VS Code webview: the plan's title, then one calm section per goal
 * (its statement, progress, review, and a chart with a table of the same numbers beside it), then the
 * plan's GAS T-score. Pure string building, with no `vscode` import, so that vitest can test it.
 *
 * Some of the people who read this page find busy screens hard, so it says one thing per line in
 * plain words and leaves out what the editor already shows (findings, fields, steps).
 */
import type { GoalReport, ReportData, ReportScore } from '../../../server/src/core/features/report-data';
import { signed } from '../../../server/src/core/report/markdown';
import { escapeXml as esc, renderChart, renderScoreChart } from '../../../server/src/core/report/svg-chart';

/** What the page needs from the webview around it. */
export interface ChartPageOptions {
  /** `webview.cspSource`: the origin the style sheet and the script are served from. */
  readonly cspSource: string;
  /** A fresh random value for each page; only the script that carries it may run. */
  readonly nonce: string;
  readonly styleUri: string;
  readonly scriptUri: string;
  /** The goal to scroll to when the page opens. */
  readonly focusGoal?: string;
  /** The `.goals` document shown, kept in the webview's state so that a window reload can restore the panel. */
  readonly documentUri?: string;
}

/** A plain message in place of the chart, when there is no report to show. */
export interface PanelMessage {
  readonly heading: string;
  readonly text: string;
  /** A second, smaller line, such as the error the server gave. */
  readonly detail?: string;
}

/** The whole page for a report. */
export function renderChartPage(report: ReportData, options: ChartPageOptions): string {
  return renderPage(`Progress: ${report.title}`, renderChartMain(report, options.focusGoal), options);
}

/** The whole page for a message, such as "Goalpost has not read this file yet". */
export function renderMessagePage(title: string, message: PanelMessage, options: ChartPageOptions): string {
  return renderPage(title, renderMessageMain(message), options);
}

/** The content of `<main>` for a report; the panel sends it to the page script when the plan changes. */
export function renderChartMain(report: ReportData, focusGoal?: string): string {
  const anchors = goalAnchors(report.goals);
  // When a plan repeats a goal id by mistake, the first goal of that id is the one focused.
  const focused = focusGoal === undefined ? -1 : report.goals.findIndex((g) => g.id === focusGoal);
  const meta = [`As of ${esc(report.today)}`, ...(report.client ? [esc(report.client)] : [])].join(' · ');
  const links = [
    ...report.goals.map((goal, i) => `<li><a href="#${anchors[i]}">${esc(goal.id)}</a></li>`),
    '<li><a href="#gas">T-score</a></li>',
  ];
  return [
    '<header class="plan">',
    `<h1>${esc(report.title)}</h1>`,
    `<p class="meta">${meta}</p>`,
    `<nav aria-label="Goals"><ul class="goal-links">${links.join('')}</ul></nav>`,
    '</header>',
    ...(report.goals.length === 0 ? ['<p class="empty">This plan has no goals yet.</p>'] : []),
    ...report.goals.map((goal, i) => goalSection(goal, anchors[i]!, report.today, i === focused)),
    scoreSection(report),
  ].join('\n');
}

/** The content of `<main>` for a message. */
export function renderMessageMain(message: PanelMessage): string {
  return [
    '<section class="message">',
    `<h1>${esc(message.heading)}</h1>`,
    `<p>${esc(message.text)}</p>`,
    ...(message.detail ? [`<p class="note">${esc(message.detail)}</p>`] : []),
    '</section>',
  ].join('\n');
}

/**
 * The page around the content. The policy lets in only the style sheet and the script from the
 * extension's media folder, the script only with this page's nonce, and nothing else: no inline
 * styles, no other scripts, no remote content, so a plan's text can never run as code.
 */
function renderPage(title: string, main: string, options: ChartPageOptions): string {
  const csp = `default-src 'none'; img-src ${options.cspSource}; style-src ${options.cspSource}; script-src 'nonce-${options.nonce}';`;
  // The policy's single quotes are part of it and stay readable; only what could end the attribute is escaped.
  const cspAttribute = csp.replace(/[&"<>]/g, (c) => esc(c));
  const documentAttribute = options.documentUri ? ` data-document="${esc(options.documentUri)}"` : '';
  const focusAttribute = options.focusGoal ? ` data-focus="${esc(options.focusGoal)}"` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${cspAttribute}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${esc(options.styleUri)}">
<title>${esc(title)}</title>
</head>
<body${documentAttribute}>
<main${focusAttribute}>
${main}
</main>
<script nonce="${esc(options.nonce)}" src="${esc(options.scriptUri)}"></script>
</body>
</html>
`;
}

/**
 * One anchor per goal section, `goal-<id>`. A plan can repeat an id by mistake (a rule reports it);
 * the later sections then get `-2`, `-3`, so every anchor on the page stays unique.
 */
function goalAnchors(goals: readonly GoalReport[]): string[] {
  const seen = new Map<string, number>();
  return goals.map((goal) => {
    const base = `goal-${goal.id.replace(/\s+/g, '-')}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return esc(count === 1 ? base : `${base}-${count}`);
  });
}

function goalSection(goal: GoalReport, anchor: string, today: string, focused: boolean): string {
  const status = goal.status === 'active' ? '' : ` <span class="status">${esc(goal.status)}</span>`;
  return [
    `<section class="goal${focused ? ' focused' : ''}" id="${anchor}" data-goal="${esc(goal.id)}" aria-labelledby="${anchor}-heading">`,
    `<h2 id="${anchor}-heading" tabindex="-1">${esc(goal.id)}${status}</h2>`,
    `<p class="statement">${esc(goal.statement)}</p>`,
    '<dl class="facts">',
    `<dt>Progress</dt><dd>${esc(goal.progress)}</dd>`,
    `<dt>Review</dt><dd>${esc(goal.review)}</dd>`,
    '</dl>',
    measurementBlock(goal, today),
    '</section>',
  ].join('\n');
}

/** The chart with its table beside it, or a sentence saying why there is no chart yet. */
function measurementBlock(goal: GoalReport, today: string): string {
  const chart = renderChart(goal, today);
  if (chart === undefined) {
    // Progress lines in another unit than the baseline and target are left out of the chart.
    const why = goal.latest
      ? 'No chart yet: the progress lines for this goal are in a different unit from its baseline and target.'
      : 'No measurements yet. The chart appears once the journal has a progress line for this goal.';
    return `<p class="empty">${why}</p>`;
  }
  const unit = goal.unit ? esc(goal.unit) : '';
  const baseline = goal.baseline?.date && goal.baseline.value !== undefined ? goal.baseline : undefined;
  const target = goal.target?.value !== undefined ? goal.target : undefined;
  const hasMilestones = goal.milestones.some((m) => m.value !== undefined && m.date !== undefined);
  const rows = [
    ...(baseline ? [`<tr class="baseline"><th scope="row">${esc(baseline.date!)} <span class="note">baseline</span></th><td class="num">${esc(baseline.amount ?? baseline.text)}</td></tr>`] : []),
    ...goal.measurements.map((p) => `<tr class="measured"><th scope="row">${esc(p.date)}</th><td class="num">${esc(p.amount)}</td></tr>`),
  ];
  const due = goal.due ? ` <span class="note">by ${esc(goal.due)}</span>` : '';
  return [
    '<div class="chart-row">',
    '<figure>',
    chart,
    `<figcaption class="legend" aria-hidden="true">${legend(hasMilestones)}</figcaption>`,
    '</figure>',
    '<table>',
    `<caption>Measurements of ${esc(goal.id)}${unit ? `, in ${unit}` : ''}</caption>`,
    `<thead><tr><th scope="col">Date</th><th scope="col" class="num">${unit || 'Measured'}</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    ...(target ? [`<tfoot><tr class="target"><th scope="row">Target${due}</th><td class="num">${esc(target.amount ?? target.text)}</td></tr></tfoot>`] : []),
    '</table>',
    '</div>',
  ].join('\n');
}

/** The key under a goal's chart. It repeats what the chart's title and description say, so screen readers skip it. */
function legend(milestones: boolean): string {
  const keys = ['measured', 'baseline', 'target', ...(milestones ? ['milestone'] : [])];
  return keys.map((k) => `<span class="key ${k}"></span>${k}`).join(' ');
}

function scoreSection(report: ReportData): string {
  const open = '<section class="gas" id="gas" aria-labelledby="gas-heading">\n<h2 id="gas-heading" tabindex="-1">Goal Attainment Scaling: T-score</h2>';
  if (report.gasGoals.length === 0) {
    return `${open}\n<p class="empty">There is no T-score yet: no goal has a GAS scale, a start level or a review.</p>\n</section>`;
  }
  const chart = renderScoreChart(report);
  const rows = report.scores.map(
    (s) => `<tr><th scope="row">${scoreLabel(s)}</th><td class="num">${esc(scoreText(s))}</td><td class="num">${s.change === undefined ? '' : esc(signed(s.change))}</td></tr>`,
  );
  return [
    open,
    '<p>50 means every goal is where the plan expected it to be. Each level above or below adds or takes away about 10.</p>',
    `<p class="note">Goals counted: ${esc(report.gasGoals.join(', '))}.</p>`,
    '<div class="chart-row">',
    chart === undefined ? '<p class="empty">The line appears once there is a score at the start and after a review.</p>' : `<figure>\n${chart}\n</figure>`,
    '<table>',
    '<caption>T-score at the start and at each review</caption>',
    '<thead><tr><th scope="col">Date</th><th scope="col" class="num">T-score</th><th scope="col" class="num">Change since the start</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

function scoreLabel(score: ReportScore): string {
  if (score.label !== 'baseline') return esc(score.label);
  return `Start${score.date ? ` <span class="note">${esc(score.date)}</span>` : ''}`;
}

/** A T-score to one decimal, or that there is none and why. */
function scoreText(score: ReportScore): string {
  return score.tScore === undefined ? `none: ${score.reason ?? 'no score'}` : score.tScore.toFixed(1);
}
