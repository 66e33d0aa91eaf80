// Suite 1 inside code-server: the same mocha tests that @vscode/test-cli runs in VS Code desktop,
// run by code-server's extension host, because VS Code desktop cannot be downloaded everywhere.
// The workbench URL carries a `payload` naming the extension under development and the tests
// module, as VS Code's own remote integration tests do (test/integration/browser in microsoft/vscode);
// the server-side extension host then calls runner.cjs's run(), which writes a JSON report here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, watch } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCodeServer, openWorkbench, startCodeServer } from '../e2e/code-server';
import { createWorkspace, removeWorkspace } from './fixture.mjs';
import { REPORT_ENV, type Report } from './report';

const root = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
const testsModule = path.join(root, 'test/vscode/dist/runner.cjs');

/** How long the whole suite may take once the workbench is up; it needs seconds, a cold machine more. */
const SUITE_TIMEOUT_MS = 180_000;

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  // Last started, first stopped: the browser, then code-server, then the folders they used.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The `payload` query parameter: the extension and its tests, as paths on code-server's side. */
function payloadQuery(port: number): string {
  const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(file).pathname}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(testsModule)],
    ['skipWelcome', 'true'],
  ];
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Resolves with the report once runner.cjs has written it. Rejects early when the workbench says the
 * tests ended without one (the tests module could not even load), and after SUITE_TIMEOUT_MS.
 */
function waitForReport(file: string, page: Page, log: string[]): Promise<Report> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const watcher = watch(path.dirname(file));
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      watcher.close();
      if (error) reject(error);
      else resolve(JSON.parse(readFileSync(file, 'utf8')) as Report);
    };
    const check = (): boolean => {
      if (!existsSync(file)) return false;
      finish();
      return true;
    };
    const recent = () => log.slice(-40).join('\n') || '(the workbench logged nothing)';
    const timer = setTimeout(
      () => finish(new Error(`No report after ${SUITE_TIMEOUT_MS / 1000} s; the workbench's last console lines:\n${recent()}`)),
      SUITE_TIMEOUT_MS,
    );
    watcher.on('change', check);
    page
      // The workbench calls this when the extension host has finished running the tests module.
      .exposeFunction('codeAutomationExit', (code: number) => {
        if (!check()) finish(new Error(`The extension host ended the tests with exit code ${code} and wrote no report:\n${recent()}`));
      })
      // Without this early signal the report, or the timeout, still ends the wait.
      .catch((error: Error) => log.push(`could not listen for the end of the tests: ${error.message}`));
    check();
  });
}

describe('suite 1 in code-server', () => {
  // A cold machine installs code-server first (minutes); CI runs test/e2e/install-code-server.sh before the tests.
  beforeAll(() => void ensureCodeServer(), 900_000);

  it('runs every test in the extension host, and every test passes', async () => {
    const built = spawnSync(process.execPath, ['test/vscode/build.mjs'], { cwd: root, encoding: 'utf8' });
    expect(built.status, `node test/vscode/build.mjs failed:\n${built.stderr}`).toBe(0);
    expect(existsSync(path.join(root, 'client/dist/extension.cjs')), 'the extension bundle is missing: npm run build').toBe(true);

    const workspace = createWorkspace();
    cleanups.push(() => removeWorkspace(workspace));
    const reports = mkdtempSync(path.join(os.tmpdir(), 'goalpost-suite1-'));
    cleanups.push(() => rmSync(reports, { recursive: true, force: true }));
    const reportFile = path.join(reports, 'report.json');

    const server = await startCodeServer({
      workspace,
      env: {
        // code-server passes its environment on to the extension host, and with it the report's path.
        [REPORT_ENV]: reportFile,
        // A built workbench reads extension development options from the payload only when the
        // smoke-test driver is on; VSCODE_OPTIONS is code-server's way to pass a VS Code server flag.
        VSCODE_OPTIONS: [process.env.VSCODE_OPTIONS, 'enable-smoke-test-driver'].filter(Boolean).join(' '),
      },
    });
    cleanups.push(() => server.stop());

    const { browser, page }: { browser: Browser; page: Page } = await openWorkbench(`${server.url}&${payloadQuery(server.port)}`);
    cleanups.push(() => browser.close());
    const log: string[] = [];
    page.on('console', (message) => log.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => log.push(`page error: ${error.message}`));

    const report = await waitForReport(reportFile, page, log);
    const failures = report.failed.map((f) => `${f.title}\n  ${f.message}`).join('\n');
    expect(failures, `suite-1 tests failed in code-server:\n${failures}`).toBe('');
    expect(report.pending).toEqual([]);
    expect(report.total).toBeGreaterThan(0);
    expect(report.passed).toHaveLength(report.total);
  }, 300_000);
});
