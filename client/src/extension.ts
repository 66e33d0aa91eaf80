/**
 * The Goalpost extension: starts the language server, which does all the checking, and adds what
 * only VS Code can show: commands, the progress chart, the plan summary and the status bar item.
 */
import * as vscode from 'vscode';
import { Analyses } from './analyses';
import { ChartPanels } from './chart/chart-panel';
import { checkAll } from './commands/check-all';
import { newGoal } from './commands/new-goal';
import { recordEntry } from './commands/record';
import { targetDocument, trackActivePlan } from './commands/target';
import { createLanguageClient, ServerRequests } from './language-client';
import type { DidAnalyzeParams } from './server-api';
import { PlanStatusItem } from './status-bar';
import { PlanSummaries } from './summary/summary-view';
import type { LanguageClient } from 'vscode-languageclient/node';

/** What `activate` returns to other extensions and to the integration tests. */
export interface GoalpostApi {
  /** Resolves once the language server is running. */
  readonly ready: Promise<void>;
  /** Resolves when the server has analysed the document's current version and its diagnostics are shown. */
  analyzed(uri: vscode.Uri): Promise<DidAnalyzeParams>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): GoalpostApi {
  client = createLanguageClient(context);
  const server = new ServerRequests(client);
  const analyses = new Analyses(server);
  const charts = new ChartPanels(context.extensionUri, server);
  const summaries = new PlanSummaries(server);
  // Handlers registered before the start see the first analyses too.
  context.subscriptions.push(server.listen());
  const ready = client.start().then(() => {
    context.subscriptions.push(new PlanStatusItem(server));
  });
  ready.catch((error: unknown) => {
    void vscode.window.showErrorMessage(`Goalpost's language server did not start: ${error instanceof Error ? error.message : String(error)}. See the "Goalpost Language Server" output.`);
  });

  // Commands wait for the server, so one run straight after start-up is not lost; a failure is
  // said in a sentence (the details go to the server's output), never as a bare stack.
  const command = <A extends unknown[], R>(id: string, run: (...args: A) => Promise<R>) =>
    vscode.commands.registerCommand(id, async (...args: A) => {
      try {
        await ready;
        return await run(...args);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        client?.outputChannel.appendLine(`${id} failed: ${reason}`);
        void vscode.window.showErrorMessage(`Goalpost could not finish that: ${reason}`);
        return undefined;
      }
    });
  const documentUri = async (uri?: string | vscode.Uri) => (await targetDocument(uri))?.uri;

  context.subscriptions.push(
    trackActivePlan(),
    analyses,
    charts,
    summaries,
    charts.registerSerializer(),
    command('goalpost.newGoal', (uri?: string | vscode.Uri) => newGoal(server, uri)),
    command('goalpost.logProgress', (uri?: string | vscode.Uri, goal?: string, value?: string) => recordEntry(server, 'progress', uri, goal, value)),
    command('goalpost.recordReview', (uri?: string | vscode.Uri, goal?: string, level?: string) => recordEntry(server, 'review', uri, goal, level)),
    command('goalpost.addBaseline', (uri?: string | vscode.Uri, goal?: string, value?: string) => recordEntry(server, 'baseline', uri, goal, value)),
    command('goalpost.showChart', async (uri?: string | vscode.Uri, goal?: string) => {
      const target = await documentUri(uri);
      if (target) await charts.show(target, goal);
    }),
    command('goalpost.showSummary', async (uri?: string | vscode.Uri) => {
      const target = await documentUri(uri);
      if (target) await summaries.show(target);
    }),
    command('goalpost.checkAll', () => checkAll(server)),
    command('goalpost.restartServer', async () => {
      await client?.restart();
    }),
    // Once the folder is trusted, its `.goalpost.json` files count: start the server again to read them.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
  );

  return { ready, analyzed: (uri) => ready.then(() => analyses.analyzed(uri)) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
