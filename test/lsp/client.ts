/**
 * A minimal LSP client for protocol tests: starts the built server over stdio and speaks
 * JSON-RPC to it, as an editor would. Waits on real messages, never on sleeps.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const launcher = fileURLToPath(new URL('../../server/bin/goalpost-language-server.js', import.meta.url));

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: unknown; severity: number; code: string; message: string; data?: unknown }[];
}

/** One item of a `workspace/configuration` request. */
export interface ConfigurationItem {
  scopeUri?: string;
  section?: string;
}

export class TestClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  private readonly published: PublishedDiagnostics[] = [];
  private readonly waiters: { test: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }[] = [];
  stderr = '';
  /** Requests the server sent to the client, by method (e.g. workspace/configuration). */
  readonly serverRequests: string[] = [];

  /** The items of every `workspace/configuration` request, in the order they came. */
  readonly configurationItems: ConfigurationItem[] = [];

  /** `settings` answers every `workspace/configuration` item; a function answers each by its scope. */
  constructor(settings: Record<string, unknown> | ((item: ConfigurationItem) => unknown) = {}) {
    this.process = spawn(process.execPath, [launcher, '--stdio'], { stdio: 'pipe' });
    this.process.stderr.on('data', (chunk) => (this.stderr += String(chunk)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.test(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', ({ items }: { items: ConfigurationItem[] }) => {
      this.serverRequests.push('workspace/configuration');
      this.configurationItems.push(...items);
      return items.map((item) => (typeof settings === 'function' ? settings(item) : settings));
    });
    this.connection.onRequest('client/registerCapability', () => {
      this.serverRequests.push('client/registerCapability');
      return null;
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** Initializes with `rootUri` as the one workspace folder, or with the `folders` given. */
  async initialize(
    capabilities: Record<string, unknown>,
    rootUri: string | null = null,
    initializationOptions?: unknown,
    folders: readonly string[] | null = rootUri ? [rootUri] : null,
  ): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: folders && folders.map((uri, i) => ({ uri, name: `folder ${i + 1}` })),
      capabilities,
      ...(initializationOptions !== undefined && { initializationOptions }),
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** How many diagnostics notifications have arrived so far, to wait for those after a point (`diagnostics`' `after`). */
  get publishedCount(): number {
    return this.published.length;
  }

  /** Resolves with the next diagnostics published for `uri` that satisfy `test` (or already published, from the `after`-th on). */
  diagnostics(uri: string, test: (p: PublishedDiagnostics) => boolean = () => true, after = 0): Promise<PublishedDiagnostics> {
    const seen = this.published.slice(after).find((p) => p.uri === uri && test(p));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test: (p) => p.uri === uri && test(p), resolve }));
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'goals', version, text } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (c) => resolve(c));
    });
    this.connection.dispose();
    return code;
  }
}
