// The progress chart page of the VS Code extension, rendered from the samples' reports as of a fixed
// date: its security policy, its charts and the tables beside them, escaping, and the goal anchors.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderChartMain, renderChartPage, type ChartPageOptions } from '../../client/src/chart/chart-html';
import { documentContext, reportData, type GoalReport, type ReportData } from '../../server/src/core/index';

const TODAY = '2026-11-25';
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const OPTIONS: ChartPageOptions = {
  cspSource: CSP_SOURCE,
  nonce: 'dGVzdC1ub25jZS0xMjM0NQ==',
  styleUri: `${CSP_SOURCE}/work/client/media/chart.css`,
  scriptUri: `${CSP_SOURCE}/work/client/media/chart.js`,
  documentUri: 'file:///work/plans/priya.goals',
};

const samplesDir = new URL('../../samples/', import.meta.url);
const samples = readdirSync(samplesDir).filter((name) => name.endsWith('.goals'));

function reportOf(text: string): ReportData {
  const context = documentContext(text, { today: TODAY });
  return reportData(context, context.snapshot.analyze({ today: TODAY }).diagnostics);
}

const sample = (name: string) => reportOf(readFileSync(new URL(name, samplesDir), 'utf8'));

/** A goal's section of the page, from its opening tag to its end. */
function sectionOf(page: string, anchor: string): string {
  const match = new RegExp(`<section class="goal[^"]*" id="${escapeRegExp(anchor)}"[^]*?</section>`).exec(page);
  expect(match, `no section ${anchor}`).not.toBeNull();
  return match![0];
}

/** The date and value of each row of a given class in a table, as the page writes them. */
function rows(section: string, kind: string): [string, string][] {
  return [...section.matchAll(new RegExp(`<tr class="${kind}"><th scope="row">([^<]*)(?:<span[^>]*>[^<]*</span>)?</th><td class="num">([^<]*)</td></tr>`, 'g'))].map((m) => [m[1]!.trim(), m[2]!]);
}

/** Attribute values as a browser reads them. */
const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const PLAN_WITH_MARKUP = `plan: <script>alert("title")</script> & "Sam's" plan
start: 2026-09-01
goal walk: Walk <b>30</b> minutes a day, "most" days, by 2026-12-31
  baseline: 5 minutes/day
  target: 30 minutes/day
  due: 2026-12-31
2026-10-01 progress walk: 10 minutes/day
2026-11-01 progress walk: 20 minutes/day
`;

describe('chart page: security', () => {
  const page = renderChartPage(sample('anxiety-panic.goals'), OPTIONS);

  it('has exactly the strict content security policy', () => {
    const metas = [...page.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
    expect(metas).toHaveLength(1);
    const policy = unescape(metas[0]![1]!);
    expect(policy).toBe(`default-src 'none'; img-src ${CSP_SOURCE}; style-src ${CSP_SOURCE}; script-src 'nonce-${OPTIONS.nonce}';`);
    expect(policy).not.toMatch(/unsafe-|\*|http:|data:|blob:/);
  });

  it('gives every script the nonce and loads nothing but the style sheet and the script', () => {
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual([`<script nonce="${OPTIONS.nonce}" src="${OPTIONS.scriptUri}">`]);
    expect(page).toMatch(/<script nonce="[^"]+" src="[^"]+"><\/script>/);
    const loaded = [...page.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!).filter((url) => !url.startsWith('#'));
    expect(loaded.sort()).toEqual([OPTIONS.scriptUri, OPTIONS.styleUri].sort());
  });

  it('has no inline styles and no inline event handlers', () => {
    expect(page).not.toMatch(/\sstyle=/);
    expect(page).not.toMatch(/<style\b/);
    expect(page).not.toMatch(/\son[a-z]+=/i);
  });

  it('escapes the text of the document', () => {
    const markup = renderChartPage(reportOf(PLAN_WITH_MARKUP), OPTIONS);
    expect(markup.match(/<script\b/g)).toHaveLength(1);
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('<h1>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &quot;Sam&#39;s&quot; plan</h1>');
    expect(markup).toContain('<title>Progress: &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &quot;Sam&#39;s&quot; plan</title>');
    expect(markup).toContain('Walk &lt;b&gt;30&lt;/b&gt; minutes a day, &quot;most&quot; days, by 2026-12-31');
  });

  it('escapes the options it writes into attributes', () => {
    const markup = renderChartPage(sample('anxiety-panic.goals'), { ...OPTIONS, documentUri: 'file:///a"b<c>.goals', focusGoal: '"><script>' });
    expect(markup).toContain('data-document="file:///a&quot;b&lt;c&gt;.goals"');
    expect(markup).toContain('data-focus="&quot;&gt;&lt;script&gt;"');
    expect(markup.match(/<script\b/g)).toHaveLength(1);
  });
});

describe('chart page: goals', () => {
  for (const name of samples) {
    it(`${name}: every measured goal has a described chart and a table of its measurements`, () => {
      const report = sample(name);
      const page = renderChartPage(report, OPTIONS);
      const measured = report.goals.filter((goal, i) => goal.measurements.length > 0 && report.goals.findIndex((g) => g.id === goal.id) === i);
      expect(measured.length).toBeGreaterThan(0);
      for (const goal of measured) {
        const section = sectionOf(page, `goal-${goal.id}`);
        expect(section).toContain(`<h2 id="goal-${goal.id}-heading" tabindex="-1">${goal.id}`);
        expect(section).toMatch(new RegExp(`<svg class="chart"[^>]* role="img" aria-labelledby="chart-${goal.id}-title chart-${goal.id}-desc"`));
        expect(section).toContain(`<title id="chart-${goal.id}-title">`);
        expect(section).toMatch(new RegExp(`<desc id="chart-${goal.id}-desc">\\d+ measurements `));
        expect(section).toMatch(/<caption>Measurements of [^<]+<\/caption>/);
        expect(section).toContain('<th scope="col">Date</th>');
        expect(rows(section, 'measured')).toEqual(goal.measurements.map((p) => [p.date, p.amount]));
        expectBaselineAndTarget(section, goal);
      }
    });
  }

  it('shows the statement, the progress line and the review of each goal', () => {
    const report = sample('anxiety-panic.goals');
    const page = renderChartPage(report, OPTIONS);
    const panic = sectionOf(page, 'goal-panic');
    expect(panic).toContain('<p class="statement">Cut panic attacks from about 3 a week to 1 a week by 2026-12-18</p>');
    expect(panic).toContain('<dt>Progress</dt><dd>3 → 1 → 1 attacks/week · 100% of the way · target reached · GAS 0 on 2026-11-16: 1 attack a week</dd>');
    expect(panic).toContain('<dt>Milestones</dt><dd><span class="reached">✓ 2 attacks/week by 2026-10-19 · reached on 2026-10-12</span>');
    expect(panic).toContain('<dt>Review</dt><dd>Next review in 5 days (2026-11-30)</dd>');
  });

  it('says in a sentence when a goal has no measurements yet', () => {
    const report = sample('values-identity.goals');
    expect(report.goals.find((g) => g.id === 'values')?.measurements).toEqual([]);
    const section = sectionOf(renderChartPage(report, OPTIONS), 'goal-values');
    expect(section).not.toContain('<svg');
    expect(section).not.toContain('<table');
    expect(section).toContain('<p class="empty">No measurements yet. The chart appears once the journal has a progress line for this goal.</p>');
  });

  it('gives every goal its own anchor, even when the plan repeats an id', () => {
    const report = sample('flawed.goals');
    const page = renderChartPage(report, OPTIONS);
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['goal-calm', 'goal-calm-2', 'gas']));
    for (const goal of report.goals) expect(page).toContain(`data-goal="${goal.id}"`);
  });
});

describe('chart page: labels', () => {
  it('keeps the today and due labels apart when the due date is a few days away', () => {
    // yes-log is due on 2026-11-30, five days after the report date.
    const section = sectionOf(renderChartPage(sample('values-identity.goals'), OPTIONS), 'goal-yes-log');
    expect(section).toMatch(/<text class="today" x="[\d.]+" y="12" text-anchor="end" /);
    expect(section).toMatch(/<text class="due" x="[\d.]+" y="12" text-anchor="start" /);
  });
});

describe('chart page: focus', () => {
  it('marks the goal asked for and tells the page script to scroll to it', () => {
    const page = renderChartPage(sample('anxiety-panic.goals'), { ...OPTIONS, focusGoal: 'commute' });
    expect(page).toContain('<main data-focus="commute">');
    expect(page).toContain('<section class="goal focused" id="goal-commute" data-goal="commute"');
    expect(page.match(/class="goal focused"/g)).toHaveLength(1);
    expect(page).toContain('<a href="#goal-commute">commute</a>');
  });

  it('marks nothing when the goal asked for is not in the plan', () => {
    const page = renderChartPage(sample('anxiety-panic.goals'), { ...OPTIONS, focusGoal: 'sleep' });
    expect(page).not.toContain('focused');
  });

  it('renders the same content for updates as inside the page', () => {
    const report = sample('anxiety-panic.goals');
    expect(renderChartPage(report, OPTIONS)).toContain(`<main>\n${renderChartMain(report)}\n</main>`);
  });
});

describe('chart page: GAS T-score', () => {
  it('draws the T-score at each review with a table of every score', () => {
    const report = sample('anxiety-panic.goals');
    const page = renderChartPage(report, OPTIONS);
    const gas = page.slice(page.indexOf('<section class="gas"'));
    expect(gas).toContain('<title id="chart-gas-title">GAS T-score over time</title>');
    expect(gas).toContain('<caption>T-score at the start and at each review</caption>');
    const scoreRows = [...gas.matchAll(/<tr><th scope="row">(.*?)<\/th><td class="num">([^<]*)<\/td><td class="num">([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(scoreRows).toEqual([
      ['Start <span class="note">2026-09-21</span>', '30.2', ''],
      ['2026-10-05', '32.4', '+2.2'],
      ['2026-10-19', '34.6', '+4.4'],
      ['2026-11-02', '39.0', '+8.8'],
      ['2026-11-16', '45.6', '+15.4'],
    ]);
  });

  it('says why there is no T-score when no goal uses GAS', () => {
    const page = renderChartPage(reportOf(PLAN_WITH_MARKUP), OPTIONS);
    const gas = page.slice(page.indexOf('<section class="gas"'));
    expect(gas).toContain('<p class="empty">There is no T-score yet: no goal has a GAS scale, a start level or a review.</p>');
    expect(gas).not.toContain('<svg');
  });
});

describe('chart page: theme', () => {
  it('gives every chart element the style sheet colours a class the charts use', () => {
    const css = readFileSync(new URL('../../client/media/chart.css', import.meta.url), 'utf8');
    // Every sample, and a plan whose T-score leaves a goal out on one date, between them draw every kind of element.
    const pages = [...samples.map((name) => renderChartPage(sample(name), OPTIONS)), renderChartPage(reportOf(PARTIAL_SCORE), OPTIONS)].join('\n');
    const styled = new Set([...css.matchAll(/svg\.chart (line|text|circle|polyline|path|rect)\.([a-z]+)/g)].map((m) => `${m[1]} ${m[2]}`));
    const drawn = new Set([...pages.matchAll(/<(line|text|circle|polyline|path|rect) class="([a-z]+)"/g)].map((m) => `${m[1]} ${m[2]}`));
    expect([...styled].filter((s) => !drawn.has(s))).toEqual([]);
    expect([...drawn].filter((d) => !styled.has(d))).toEqual([]);
  });
});

/** Two GAS goals; on 2026-11-01 one of them gives a level off the scale, so that date's T-score leaves it out. */
const PARTIAL_SCORE = `plan: Partial
start: 2026-10-01
goal walk: Walk 30 minutes on 4 days a week by 2027-01-31
  start level: -1
goal calm: Breathe through panic by 2027-01-31
  start level: -1
2026-10-15 review walk: 0
2026-10-15 review calm: 0
2026-11-01 review walk: 3
2026-11-01 review calm: +1
`;

describe('chart page: what the journal tells', () => {
  it('gives a goal that rests its status with the date in the heading', () => {
    const section = sectionOf(renderChartPage(sample('addiction-recovery.goals'), OPTIONS), 'goal-first-90');
    expect(section).toContain('<h2 id="goal-first-90-heading" tabindex="-1">first-90 <span class="status">achieved on 2026-10-03</span></h2>');
    expect(section).toContain('<dt>Review</dt><dd>No more reviews due; last reviewed on 2026-09-29</dd>');
  });

  it('charts the days free of an abstinence goal on their own axis, with a table of the runs and the lapse in words', () => {
    const section = sectionOf(renderChartPage(sample('sober-october.goals'), OPTIONS), 'goal-sober');
    expect(section).toContain('<dt>Progress</dt><dd>40 of 90 days since the restart on 2026-10-17</dd>');
    expect(section).toContain('<title id="chart-sober-days-title">sober: days free</title>');
    expect(section).toContain('<caption>Days free of sober, run by run; each earlier run ended with a lapse</caption>');
    expect([...section.matchAll(/<tr class="run"><th scope="row">([^<]+)<\/th><td>([^<]+)<\/td><td class="num">(\d+)<\/td><\/tr>/g)].map((m) => m.slice(1))).toEqual([
      ['2026-09-01', '2026-10-16', '45'],
      ['2026-10-17', 'today', '40'],
    ]);
    expect(section).toContain('<li class="is-lapse"><span class="note">2026-10-16</span> Lapse: three glasses of wine at the work leaving do</li>');
    // No measurements of drinks: the days free are the chart, and nothing says measurements are missing.
    expect(section).not.toContain('No measurements yet');
  });

  it('marks wins on the goal chart, and lists them in words beside it', () => {
    const section = sectionOf(renderChartPage(sample('sober-october.goals'), OPTIONS), 'goal-walk');
    expect(section).toMatch(/<path class="win" d="[^"]+" fill="[^"]+"><title>Win on 2026-11-08: 4 walks this week, the first time<\/title><\/path>/);
    expect(section).toContain('<h3>Wins and setbacks</h3>');
    expect(section).toContain('<span class="key win"></span>win');
  });

  it('charts each tracked measure week by week, with the table of the same numbers', () => {
    const page = renderChartPage(sample('sober-october.goals'), OPTIONS);
    expect(page).toContain('<li><a href="#measures">Daily measures</a></li>');
    const measures = /<section class="measures" id="measures"[^]*?<\/section>/.exec(page)![0];
    expect(measures).toContain('<h3>mood (1-10)</h3>');
    expect(measures).toContain('<title id="chart-measure-mood-title">mood (1-10): weekly mean</title>');
    expect(measures).toContain('<title id="chart-measure-acamprosate-title">acamprosate (yes/no): days done each week</title>');
    expect(measures).toContain('<caption>acamprosate, week by week: days done of the days logged</caption>');
    expect(measures).toContain('<tr><th scope="row">2026-08-31</th><td class="num">3</td><td class="num">3</td></tr>');
  });

  it('marks a T-score that leaves a goal out, and says which goal and why', () => {
    const gas = renderChartPage(reportOf(PARTIAL_SCORE), OPTIONS).split('<section class="gas"')[1]!;
    expect(gas).toContain('<tr><th scope="row">2026-11-01 <span class="mark">†</span></th>');
    expect(gas).toContain('On 2026-11-01, the score is not comparable with the other dates: walk is left out (its review on 2026-11-01 gives level 3, which is not on the scale from -2 to +2).');
    expect(gas).toMatch(/<circle class="partial" /);
  });
});

/** The baseline row above the measurements and the target below them, as the chart draws them. */
function expectBaselineAndTarget(section: string, goal: GoalReport): void {
  const baseline = goal.baseline?.date && goal.baseline.value !== undefined ? [[goal.baseline.date, goal.baseline.amount ?? goal.baseline.text]] : [];
  expect(rows(section, 'baseline')).toEqual(baseline);
  if (goal.target?.value !== undefined) expect(section).toMatch(new RegExp(`<tr class="target"><th scope="row">Target[^]*?</th><td class="num">${escapeRegExp(goal.target.amount ?? '')}</td></tr>`));
  else expect(section).not.toContain('<tr class="target">');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
