/**
 * What the server last said about each document's analysis, so that callers (Check All Goal Files,
 * the extension's API for tests) can wait until a document's diagnostics are current and shown.
 */
import * as vscode from 'vscode';
import type { DidAnalyzeParams, GoalpostServer } from './server-api';

export class Analyses implements vscode.Disposable {
  private readonly latest = new Map<string, DidAnalyzeParams>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(server: GoalpostServer) {
    this.subscriptions = [
      server.onDidAnalyze((params) => {
        this.latest.set(params.uri, params);
        this.changed.fire();
      }),
      // Diagnostics reach VS Code's collection a moment after the notification; wait for both.
      vscode.languages.onDidChangeDiagnostics(() => this.changed.fire()),
      this.changed,
    ];
  }

  /** The last analysis of a document, if its current version was analysed and its diagnostics are shown. */
  current(document: vscode.TextDocument): DidAnalyzeParams | undefined {
    const last = this.latest.get(document.uri.toString());
    if (!last || last.version !== document.version) return undefined;
    return vscode.languages.getDiagnostics(document.uri).length === last.diagnostics ? last : undefined;
  }

  /**
   * Resolves when the document's current version is analysed and its diagnostics are shown, whether
   * or not it is in a tab (the server pushes diagnostics for every open document); rejects when the
   * document is not open at all.
   */
  analyzed(uri: vscode.Uri): Promise<DidAnalyzeParams> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (!document) {
          listener.dispose();
          reject(new Error(`${uri.toString()} is not open, so the server does not analyse it.`));
          return;
        }
        const done = this.current(document);
        if (done) {
          listener.dispose();
          resolve(done);
        }
      };
      const listener = this.changed.event(check);
      check();
    });
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
