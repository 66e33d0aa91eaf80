/**
 * Check All Goal Files: the server checks every `.goals` file of the workspace, open or not, and
 * pushes their findings, so the Problems panel lists them all; then the command says how many.
 */
import * as vscode from 'vscode';
import type { CheckWorkspaceResult } from '../../../server/src/lsp/protocol';
import type { ServerRequests } from '../language-client';

export async function checkAll(server: ServerRequests): Promise<CheckWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Open a folder first: Check All Goal Files checks the .goals files in the workspace folders.');
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Checking all goal files…', cancellable: true },
    // Stopping the check is an answer too, not an error to report.
    (_progress, token) => server.checkWorkspace(token).catch((error: unknown) => (token.isCancellationRequested ? undefined : Promise.reject(error))),
  );
  if (!result) return undefined;
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const unreadable = result.unreadable.length > 0 ? ` Could not read: ${result.unreadable.map((f) => vscode.workspace.asRelativePath(f)).join(', ')}.` : '';
  const summary =
    result.files === 0
      ? 'There are no .goals files in this workspace.'
      : `Checked ${result.files} goal ${result.files === 1 ? 'file' : 'files'}: ${count(result.errors, 'error')}, ${count(result.warnings, 'warning')}.`;
  void vscode.window.showInformationMessage(summary + unreadable);
  return result;
}

function count(n: number, word: string): string {
  return `${n === 0 ? 'no' : n} ${n === 1 ? word : `${word}s`}`;
}
