// The editor commands, called with every argument as code lenses and other extensions call them:
// they ask nothing, and their promise resolves once the document holds the new line.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { renderMarkdown, reportData, type Entry } from '../../../server/src/core/index';
import { analyzeText, codeOf, contextFor, diagnosticsWhen, goalpost, insertedLines, openPlan, readPlan, today, writePlan } from './support';

const SAMPLE = 'anxiety-panic.goals';

/** The line number of the journal's last entry: dated lines are appended after it. */
function lastEntryLine(text: string): number {
  const journal: readonly Entry[] = analyzeText(text).plan.journal;
  const last = journal.at(-1);
  if (!last) throw new Error('the plan has no journal');
  return last.range.end.line;
}

suite('commands', () => {
  let sample: string;

  suiteSetup(async () => {
    await goalpost();
    sample = await readPlan(SAMPLE);
  });

  test('logProgress appends a dated progress line to the journal', async () => {
    // A copy for this test alone, so no other test sees the edited document.
    const uri = await writePlan('command-progress.goals', sample);
    const { document } = await openPlan(uri);
    const before = document.getText();
    await vscode.commands.executeCommand('goalpost.logProgress', uri, 'panic', '1 attack/week');
    const after = document.getText();
    assert.deepEqual(insertedLines(before, after), { at: lastEntryLine(before) + 1, lines: [`${today()} progress panic: 1 attack/week`] });
    const entry = analyzeText(after).plan.journal.at(-1);
    assert.equal(entry?.kind === 'progress' && `${entry.date.iso} ${entry.goal.text} ${entry.quantity.text.text}`, `${today()} panic 1 attack/week`);
    // The new version is checked too, and a well-formed entry adds no problem.
    const { errors, warnings } = await (await goalpost()).analyzed(uri);
    assert.deepEqual({ errors, warnings }, { errors: 0, warnings: 0 });
  });

  test('recordReview appends a dated review line, given the document as a URI string', async () => {
    const uri = await writePlan('command-review.goals', sample);
    const { document } = await openPlan(uri);
    const before = document.getText();
    await vscode.commands.executeCommand('goalpost.recordReview', uri.toString(), 'panic', '+1');
    const after = document.getText();
    assert.deepEqual(insertedLines(before, after), { at: lastEntryLine(before) + 1, lines: [`${today()} review panic: +1`] });
    const entry = analyzeText(after).plan.journal.at(-1);
    assert.equal(entry?.kind === 'review' && `${entry.date.iso} ${entry.goal.text} ${entry.level}`, `${today()} panic 1`);
  });

  test('addBaseline writes the baseline into the goal, and its diagnostic goes away', async () => {
    // The sample without the commute goal's baseline, which the checker reports as missing.
    const withoutBaseline = sample.replace(/^ {2}baseline: 0 days\/week.*\n/m, '');
    assert.notEqual(withoutBaseline, sample);
    const uri = await writePlan('command-baseline.goals', withoutBaseline);
    const { document } = await openPlan(uri);
    const missing = analyzeText(withoutBaseline).diagnostics.map((d) => d.code);
    assert.deepEqual(missing, ['missing-field']);
    await diagnosticsWhen(uri, (d) => d.map(codeOf).join() === missing.join(), 'the missing baseline to be reported');

    await vscode.commands.executeCommand('goalpost.addBaseline', uri, 'commute', '0 days/week');
    const after = document.getText();
    const goalLines = analyzeText(withoutBaseline).plan.goals.find((g) => g.id === 'commute')!.range;
    const { at, lines } = insertedLines(withoutBaseline, after);
    assert.equal(lines.length, 1, `one line should be added, not ${JSON.stringify(lines)}`);
    assert.ok(at > goalLines.start.line && at <= goalLines.end.line + 1, `the baseline went to line ${at + 1}, outside the commute goal`);
    const baseline = analyzeText(after).plan.goals.find((g) => g.id === 'commute')?.baseline;
    // A baseline is measured on a day (the checker warns about one without a date): today.
    assert.deepEqual({ value: baseline?.text.text, date: baseline?.date?.iso }, { value: '0 days/week', date: today() });
    await diagnosticsWhen(uri, (d) => d.length === 0, 'the missing-baseline diagnostic to go away');
  });

  test('checkAll lists the problems of a file that was never opened', async () => {
    const text = sample.replace('category: symptom-reduction', 'category: symptom-reducton');
    const uri = await writePlan('command-check-all.goals', text);
    const expected = analyzeText(text).diagnostics.length;
    assert.ok(expected > 0);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file must not be open');
    const result = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number }>('goalpost.checkAll');
    const files = await vscode.workspace.findFiles('**/*.goals');
    assert.equal(result.files, files.length);
    const shown = await diagnosticsWhen(uri, (d) => d.length === expected, `the ${expected} problems of the unopened file`);
    assert.ok(shown.map(codeOf).includes('unknown-category'));
  });

  test('showSummary shows the plan report, and it follows edits', async () => {
    const uri = await writePlan('command-summary.goals', sample);
    const { document } = await openPlan(uri);
    await vscode.commands.executeCommand('goalpost.showSummary', uri);
    const summaryOf = () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'goalpost-summary' && d.uri.query === uri.toString());
    const expected = (text: string) => renderMarkdown(reportData(contextFor(text), analyzeText(text).diagnostics), vscode.workspace.asRelativePath(uri, false));
    await until(() => summaryOf()?.getText() === expected(document.getText()), 'the summary to show the plan');
    await vscode.commands.executeCommand('goalpost.logProgress', uri, 'panic', '1 attack/week');
    await until(() => summaryOf()?.getText() === expected(document.getText()), 'the summary to show the new progress line');
    assert.match(summaryOf()!.getText(), /1 attack\/week/);
  });
});

/** Resolves once `done` holds, checking whenever the workspace's documents change; fails after 20 s. */
function until(done: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!done()) return;
      subscriptions.forEach((s) => s.dispose());
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      subscriptions.forEach((s) => s.dispose());
      reject(new Error(`timed out waiting for ${what}`));
    }, 20_000);
    const subscriptions = [vscode.workspace.onDidChangeTextDocument(check), vscode.workspace.onDidOpenTextDocument(check)];
    check();
  });
}
