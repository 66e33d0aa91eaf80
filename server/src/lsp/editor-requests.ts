/**
 * Requests the server sends to the editor. An editor may answer any of them with an error, or with
 * something that is not an answer; that costs only what the request was for, never the server.
 */
import { CodeLensRefreshRequest, ResponseError, type ClientCapabilities, type Connection } from 'vscode-languageserver/node';

export class EditorRequests {
  constructor(
    private readonly connection: Connection,
    private readonly capabilities: () => ClientCapabilities,
  ) {}

  /** Runs a request to the editor; a refusal is logged in one line (its code, not its words) and gives undefined. */
  async ask<T>(method: string, request: () => Promise<T>): Promise<T | undefined> {
    try {
      return await request();
    } catch (error) {
      const code = error instanceof ResponseError ? ` (error ${error.code})` : '';
      this.connection.console.warn(`goalpost: the editor did not answer ${method}${code}; the server carries on without it.`);
      return undefined;
    }
  }

  /** Asks for the pulled diagnostics again, where the editor can do that. */
  refreshDiagnostics(): void {
    if (this.capabilities().workspace?.diagnostics?.refreshSupport) void this.ask('workspace/diagnostic/refresh', () => this.connection.languages.diagnostics.refresh());
  }

  /**
   * Asks for code lenses and inlay hints again after the settings changed (they show review dates,
   * which depend on today and the review schedule). Semantic tokens depend on the text alone.
   */
  refreshViews(): void {
    const workspace = this.capabilities().workspace;
    if (workspace?.codeLens?.refreshSupport) void this.ask('workspace/codeLens/refresh', () => this.connection.sendRequest(CodeLensRefreshRequest.type));
    if (workspace?.inlayHint?.refreshSupport) void this.ask('workspace/inlayHint/refresh', () => this.connection.languages.inlayHint.refresh());
  }
}
