// The report's Markdown and HTML say what the report data says, in plain words: errors at the top,
// no badge on a goal with findings, dates that are not like for like marked, day counts on their own
// axis, wins and setbacks as markers, and the tracked measures week by week.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentContext, reportData, type ReportData } from '../../server/src/core/index';
import { renderMarkdown } from '../../server/src/core/report/markdown';
import { changeText, shownChange } from '../../server/src/core/report/words';
import { renderHtml } from '../../server/src/cli/report/html';
import { joinLines } from '../support/render';

const TODAY = '2026-11-25';

function report(text: string): ReportData {
  const context = documentContext(text, { today: TODAY });
  return reportData(context, context.snapshot.analyze({ today: TODAY }).diagnostics);
}

const DAN = report(readFileSync(new URL('fixtures/sober-smart.goals', import.meta.url), 'utf8'));

/** The SVG chart whose title id is `chart-<id>-title`. */
function chart(page: string, id: string): string {
  const found = (page.match(/<svg[\s\S]*?<\/svg>/g) ?? []).find((c) => c.includes(`id="chart-${id}-title"`));
  expect(found, `no chart ${id}`).toBeDefined();
  return found!;
}

describe('the Markdown report', () => {
  it('says at the top when the plan has errors, with each line', () => {
    const md = renderMarkdown(report(joinLines('plan: P', 'start: 2026-11-01', 'goal walk: Walk', '2026-02-30 progress walk: 2 days/week')), 'p.goals');
    const top = md.slice(0, md.indexOf('## walk'));
    expect(top).toContain('> **This plan has an error, so parts of this report may be missing or not quite right. `goalpost check p.goals` shows it and how to put it right.**');
    expect(top).toMatch(/> - Line 4: .*2026-02-30/);
  });

  it('says in words which of baseline, latest and target is missing, in both formats', () => {
    const data = report(joinLines('plan: P', 'start: 2026-11-01', 'goal sober: Stay alcohol-free for 90 days by 2027-01-30', '  target: 0 drinks/week'));
    const words = 'none written → nothing logged yet → 0 drinks/week';
    expect(renderMarkdown(data, 'p.goals')).toContain(`- **Baseline → latest → target:** ${words}`);
    expect(renderHtml(data, 'p.goals')).toContain(`<span class="path">${words}</span>`);
  });

  it('says when a milestone’s date has passed without it, and marks the ones reached', () => {
    const data = report(
      joinLines(
        'plan: P',
        'start: 2026-09-01',
        'goal walk: Walk 20 minutes on 4 days a week by 2027-01-31',
        '  baseline: 0 days/week on 2026-09-01',
        '  target: 4 days/week',
        '  milestone 2026-10-01: 2 days/week',
        '  milestone 2026-11-01: 3 days/week',
        '  milestone 2026-12-20: 4 days/week',
        '2026-09-28 progress walk: 2 days/week',
      ),
    );
    const md = renderMarkdown(data, 'p.goals');
    expect(md).toContain('  - ✓ 2 days/week by 2026-10-01 · reached on 2026-09-28');
    expect(md).toContain('  - 3 days/week by 2026-11-01 · its date has passed, not reached yet');
    expect(md).toContain('  - 4 days/week by 2026-12-20\n');
  });

  it('shows a T-score change as the difference of the scores shown, so the table adds up', () => {
    // 37.95 → 58.03 is +20.08 exactly, but the table shows 38.0 and 58.0.
    expect(shownChange(58.03, 20.08).toFixed(1)).toBe('20.0');
    expect(changeText({ label: '2026-11-25', tScore: 58.03, change: 20.08, notCounted: [], comparable: true })).toBe('+20.0');
    expect(changeText({ label: '2026-11-25', tScore: 45.09, change: -0.02, notCounted: [], comparable: true })).toBe('0.0');
    expect(changeText({ label: 'baseline', tScore: 38, notCounted: [], comparable: true })).toBe('');
  });

  it('gives the badge only to a goal with no finding, and lists every finding of the others', () => {
    const md = renderMarkdown(DAN, 'dan.goals');
    const cooking = md.slice(md.indexOf('## cooking'));
    expect(cooking).toContain('- **Checks:** 1 thing to look at');
    expect(cooking).toContain("'cooking' still needs steps, obstacles and supports.");
    expect(cooking).toContain('(`missing-field`)');
    expect(md.slice(md.indexOf('## sober'), md.indexOf('## walks'))).toContain('- **Checks:** meets the SMART checks');
  });

  it('has the nine fields, the revisions with their reasons and the journal beside the goal', () => {
    const walks = renderMarkdown(DAN, 'dan.goals').split('## ')[2]!;
    expect(walks).toContain('- **Whose goal:** The client\'s own');
    expect(walks).toContain('- **Why it matters:** Feeling steady in the evenings without a drink');
    expect(walks).toContain('- **Steps** (1 of 2 done):\n  - [x] Pick a route round the park\n  - [ ] Ask Chidi to walk with me on Sundays');
    expect(walks).toContain('- **Obstacles:** Dark evenings from November');
    expect(walks).toContain('| 2026-11-09 | target | 6 days/week | the walks feel good; Ruth and I agreed to aim higher |');
    expect(walks).toContain('- 2026-10-02 · Win: walked the long way home instead of past the pub');
    expect(walks).toContain('| date | measured (days/week) |');
  });

  it('marks a T-score that is not like for like, and says which goal is left out and why', () => {
    const text = joinLines('plan: P', 'start: 2026-10-01', 'goal a: A', '  start level: -1', 'goal b: B', '  start level: -1', '2026-10-15 review a: 0', '2026-10-15 review b: 5');
    const md = renderMarkdown(report(text), 'p.goals');
    expect(md).toContain('| 2026-10-15 † | 50.0 | +10.0 |');
    expect(md).toContain('- † On 2026-10-15, the score is not comparable with the other dates: b is left out (its review on 2026-10-15 gives level 5, which is not on the scale from -2 to +2).');
  });

  it('has the tracked measures week by week, and the plan-wide journal', () => {
    const md = renderMarkdown(DAN, 'dan.goals');
    expect(md).toContain('## From the journal\n\n- 2026-11-16 · Win: a whole weekend with the kids, no drink');
    expect(md).toContain('### mood (1-10)\n\nLogged on 16 days, in 9 different weeks; the latest, 8 on 2026-11-24.');
    expect(md).toContain('| 2026-10-19 | 5.3 | 3 |');
    expect(md).toContain('### tablets (yes/no)');
    expect(md).toContain('| week of | done | days logged |\n|---|---:|---:|\n| 2026-09-14 | 3 | 4 |');
  });
});

describe('the HTML report', () => {
  const page = renderHtml(DAN, 'dan.goals');

  it('charts the days free on their own axis, and keeps day-count milestones off the drinks axis', () => {
    const drinks = chart(page, 'sober');
    expect(drinks).not.toMatch(/class="(?:milestone|reached)"/);
    expect(drinks).toMatch(/<path class="setback"[^>]*><title>Lapse on 2026-10-24: three pints at my cousin&#39;s wedding; rang Chidi the next morning<\/title><\/path>/);
    const days = chart(page, 'sober-days');
    expect(days.match(/<path class="reached"/g)).toHaveLength(2);
    expect(days).toMatch(/<line class="target" [^>]+\/>\n<text class="target" [^>]+>90 days<\/text>/);
    expect(days).toContain('<desc id="chart-sober-days-desc">32 of 90 days since the restart on 2026-10-25, with one lapse, after which the count started again.');
  });

  it('shades the time a goal was paused, and says it is paused by its heading', () => {
    const cooking = page.slice(page.indexOf('<section class="goal" id="goal-cooking"'));
    expect(cooking).toContain('<h2>cooking · behavioral · process goal <span class="pill paused">paused since 2026-10-27</span></h2>');
    expect(chart(cooking, 'cooking')).toMatch(/<rect class="paused" /);
    expect(cooking).toContain('<span class="key paused"></span>paused');
  });

  it('lists steps with done and to do in words, and milestones reached with a tick', () => {
    expect(page).toContain('<li class="done"><span class="state">done</span> Pour away what is in the flat</li>');
    expect(page).toContain('<li class="todo"><span class="state">to do</span> Find a Saturday meeting</li>');
    expect(page).toContain('<span class="reached">✓ 30 days alcohol-free by 2026-10-14 · reached on 2026-10-13</span>');
  });

  it('draws each tracked measure with the table of its weeks', () => {
    expect(chart(page, 'measure-mood')).toMatch(/<polyline class="measured"/);
    const tablets = chart(page, 'measure-tablets');
    expect(tablets.match(/<rect class="bar"/g)).toHaveLength(DAN.measures[1]!.weeks.length);
    expect(page).toContain('<caption>tablets, week by week: days done of the days logged</caption>');
  });

  it('says at the top when the plan has errors', () => {
    const broken = renderHtml(report(joinLines('plan: P', 'goal walk: Walk', '2026-02-30 progress walk: 2 days/week')), 'p.goals');
    expect(broken).toMatch(/<section class="alert" role="note">\n<p><strong>This plan has an error, so parts of this report may be missing or not quite right. <code>goalpost check p.goals<\/code> shows it and how to put it right.<\/strong><\/p>\n<ul><li>Line 3: /);
  });
});
