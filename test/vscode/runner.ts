/**
 * The tests module for hosts that load it themselves, such as code-server's extension host (see
 * in-code-server.test.ts): VS Code calls `run()`, which runs every bundled suite-1 file beside it
 * with mocha and writes a JSON report, because the host's own output is hard to reach from outside.
 * VS Code desktop runs the same files through @vscode/test-cli's runner instead.
 */
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { REPORT_ENV, type Report } from './report';

export async function run(): Promise<void> {
  const report: Report = { total: 0, durationMs: 0, passed: [], failed: [], pending: [] };
  let failures = 0;
  try {
    const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, color: false });
    for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.cjs')).sort()) {
      mocha.addFile(path.join(__dirname, file));
    }
    failures = await new Promise<number>((resolve) => {
      const started = Date.now();
      const runner = mocha.run((failed) => {
        report.durationMs = Date.now() - started;
        resolve(failed);
      });
      report.total = runner.total;
      runner.on('pass', (test) => report.passed.push(test.fullTitle()));
      // Hooks fail through this event too, so a broken suiteSetup is reported with its suite's name.
      runner.on('fail', (test, error: Error) => report.failed.push({ title: test.fullTitle(), message: error.message, ...(error.stack && { stack: error.stack }) }));
      runner.on('pending', (test) => report.pending.push(test.fullTitle()));
    });
  } catch (error) {
    // A bundle that cannot even be loaded is a failure too, and the report must say so.
    failures += 1;
    report.failed.push({ title: 'loading suite 1', message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack && { stack: error.stack }) });
  } finally {
    writeReport(report);
  }
  if (failures > 0) throw new Error(`${failures} of ${report.passed.length + failures} suite-1 tests failed.`);
}

/** Writes the report where REPORT_ENV says, whole and then renamed, so a reader never sees half of it. */
function writeReport(report: Report): void {
  const reportPath = process.env[REPORT_ENV];
  if (!reportPath) return;
  writeFileSync(`${reportPath}.partial`, JSON.stringify(report, null, 2));
  renameSync(`${reportPath}.partial`, reportPath);
}
