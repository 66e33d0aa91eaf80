// Diagnostics reach VS Code's Problems collection exactly as the core finds them.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { Diagnostic, Severity } from '../../../server/src/core/index';
import { analyzeText, codeOf, diagnosticsWhen, goalpost, openPlan, workspaceFile } from './support';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** One line per diagnostic, sorted, so a mismatch shows as a readable diff. */
function render(diagnostics: readonly { line: number; character: number; severity: number; code: string; message: string }[]): string[] {
  return diagnostics.map((d) => `${d.line + 1}:${d.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ${d.code}: ${d.message}`).sort();
}

const count = (diagnostics: readonly Diagnostic[], severity: Severity) => diagnostics.filter((d) => d.severity === severity).length;

suite('diagnostics', () => {
  suiteSetup(async () => {
    await goalpost();
  });

  test('flawed.goals shows every problem the core finds, where it finds it', async () => {
    const uri = workspaceFile('flawed.goals');
    const { document, analyzed } = await openPlan(uri);
    const expected = analyzeText(document.getText()).diagnostics;
    // The sample shows one of each problem, so a short list here would make the test meaningless.
    assert.ok(expected.length >= 20, `the core found only ${expected.length} problems in flawed.goals`);
    assert.deepEqual({ errors: analyzed.errors, warnings: analyzed.warnings }, { errors: count(expected, 'error'), warnings: count(expected, 'warning') });
    const shown = await diagnosticsWhen(uri, (d) => d.length === expected.length, `${expected.length} diagnostics on flawed.goals`);
    assert.deepEqual(
      render(shown.map((d) => ({ line: d.range.start.line, character: d.range.start.character, severity: d.severity, code: codeOf(d), message: d.message }))),
      render(expected.map((d) => ({ line: d.range.start.line, character: d.range.start.character, severity: SEVERITY[d.severity], code: d.code, message: d.message }))),
    );
    assert.ok(shown.every((d) => d.source === 'goalpost'));
  });

  test('a good sample has no problems', async () => {
    const uri = workspaceFile('anxiety-panic.goals');
    const { document, analyzed } = await openPlan(uri);
    assert.deepEqual(analyzeText(document.getText()).diagnostics, []);
    assert.deepEqual({ errors: analyzed.errors, warnings: analyzed.warnings }, { errors: 0, warnings: 0 });
    assert.deepEqual(vscode.languages.getDiagnostics(uri), []);
  });
});
