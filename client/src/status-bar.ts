/**
 * The status bar item for the plan in the active editor: `3 goals · review due in 2 days`. A click
 * opens the plan summary. It follows the active editor and each new analysis of that document.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './language-client';
import type { GoalpostServer } from './server-api';

export class PlanStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('goalpost.planStatus', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];
  /** Counts updates, so that a slow answer for an older editor never overwrites a newer one. */
  private generation = 0;

  constructor(private readonly server: GoalpostServer) {
    this.item.name = 'Goalpost plan';
    this.item.command = 'goalpost.showSummary';
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      server.onDidAnalyze(({ uri }) => {
        if (uri === vscode.window.activeTextEditor?.document.uri.toString()) void this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('goalpost.statusBar.enabled')) void this.update();
      }),
    ];
    void this.update();
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const enabled = vscode.workspace.getConfiguration('goalpost').get<boolean>('statusBar.enabled', true);
    if (!enabled || document?.languageId !== LANGUAGE_ID) {
      this.item.hide();
      return;
    }
    const status = await this.server.planStatus(document.uri.toString()).catch(() => null);
    if (generation !== this.generation) return;
    if (!status) {
      this.item.hide();
      return;
    }
    this.item.text = `$(target) ${status.text}`;
    const restricted = vscode.workspace.isTrusted ? '' : '\n\nRestricted Mode: .goalpost.json files in this folder are not read.';
    this.item.tooltip = `${status.tooltip}${restricted}\n\nClick for the plan summary.`;
    this.item.backgroundColor = status.overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: `Goalpost plan: ${status.text}. Open the plan summary.` };
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
