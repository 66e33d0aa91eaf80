/**
 * The progress chart page of the VS Code webview: the plan's title, then one calm section per goal
 * (its status, statement, progress, review and milestones, a chart with a table of the same numbers
 * beside it, the days free of an abstinence goal, and its wins and setbacks in words), then the
 * tracked daily measures week by week, then the plan's GAS T-score. Pure string building, with no
 * `vscode` import, so that vitest can test it.
 *
 * Some of the people who read this page find busy screens hard, so it says one thing per line in
 * plain words and leaves out what the editor already shows (findings, fields, steps).
 */
import {
  changeText,
  escapeXml as esc,
  measureSummary,
  measureTitle,
  milestoneText,
  momentText,
  notComparableText,
  pluralUnit,
  renderChart,
  renderDayCountChart,
  renderMeasureChart,
  renderScoreChart,
  weekColumn,
  weekValue,
  type GoalReport,
  type ReportData,
  type ReportMeasure,
  type ReportScore,
} from '../../../server/src/core/report/index';

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
    ...(report.measures.length > 0 ? ['<li><a href="#measures">Daily measures</a></li>'] : []),
    '<li><a href="#gas">T-score</a></li>',
  ];
  return [
    '<header class="plan">',
    `<h1>${esc(report.title)}</h1>`,
    `<p class="meta">${meta}</p>`,
    `<nav aria-label="Goals"><ul class="goal-links">${links.join('')}</ul></nav>`,
    '</header>',
    ...(report.goals.length === 0 ? ['<p class="empty">This plan has no goals yet.</p>'] : []),
    ...(report.errors.length > 0 ? [errorNote(report)] : []),
    ...report.goals.map((goal, i) => goalSection(goal, anchors[i]!, report.today, i === focused)),
    ...(report.measures.length > 0 ? [measuresSection(report.measures)] : []),
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

/** A calm line at the top when the plan has errors: the Problems panel lists them, so the page only says so. */
function errorNote(report: ReportData): string {
  const count = report.errors.length;
  const what = count === 1 ? 'an error' : `${count} errors`;
  return `<p class="alert" role="note">This plan has ${what}, so parts of this page may be missing or not quite right. The Problems panel shows ${count === 1 ? 'it' : 'each one'}.</p>`;
}

function goalSection(goal: GoalReport, anchor: string, today: string, focused: boolean): string {
  const status = goal.status === 'active' ? '' : ` <span class="status">${esc(goal.statusText)}</span>`;
  const milestones = goal.milestones.length === 0 ? [] : [`<dt>Milestones</dt><dd>${goal.milestones.map(milestoneLine).join('<br>')}</dd>`];
  return [
    `<section class="goal${focused ? ' focused' : ''}" id="${anchor}" data-goal="${esc(goal.id)}" aria-labelledby="${anchor}-heading">`,
    `<h2 id="${anchor}-heading" tabindex="-1">${esc(goal.id)}${status}</h2>`,
    `<p class="statement">${esc(goal.statement)}</p>`,
    '<dl class="facts">',
    `<dt>Progress</dt><dd>${esc(goal.progress)}</dd>`,
    `<dt>Review</dt><dd>${esc(goal.review)}</dd>`,
    ...milestones,
    '</dl>',
    measurementBlock(goal, today),
    ...dayCountBlock(goal, today),
    ...momentsBlock(goal),
    '</section>',
  ].join('\n');
}

/** A milestone in words; a reached one with a tick, a small win shown. */
function milestoneLine(m: GoalReport['milestones'][number]): string {
  return m.reachedOn ? `<span class="reached">✓ ${esc(milestoneText(m))}</span>` : esc(milestoneText(m));
}

/** The chart with its table beside it, or a sentence saying why there is no chart yet. */
function measurementBlock(goal: GoalReport, today: string): string {
  const chart = renderChart(goal, today);
  if (chart === undefined) {
    // An abstinence goal's days free are charted below, and need no measurements.
    if (goal.dayCount) return '';
    // Progress lines in another unit than the baseline and target are left out of the chart.
    const why = goal.latest
      ? 'No chart yet: the progress lines for this goal are in a different unit from its baseline and target.'
      : 'No measurements yet. The chart appears once the journal has a progress line for this goal.';
    return `<p class="empty">${why}</p>`;
  }
  const unit = goal.unit ? esc(pluralUnit(goal.unit)) : '';
  const baseline = goal.baseline?.date && goal.baseline.value !== undefined ? goal.baseline : undefined;
  const target = goal.target?.value !== undefined ? goal.target : undefined;
  const drawn = goal.milestones.filter((m) => m.inUnit && m.value !== undefined && m.date !== undefined);
  const rows = [
    ...(baseline ? [`<tr class="baseline"><th scope="row">${esc(baseline.date!)} <span class="note">baseline</span></th><td class="num">${esc(baseline.amount ?? baseline.text)}</td></tr>`] : []),
    ...goal.measurements.map((p) => `<tr class="measured"><th scope="row">${esc(p.date)}</th><td class="num">${esc(p.amount)}</td></tr>`),
  ];
  const due = goal.due ? ` <span class="note">by ${esc(goal.due)}</span>` : '';
  const keys = ['measured', 'baseline', 'target', ...milestoneKeys(drawn), ...momentKeys(goal), ...(goal.paused.length > 0 ? ['paused'] : [])];
  return [
    '<div class="chart-row">',
    '<figure>',
    chart,
    `<figcaption class="legend" aria-hidden="true">${legend(keys)}</figcaption>`,
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

/** An abstinence goal's days free, on their own chart and axis, with the runs between lapses in a table. */
function dayCountBlock(goal: GoalReport, today: string): string[] {
  const chart = renderDayCountChart(goal, today);
  if (chart === undefined || !goal.dayCount) return [];
  const drawn = goal.milestones.filter((m) => m.dayCount && m.value !== undefined);
  const keys: Key[] = ['count', ...(goal.dayCount.goalDays !== undefined ? [['target', 'days aimed for'] as Key] : []), ...milestoneKeys(drawn), ...(goal.dayCount.lapses > 0 ? ['setback'] : [])];
  const rows = goal.dayCount.runs.map((r) => `<tr class="run"><th scope="row">${esc(r.from)}</th><td>${r.current && r.to === today ? 'today' : esc(r.to)}</td><td class="num">${r.days}</td></tr>`);
  return [
    '<h3>Days free</h3>',
    '<div class="chart-row">',
    '<figure>',
    chart,
    `<figcaption class="legend" aria-hidden="true">${legend(keys)}</figcaption>`,
    '</figure>',
    '<table>',
    `<caption>Days free of ${esc(goal.id)}, run by run; each earlier run ended with a lapse</caption>`,
    '<thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col" class="num">Days</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '</div>',
  ];
}

/** The wins and setbacks the chart marks, in words: the markers' text for anyone who does not see them. */
function momentsBlock(goal: GoalReport): string[] {
  const moments = goal.timeline.filter((m) => m.kind === 'win' || m.kind === 'setback' || m.kind === 'lapse');
  if (moments.length === 0) return [];
  const items = moments.map((m) => `<li class="is-${m.kind}"><span class="note">${esc(m.date)}</span> ${esc(momentText(m))}</li>`);
  return ['<h3>Wins and setbacks</h3>', `<ul class="moments">\n${items.join('\n')}\n</ul>`];
}

function milestoneKeys(drawn: readonly GoalReport['milestones'][number][]): string[] {
  return [...(drawn.some((m) => !m.reachedOn) ? ['milestone'] : []), ...(drawn.some((m) => m.reachedOn) ? ['reached'] : [])];
}

function momentKeys(goal: GoalReport): string[] {
  const kinds = new Set(goal.timeline.map((m) => m.kind));
  return [...(kinds.has('win') ? ['win'] : []), ...(kinds.has('setback') || kinds.has('lapse') ? ['setback'] : [])];
}

/** The tracked daily measures, each as a small chart of its weeks with the table of the same numbers. */
function measuresSection(measures: readonly ReportMeasure[]): string {
  const blocks = measures.map((m) => {
    const chart = renderMeasureChart(m);
    const head = [`<h3>${esc(measureTitle(m))}</h3>`, `<p class="note">${esc(measureSummary(m, 'the Problems panel'))}</p>`];
    if (chart === undefined) return head.join('\n');
    const rows = m.weeks.map((w) => `<tr><th scope="row">${esc(w.week)}</th><td class="num">${esc(weekValue(m, w))}</td><td class="num">${w.days}</td></tr>`);
    return [
      ...head,
      '<div class="chart-row">',
      `<figure>\n${chart}\n</figure>`,
      '<table>',
      `<caption>${esc(m.name)}, week by week${m.type === 'yes-no' ? ': days done of the days logged' : ''}</caption>`,
      `<thead><tr><th scope="col">Week of</th><th scope="col" class="num">${esc(capitalise(weekColumn(m)))}</th><th scope="col" class="num">${m.type === 'yes-no' ? 'Logged' : 'Days'}</th></tr></thead>`,
      `<tbody>\n${rows.join('\n')}\n</tbody>`,
      '</table>',
      '</div>',
    ].join('\n');
  });
  return ['<section class="measures" id="measures" aria-labelledby="measures-heading">', '<h2 id="measures-heading" tabindex="-1">Daily measures</h2>', ...blocks, '</section>'].join('\n');
}

/** A key of a chart's legend: the class of its swatch, or the class and the words when they differ from the usual ones. */
type Key = string | readonly [string, string];

/** The key under a chart. It repeats what the chart's title and description say, so screen readers skip it. */
function legend(keys: readonly Key[]): string {
  const words: Record<string, string> = { reached: 'milestone reached', count: 'days free', setback: 'setback or lapse' };
  return keys
    .map((key) => {
      const [swatch, word] = typeof key === 'string' ? [key, words[key] ?? key] : key;
      return `<span class="key ${swatch}"></span>${word}`;
    })
    .join(' ');
}

function scoreSection(report: ReportData): string {
  const open = '<section class="gas" id="gas" aria-labelledby="gas-heading">\n<h2 id="gas-heading" tabindex="-1">Goal Attainment Scaling: T-score</h2>';
  if (report.gasGoals.length === 0) {
    return `${open}\n<p class="empty">There is no T-score yet: no goal has a GAS scale, a start level or a review.</p>\n</section>`;
  }
  const chart = renderScoreChart(report);
  const rows = report.scores.map(
    (s) => `<tr><th scope="row">${scoreLabel(s)}${s.comparable ? '' : ' <span class="mark">†</span>'}</th><td class="num">${esc(scoreText(s))}</td><td class="num">${esc(changeText(s))}</td></tr>`,
  );
  const caveats = report.scores.map(notComparableText).filter((n): n is string => n !== undefined);
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
    ...(caveats.length > 0 ? [`<ul class="caveats">${caveats.map((c) => `<li><span class="mark">†</span> ${esc(c)}</li>`).join('')}</ul>`] : []),
    '</section>',
  ].join('\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function scoreLabel(score: ReportScore): string {
  if (score.label !== 'baseline') return esc(score.label);
  return `Start${score.date ? ` <span class="note">${esc(score.date)}</span>` : ''}`;
}

/** A T-score to one decimal, or that there is none and why. */
function scoreText(score: ReportScore): string {
  return score.tScore === undefined ? `none: ${score.reason ?? 'no score'}` : score.tScore.toFixed(1);
}
