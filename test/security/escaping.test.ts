// Every page Goalpost renders from a plan escapes the plan's text: a statement, note, title or scale
// text written as markup stays text. Checked on a plan whose every free-text place holds an attack,
// for the HTML report, the extension's chart page and the Markdown summary (shown in VS Code's
// Markdown preview). SECURITY.md names this test.
import { describe, expect, it } from 'vitest';
import { renderChartPage } from '../../client/src/chart/chart-html';
import { renderHtml } from '../../server/src/cli/report/html';
import { documentContext, reportData } from '../../server/src/core/index';
import { renderMarkdown } from '../../server/src/core/report/markdown';
import { joinLines } from '../support/render';

const TODAY = '2026-11-25';
const ATTACKS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "javascript:alert(3)", '<a href="javascript:alert(4)">x</a>', "'><svg onload=alert(5)>"];
const attack = (i: number) => ATTACKS[i % ATTACKS.length]!;

const HOSTILE_PLAN = joinLines(
  `plan: ${attack(0)} plan`,
  `client: ${attack(1)}`,
  `clinician: ${attack(2)}`,
  'start: 2026-09-01',
  'review: every 2 weeks',
  '',
  `goal walk: Walk 3 times a week ${attack(3)} by 2027-01-31`,
  '  category: behavioral',
  `  value: ${attack(4)}`,
  `  baseline: 1 time/week on 2026-08-30 -- ${attack(0)}`,
  `  measure: ${attack(1)}`,
  '  target: 3 times/week',
  `  milestone 2026-11-01: 2 times/week -- ${attack(2)}`,
  '  due: 2027-01-31',
  '  steps:',
  `    - [ ] ${attack(3)}`,
  `  obstacles: ${attack(4)}`,
  `  supports: ${attack(0)}`,
  '  scale:',
  `    -2: ${attack(1)}`,
  `    -1: ${attack(2)}`,
  `    0: ${attack(3)}`,
  `    +1: ${attack(4)}`,
  `    +2: ${attack(0)}`,
  '',
  `goal calm: Be calmer ${attack(1)}`,
  '',
  `2026-10-01 session -- ${attack(2)}`,
  `2026-10-01 progress walk: 2 times/week ${attack(3)} -- ${attack(4)}`,
  `2026-10-15 review walk: 0 -- ${attack(0)}`,
  `2026-10-20 note walk -- ${attack(1)}`,
);

function report() {
  const context = documentContext(HOSTILE_PLAN, { today: TODAY });
  return reportData(context, context.snapshot.analyze({ today: TODAY }).diagnostics);
}

/** Every start tag of an HTML page, with its name and its attributes as written. */
function startTags(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attributes: m[2] ?? '' }));
}

/** What no page may contain outside of its own markup: event handlers, javascript: URLs, script tags. */
function expectNoActiveMarkup(html: string, allowedScripts: number) {
  const tags = startTags(html);
  for (const { name, attributes } of tags) {
    expect(attributes, `<${name}${attributes}>`).not.toMatch(/\son\w+\s*=/i);
    expect(attributes, `<${name}${attributes}>`).not.toMatch(/javascript:/i);
    expect(['img', 'iframe', 'object', 'embed'], `<${name}${attributes}>`).not.toContain(name);
  }
  expect(tags.filter((t) => t.name === 'script')).toHaveLength(allowedScripts);
}

describe('pages rendered from a hostile plan', () => {
  it('the HTML report keeps every attack as text, with no script at all', () => {
    const html = renderHtml(report(), 'plans/<script>.goals');
    expectNoActiveMarkup(html, 0);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">/);
  });

  it('the chart page runs only its own nonce’d script', () => {
    const nonce = 'bm9uY2UtZm9yLXRlc3Rz';
    const html = renderChartPage(report(), {
      cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
      nonce,
      styleUri: 'https://file+.vscode-resource.vscode-cdn.net/chart.css',
      scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/chart.js',
      documentUri: 'file:///plans/%3Cscript%3E.goals',
    });
    expectNoActiveMarkup(html, 1);
    const script = startTags(html).find((t) => t.name === 'script')!;
    expect(script.attributes).toContain(`nonce="${nonce}"`);
    expect(html).toMatch(new RegExp(`script-src 'nonce-${nonce}'`));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('the Markdown summary escapes what Markdown would read as HTML or a link', () => {
    const markdown = renderMarkdown(report(), 'plan.goals');
    // Outside code spans, no raw angle bracket of the plan's text survives unescaped.
    const outsideCode = markdown.replace(/`[^`]*`/g, '');
    expect(outsideCode).not.toMatch(/(?<!\\)<(?:script|img|svg|a)\b/i);
    expect(outsideCode).not.toMatch(/\]\(javascript:/i);
  });
});
