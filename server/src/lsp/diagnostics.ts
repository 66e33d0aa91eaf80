/**
 * Diagnostics of open documents: pushed after typing pauses, or pulled by clients that ask for
 * them. A plan whose check failed gets one diagnostic saying so, instead of none or a crash.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { AnalysisFailed, analysisFailedDiagnostic } from './analysis-failure';
import { rulePageUri } from '../node/rule-pages';
import { settingsDiagnostic, toLspDiagnostic } from './convert';
import type { DocumentState, DocumentStore } from './documents';
import type { EditorRequests } from './editor-requests';
import type { Guard } from './guard';
import { describeError } from './log';
import { DID_ANALYZE_NOTIFICATION, type DidAnalyzeParams } from './protocol';
import type { WorkspaceIndex } from './workspace-index';

/** How long typing must pause before diagnostics are recomputed and pushed. */
const DIAGNOSTICS_DELAY_MS = 200;

/** What the client asked for in `initialize`. */
export interface DiagnosticsMode {
  /** The client pulls diagnostics (`textDocument/diagnostic`), so none are pushed. */
  readonly pull: boolean;
  /** The client wants `goalpost/didAnalyze` once a version's diagnostics are delivered. */
  readonly announce: boolean;
}

/** A checked document's diagnostics: problems in its settings first, then its findings. */
export function diagnosticsOf(state: DocumentState): Diagnostic[] {
  return [...state.settingsProblems.map(settingsDiagnostic), ...state.analysis.diagnostics.map((d) => toLspDiagnostic(d, rulePageUri))];
}

export class Diagnostics {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly connection: Connection,
    private readonly store: DocumentStore,
    private readonly index: WorkspaceIndex,
    private readonly editor: EditorRequests,
    private readonly mode: () => DiagnosticsMode,
  ) {}

  /** Serves `textDocument/diagnostic` for clients that pull. */
  listen(guard: Guard): void {
    this.connection.languages.diagnostics.on(
      guard(
        'diagnostics',
        async ({ textDocument }: { textDocument: { uri: string } }) => {
          const checked = await this.current(textDocument.uri);
          if (checked) this.announce(textDocument.uri, checked.version, checked.diagnostics);
          return { kind: 'full' as const, items: checked?.diagnostics ?? [] };
        },
        ['textDocument'],
      ),
    );
  }

  /** Pushes the document's diagnostics after `delay`; a newer edit replaces the pending run, so only the latest text is checked. */
  schedule(uri: string, delay = DIAGNOSTICS_DELAY_MS): void {
    this.cancel(uri);
    if (this.mode().pull) return;
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        void this.publish(uri);
      }, delay),
    );
  }

  /** The settings changed: every open document's diagnostics are redone. */
  refresh(): void {
    if (this.mode().pull) return this.editor.refreshDiagnostics();
    for (const document of this.store.documents.all()) this.schedule(document.uri, 0);
  }

  cancel(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
  }

  /** The diagnostics of the document's newest version and that version; undefined when it is not open. */
  private async current(uri: string): Promise<{ version: number; diagnostics: Diagnostic[]; state?: DocumentState } | undefined> {
    try {
      const state = await this.store.get(uri);
      return state && { version: state.version, diagnostics: diagnosticsOf(state), state };
    } catch (error) {
      // The store has logged the failure; the diagnostic tells the person.
      const version = error instanceof AnalysisFailed ? error.version : this.store.documents.get(uri)?.version;
      return version === undefined ? undefined : { version, diagnostics: [analysisFailedDiagnostic()] };
    }
  }

  private async publish(uri: string): Promise<void> {
    try {
      const checked = await this.current(uri);
      if (!checked || checked.version !== this.store.documents.get(uri)?.version) return;
      if (checked.state) this.index.update(uri, checked.state.analysis.plan);
      await this.connection.sendDiagnostics({ uri, version: checked.version, diagnostics: checked.diagnostics });
      this.announce(uri, checked.version, checked.diagnostics);
    } catch (error) {
      this.connection.console.error(`goalpost: publishing diagnostics failed: ${describeError(error)}`);
    }
  }

  /** Tells the extension that a version's diagnostics are delivered (after the answer that carries them). */
  private announce(uri: string, version: number, diagnostics: readonly Diagnostic[]): void {
    if (!this.mode().announce) return;
    const count = (severity: number) => diagnostics.filter((d) => d.severity === severity).length;
    const params: DidAnalyzeParams = { uri, version, diagnostics: diagnostics.length, errors: count(1), warnings: count(2) };
    setImmediate(() => void this.connection.sendNotification(DID_ANALYZE_NOTIFICATION, params).catch(() => undefined));
  }
}
