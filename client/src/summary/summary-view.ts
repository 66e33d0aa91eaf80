/**
 * "Show Plan Summary": the Markdown report of a plan as a read-only virtual document, shown in
 * VS Code's own Markdown preview beside the editor and rewritten each time the server has analysed
 * the plan again. The text is the same as `goalpost report --format md` writes.
 */
import * as vscode from 'vscode';
import { fileName, normalize, parseUri } from '../uris';
import { renderMarkdown } from '../../../server/src/core/report/index';
import type { GoalpostServer } from '../server-api';

/** The scheme of the summaries; a summary's query is the uri of the `.goals` document it summarises. */
export const SUMMARY_SCHEME = 'goalpost-summary';

/** Analyses come once per keystroke while someone types; waiting this long rewrites the summary once instead. */
const REFRESH_DELAY_MS = 300;

/** The summaries of plans, as virtual Markdown documents that follow their plans. */
export class PlanSummaries implements vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Every summary served, by its own uri. The Markdown preview may hold a summary
   * without it being among `workspace.textDocuments`, so changes go to all of them; a change to a
   * summary no one shows costs nothing.
   */
  private readonly served = new Map<string, vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly server: GoalpostServer) {
    this.subscriptions = [
      this.changes,
      vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, {
        onDidChange: this.changes.event,
        provideTextDocumentContent: (uri) => this.content(uri),
      }),
      server.onDidAnalyze(({ uri }) => this.scheduleChange(normalize(uri))),
    ];
  }

  /** Opens the summary of a document in the Markdown preview beside the editor, or as text when there is no preview. */
  async show(document: vscode.Uri): Promise<void> {
    // Opening the plan (without an editor) makes sure the language server has it; if it cannot be
    // opened, the summary itself says that Goalpost has not read it.
    await Promise.resolve(vscode.workspace.openTextDocument(document)).catch(() => undefined);
    const summary = summaryUri(document);
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', summary);
    } catch {
      // The built-in Markdown extension can be disabled; the Markdown text is still a readable summary.
      const text = await vscode.workspace.openTextDocument(summary);
      await vscode.window.showTextDocument(text, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async content(summary: vscode.Uri): Promise<string> {
    const document = documentOf(summary);
    if (document === undefined) return '# Plan summary\n\nThis summary does not name a plan.\n';
    this.served.set(summary.toString(), summary);
    try {
      const report = await this.server.report(document.toString());
      if (report === null) return `# Plan summary\n\nGoalpost has not read ${fileName(document)} yet. Open it in the editor, and this summary fills in.\n`;
      return renderMarkdown(report, vscode.workspace.asRelativePath(document, false));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return `# Plan summary\n\nGoalpost could not read ${fileName(document)} just now. The summary tries again the next time the file changes.\n\n(${detail})\n`;
    }
  }

  /** Rewrites the open summaries of a document a little later, once a burst of typing has settled. */
  private scheduleChange(document: string): void {
    clearTimeout(this.timers.get(document));
    this.timers.set(
      document,
      setTimeout(() => {
        this.timers.delete(document);
        for (const summary of this.served.values()) {
          if (documentOf(summary)?.toString() === document) this.changes.fire(summary);
        }
      }, REFRESH_DELAY_MS),
    );
  }
}

/** `goalpost-summary:/anxiety-panic summary.md?<document uri>`: the `.md` name lets VS Code treat it as Markdown. */
export function summaryUri(document: vscode.Uri): vscode.Uri {
  const name = fileName(document).replace(/\.goals$/i, '');
  return vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${name} summary.md`, query: document.toString() });
}

function documentOf(summary: vscode.Uri): vscode.Uri | undefined {
  return summary.query ? parseUri(summary.query) : undefined;
}
