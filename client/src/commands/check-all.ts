/**
 * Check All Goal Files: opens every `.goals` file in the workspace (without showing it), so that the
 * server checks each and the Problems panel lists them all, then says how many problems it found.
 */
import * as vscode from 'vscode';
import type { Analyses } from '../analyses';

/** How long one file may take before it is reported as not checked, so one stuck file cannot hang the command. */
const FILE_TIMEOUT_MS = 30_000;

/** Files skipped as not the person's own plans. */
const EXCLUDE = '{**/node_modules/**,**/.git/**}';

export async function checkAll(analyses: Analyses): Promise<{ files: number; errors: number; warnings: number }> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Checking goal files', cancellable: true }, async (progress, token) => {
    const uris = await vscode.workspace.findFiles('**/*.goals', EXCLUDE, undefined, token);
    let errors = 0;
    let warnings = 0;
    let files = 0;
    const skipped: string[] = [];
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
      const document = await vscode.workspace.openTextDocument(uri);
      const result = await withTimeout(analyses.analyzed(document.uri), FILE_TIMEOUT_MS);
      if (!result) {
        skipped.push(vscode.workspace.asRelativePath(uri));
        continue;
      }
      errors += result.errors;
      warnings += result.warnings;
      files += 1;
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const summary =
      files === 0
        ? 'No .goals files in this workspace.'
        : `Checked ${files} goal ${files === 1 ? 'file' : 'files'}: ${count(errors, 'error')}, ${count(warnings, 'warning')}.`;
    const late = skipped.length > 0 ? ` Not checked in time: ${skipped.join(', ')}.` : '';
    void vscode.window.showInformationMessage(summary + late);
    return { files, errors, warnings };
  });
}

function count(n: number, word: string): string {
  return `${n === 0 ? 'no' : n} ${n === 1 ? word : `${word}s`}`;
}

/** The promise's value, or undefined when it takes longer than `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
