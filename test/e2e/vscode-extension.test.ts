// The packaged extension end to end: the .vsix installed into code-server (VS Code 1.139 for the
// browser), driven through the workbench UI by Debian's Chromium. Every expected text comes from
// the core, so these tests check that the extension shows what the core computes.
// CI installs the code-server cache and packages the .vsix before `npm test` (.ci/run); run alone,
// `npx vitest run --config test/vitest.config.ts test/e2e` does both when they are missing or stale.
// Each step saves a screenshot to test/e2e/screenshots/, passed or failed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, CATEGORY_INFO, codeLenses, documentContext, hover, planStatus, type Diagnostic } from '../../server/src/core/index';
import { ensureCodeServer, openWorkbench, startCodeServer, type CodeServer } from './code-server';
import { exactly, lineTokens, openFile, runCommand, viewLine } from './workbench';

const TODAY = '2026-11-25';
/** expect.poll gives up after one second by default; the workbench can take longer on a busy machine. */
const POLL = { timeout: 20_000 };
const root = fileURLToPath(new URL('../../', import.meta.url));
const screenshots = path.join(root, 'test/e2e/screenshots');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const vsix = path.join(root, `goalpost-${version}.vsix`);

let workspace: string;
let server: CodeServer | undefined;
let browser: Browser | undefined;
let page: Page;

/** The sample as the tests found it, and the goal most steps look at. */
const panicText = readFileSync(path.join(root, 'samples/anxiety-panic.goals'), 'utf8');
const panicContext = documentContext(panicText, { today: TODAY });
const panicGoal = panicContext.snapshot.plan.goals.find((goal) => goal.id === 'panic')!;

beforeAll(async () => {
  await ensureCodeServer();
  ensureVsix();
  mkdirSync(screenshots, { recursive: true });
  workspace = mkdtempSync(path.join(os.tmpdir(), 'goalpost-e2e-'));
  cpSync(path.join(root, 'samples'), workspace, { recursive: true });
  server = await startCodeServer({ workspace, extensions: [vsix], settings: { 'goalpost.today': TODAY } });
  ({ browser, page } = await openWorkbench(server.url));
  // Playwright's own waits give up sooner than the tests' timeouts, with a message naming the locator.
  page.setDefaultTimeout(45_000);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
}, 60_000);

describe('the Goalpost extension in code-server', () => {
  it('lists the diagnostics of flawed.goals in the Problems panel', async () => {
    await step('01-problems', async () => {
      const text = readFileSync(path.join(workspace, 'flawed.goals'), 'utf8');
      // VS Code's Problems panel leaves hints out, and sorts by severity, then by position.
      const expected = analyze(text, { today: TODAY }).diagnostics.filter((d) => d.severity !== 'hint').sort(bySeverityThenPosition);
      await openFile(page, 'flawed.goals');
      await page.keyboard.press('Control+Shift+M');
      // The first analysis waits for the extension to activate and its server to start: minutes on a cold, busy machine.
      const fileRow = page.locator(`.markers-panel .monaco-list-row[aria-label^="${expected.length} problems in file flawed.goals"]`);
      await fileRow.waitFor({ timeout: 150_000 });
      const rows = () => page.locator('.markers-panel .monaco-list-row').evaluateAll((all) => all.map((row) => row.getAttribute('aria-label') ?? ''));
      const firstErrors = expected.slice(0, 5).map(problemLabel);
      await expect.poll(rows, POLL).toEqual(expect.arrayContaining(firstErrors.map((label) => expect.stringContaining(label))));
      // Warnings and infos sort below the fold; the filter box brings one of each into view.
      for (const severity of ['warning', 'info'] as const) {
        const diagnostic = expected.find((d) => d.severity === severity)!;
        await filterProblems(diagnostic.code);
        await expect.poll(rows, POLL).toEqual(expect.arrayContaining([expect.stringContaining(problemLabel(diagnostic))]));
      }
      await filterProblems('');
      await expect.poll(rows, POLL).toEqual(expect.arrayContaining(firstErrors.map((label) => expect.stringContaining(label))));
    });
  }, 240_000);

  it('colours the key word, the goal id and the statement of a goal line differently', async () => {
    await step('02-highlighting', async () => {
      await openFile(page, 'anxiety-panic.goals', panicGoal.headerRange.start.line + 1, 1);
      const line = `goal panic: ${panicGoal.statement.text.slice(0, 20)}`;
      // The editor colours a line once the grammar has tokenized it, which may come after the text shows.
      const colours = async () => {
        const tokens = await lineTokens(page, line);
        const colour = (match: (text: string) => boolean) => tokens.find((t) => match(t.text))?.color;
        return { keyword: colour((t) => t === 'goal'), id: colour((t) => t === 'panic'), statement: colour((t) => t.includes(panicGoal.statement.text.slice(0, 20))) };
      };
      // Monaco may re-render the line while it is read; such a read counts as not yet coloured.
      let seen: Awaited<ReturnType<typeof colours>> | undefined;
      await expect
        .poll(async () => {
          seen = await colours().catch(() => undefined);
          return seen && seen.keyword && seen.id && seen.statement ? new Set([seen.keyword, seen.id, seen.statement]).size : 0;
        }, POLL)
        .toBe(3);
    });
  }, 120_000);

  it('shows the code lenses of a goal above its goal line', async () => {
    await step('03-code-lenses', async () => {
      const titles = codeLenses(panicContext)
        .filter((lens) => lens.range.start.line === panicGoal.headerRange.start.line)
        .map((lens) => lens.title);
      expect(titles.length).toBeGreaterThan(1);
      await openFile(page, 'anxiety-panic.goals', panicGoal.headerRange.start.line + 1, 1);
      const lens = page.locator('.codelens-decoration', { hasText: titles[0] });
      await lens.waitFor();
      // Lenses are separated by " | " spans; what remains is one element per lens.
      const shown = (await lens.locator(':scope > a, :scope > span').allInnerTexts()).filter((t) => t.trim() !== '|');
      expect(shown).toEqual(titles);
      // The status bar item speaks for the plan in the active editor.
      await page.locator('.statusbar-item', { hasText: planStatus(panicContext).text }).first().waitFor();
    });
  }, 120_000);

  it('shows hovers on a goal id and on a category', async () => {
    await step('04-hover-goal', async () => {
      await expectHover(panicGoal.idRange.start);
    });
    await step('04-hover-category', async () => {
      await expectHover(panicGoal.category!.range.start);
    });
  }, 120_000);

  it('completes the categories after `category: `', async () => {
    await step('05-completion', async () => {
      const line = panicGoal.category!.range.start.line + 1;
      await openFile(page, 'anxiety-panic.goals', line, 1);
      await page.keyboard.press('Shift+End');
      await page.keyboard.type('  category: ');
      await page.keyboard.press('Control+Space');
      const labels = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row .label-name');
      await labels.first().waitFor();
      // The categories come first, in the core's order; the extension's snippets may follow them.
      const categories = CATEGORY_INFO.map((c) => c.id);
      await expect.poll(async () => (await labels.allInnerTexts()).slice(0, categories.length), POLL).toEqual(categories);
    });
    // Put the sample back as it was for the steps that follow.
    await page.keyboard.press('Escape');
    await runCommand(page, 'File: Revert File');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
  }, 120_000);

  it('opens the progress chart webview with an SVG chart and a table', async () => {
    await step('06-chart', async () => {
      await openFile(page, 'anxiety-panic.goals');
      await runCommand(page, 'Goalpost: Show Progress Chart');
      await page.locator('.tab[aria-label^="Progress"]').waitFor();
      // A webview is an iframe holding the page's own iframe.
      const chart = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await chart.locator('svg[role="img"]').first().waitFor();
      await chart.locator('table').first().waitFor();
    });
  }, 120_000);

  it('appends a progress line with Log Progress', async () => {
    const expectedLine = `${TODAY} progress panic: 1 attack/week`;
    await step('07-log-progress', async () => {
      // The chart opened beside the text and redraws as the server answers: close it, so that no
      // webview can take the focus (and close the quick input) while the command asks its questions.
      await runCommand(page, 'View: Close All Editors');
      await page.locator('.tab[aria-label^="Progress"]').waitFor({ state: 'detached' });
      await openFile(page, 'anxiety-panic.goals');
      await runCommand(page, 'Goalpost: Log Progress');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: exactly('panic') }).waitFor();
      await input.fill('panic');
      await page.locator('.quick-input-list .monaco-list-row.focused .label-name', { hasText: exactly('panic') }).waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: "'panic'" }).waitFor();
      await input.fill('1 attack/week');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      await viewLine(page, expectedLine).first().waitFor();
    });
    await page.keyboard.press('Control+S');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
    const saved = readFileSync(path.join(workspace, 'anxiety-panic.goals'), 'utf8').trimEnd().split('\n');
    expect(saved.at(-1)).toBe(expectedLine);
    expect(saved.length).toBe(panicText.trimEnd().split('\n').length + 1);
  }, 120_000);

  it('records a review from a list of the goal’s own GAS levels', async () => {
    const expectedLine = `${TODAY} review panic: +1`;
    // The level list shows what each level means for this goal, from its scale.
    const plusOne = panicGoal.scale!.find((level) => level.level === 1)!.text.text;
    await step('08-record-review', async () => {
      await runCommand(page, 'Goalpost: Record Review');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.fill('panic');
      await page.locator('.quick-input-list .monaco-list-row.focused .label-name', { hasText: exactly('panic') }).waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: "Review 'panic'" }).waitFor();
      const row = (level: string) => page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exactly(level) }) });
      for (const level of ['+2', '+1', '0', '-1', '-2']) await row(level).first().waitFor();
      await row('+1').filter({ hasText: plusOne }).first().waitFor();
      await input.fill('+1');
      await page.locator('.quick-input-list .monaco-list-row.focused .label-name', { hasText: exactly('+1') }).waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      await viewLine(page, expectedLine).first().waitFor();
    });
  }, 120_000);

  it('opens its walkthrough, whose buttons act on the plan last worked on', async () => {
    await step('09-walkthrough', async () => {
      await openFile(page, 'anxiety-panic.goals');
      await runCommand(page, 'Welcome: Open Walkthrough...');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.fill('Getting started with your goal journal');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Getting started with your goal journal' }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByText('Log your progress', { exact: true }).click();
      // No text editor is active while the walkthrough has the focus: the command still finds the plan.
      await page.getByRole('button', { name: 'Log Progress', exact: true }).click();
      await page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: exactly('panic') }).waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    });
  }, 120_000);
});

/**
 * Sets the Problems panel's filter. `fill` writes the whole text in one input event, so a re-render
 * of the panel while diagnostics arrive cannot drop keys; the box is read back to be sure it holds it.
 */
async function filterProblems(text: string): Promise<void> {
  const box = page.getByPlaceholder(/^Filter \(e\.g\./);
  await expect
    .poll(async () => {
      if ((await box.inputValue()) !== text) await box.fill(text);
      return box.inputValue();
    }, POLL)
    .toBe(text);
}

/** Runs one step and saves a screenshot of the workbench as the step left it, passed or failed. */
async function step(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } finally {
    await page?.screenshot({ path: path.join(screenshots, `${name}.png`) });
  }
}

/** Shows the hover at a zero-based position (Ctrl+K Ctrl+I) and checks it says what the core's hover says. */
async function expectHover(position: { line: number; character: number }): Promise<void> {
  const contents = hover(panicContext, position)?.contents;
  expect(contents, `the core has no hover at ${JSON.stringify(position)}`).toBeDefined();
  await openFile(page, 'anxiety-panic.goals', position.line + 1, position.character + 1);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const widget = page.locator('.monaco-hover:visible .monaco-hover-content').first();
  await widget.waitFor();
  // Rendered Markdown loses its marks: compare line by line without them.
  const lines = contents!.split('\n').map((l) => l.replace(/^- /, '').replace(/\*\*|`|_/g, '').trim()).filter(Boolean);
  await expect.poll(() => widget.innerText(), POLL).toSatisfy((shown: string) => lines.every((l) => shown.includes(l)));
}

/** How VS Code's Problems panel words a diagnostic for screen readers. */
function problemLabel(d: Diagnostic): string {
  const severity = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' }[d.severity];
  return `${severity}: ${d.message} at line ${d.range.start.line + 1} and character ${d.range.start.character + 1}.`;
}

function bySeverityThenPosition(a: Diagnostic, b: Diagnostic): number {
  const rank = { error: 0, warning: 1, info: 2, hint: 3 };
  return rank[a.severity] - rank[b.severity] || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * Packages the extension unless goalpost-<version>.vsix is newer than everything that goes into it.
 * CI runs `npm run package` before `npm test`; here the bundles the global setup built are packed as they are.
 */
function ensureVsix(): void {
  const inputs = ['package.json', 'package-lock.json', 'language-configuration.json', 'syntaxes', 'client', 'server/src', 'server/bin'];
  const newest = Math.max(...inputs.map((input) => newestMtime(path.join(root, input))));
  if (existsSync(vsix) && statSync(vsix).mtimeMs >= newest) return;
  // The bundles are current (test/global-setup.ts built them), so only vsce runs: rebuilding here
  // would rewrite server/dist while the CLI tests run it.
  const result = spawnSync('npm', ['run', 'package:vsix'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0 || !existsSync(vsix)) {
    throw new Error(`npm run package:vsix did not write ${path.basename(vsix)} (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

function newestMtime(file: string): number {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Build output is made from the sources beside it, so only the sources count.
  const children = readdirSync(file).filter((name) => name !== 'dist' && name !== 'node_modules');
  return Math.max(stat.mtimeMs, ...children.map((name) => newestMtime(path.join(file, name))));
}
