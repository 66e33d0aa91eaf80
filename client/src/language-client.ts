/**
 * Starts the language server (the bundle `server/dist/server.cjs` shipped inside the extension)
 * over Node IPC, and wraps Goalpost's own requests in the typed `GoalpostServer`.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CHECK_WORKSPACE_REQUEST,
  DID_ANALYZE_NOTIFICATION,
  ENTRY_REQUEST,
  NEW_GOAL_REQUEST,
  PLAN_STATUS_REQUEST,
  REPORT_REQUEST,
  type CheckWorkspaceResult,
  type DidAnalyzeParams,
  type GoalpostInitializationOptions,
  type NewGoalResult,
} from '../../server/src/lsp/protocol';
import type { EntryParams, EntryResult, GoalpostServer, PlanStatusResult, ReportResult } from './server-api';

export const LANGUAGE_ID = 'goals';

/** The client for the `goals` language; started by the caller. */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('server/dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    // `F5` in a development host attaches a debugger to the server on this port.
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
    ],
    outputChannelName: 'Goalpost Language Server',
    // Read at every start, so a restart after the workspace is trusted reads `.goalpost.json` again.
    // Pushed diagnostics reach every open document, also those opened in the background (VS Code
    // pulls only for documents shown in a tab), and let Check All list files that are not open.
    // The lens commands are the extension's own (extension.ts), so the server does not offer them.
    initializationOptions: (): GoalpostInitializationOptions => ({ didAnalyze: true, pushDiagnostics: true, trusted: vscode.workspace.isTrusted, clientCommands: true }),
  };
  return new LanguageClient('goalpost', 'Goalpost Language Server', serverOptions, clientOptions);
}

/** Goalpost's own requests over a running client. */
export class ServerRequests implements GoalpostServer {
  private readonly listeners = new Set<(params: DidAnalyzeParams) => void>();

  constructor(private readonly client: LanguageClient) {}

  /** Starts listening for the server's analyses; call once the client has started. */
  listen(): vscode.Disposable {
    return this.client.onNotification(DID_ANALYZE_NOTIFICATION, (params: DidAnalyzeParams) => {
      for (const listener of this.listeners) listener(params);
    });
  }

  report(uri: string): Promise<ReportResult> {
    return this.client.sendRequest<ReportResult>(REPORT_REQUEST, { uri });
  }

  planStatus(uri: string): Promise<PlanStatusResult> {
    return this.client.sendRequest<PlanStatusResult>(PLAN_STATUS_REQUEST, { uri });
  }

  entry(params: EntryParams): Promise<EntryResult> {
    return this.client.sendRequest<EntryResult>(ENTRY_REQUEST, params);
  }

  newGoal(uri: string): Promise<NewGoalResult> {
    return this.client.sendRequest<NewGoalResult>(NEW_GOAL_REQUEST, { uri });
  }

  checkWorkspace(token: vscode.CancellationToken): Promise<CheckWorkspaceResult> {
    return this.client.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, {}, token);
  }

  onDidAnalyze(listener: (params: DidAnalyzeParams) => void): vscode.Disposable {
    this.listeners.add(listener);
    return new vscode.Disposable(() => this.listeners.delete(listener));
  }
}
