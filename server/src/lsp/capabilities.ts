/**
 * The `initialize` handshake: what the server reads from the client's request (its workspace
 * folders, pull or push diagnostics, Goalpost's own options) and the capabilities it answers with.
 */
import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { lensCommandCapabilities } from './commands';
import type { DiagnosticsMode } from './diagnostics';
import { filePath } from './paths';
import type { GoalpostInitializationOptions } from './protocol';
import { SEMANTIC_TOKENS_LEGEND } from './semantic-tokens';

/** What the client said in `initialize`, as the rest of the server needs it. */
export interface ClientSetup {
  readonly capabilities: ClientCapabilities;
  readonly options: GoalpostInitializationOptions;
  /** The workspace folders on disk, by the uris the client named them: its `workspaceFolders`, else its `rootUri`. */
  readonly folders: readonly string[];
  readonly diagnostics: DiagnosticsMode;
  /** False in an untrusted workspace (Restricted Mode). */
  readonly trusted: boolean;
}

/** The setup until `initialize` arrives. */
export const NO_CLIENT: ClientSetup = { capabilities: {}, options: {}, folders: [], diagnostics: { pull: false, announce: false }, trusted: true };

/** The client pulls diagnostics, unless it asked for them to be pushed. */
function pullsDiagnostics(capabilities: ClientCapabilities, options: GoalpostInitializationOptions): boolean {
  return capabilities.textDocument?.diagnostic !== undefined && options.pushDiagnostics !== true;
}

/** Reads the `initialize` request, any part of which may be missing. */
export function readInitialize(params: InitializeParams | undefined): ClientSetup {
  const capabilities = params?.capabilities ?? {};
  const options = (params?.initializationOptions ?? {}) as GoalpostInitializationOptions;
  const uris = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders.map((f) => f?.uri) : [];
  let folders = uris.filter((uri): uri is string => typeof uri === 'string' && filePath(uri) !== undefined);
  if (folders.length === 0 && typeof params?.rootUri === 'string' && filePath(params.rootUri) !== undefined) folders = [params.rootUri];
  return {
    capabilities,
    options,
    folders,
    diagnostics: { pull: pullsDiagnostics(capabilities, options), announce: options.didAnalyze === true },
    trusted: options.trusted !== false,
  };
}

/** The server's capabilities for this client and these options. */
export function serverCapabilities(capabilities: ClientCapabilities, options: GoalpostInitializationOptions): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', ' '], resolveProvider: false },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source] },
      inlayHintProvider: true,
      semanticTokensProvider: { legend: { tokenTypes: [...SEMANTIC_TOKENS_LEGEND.tokenTypes], tokenModifiers: [...SEMANTIC_TOKENS_LEGEND.tokenModifiers] }, full: true, range: true },
      documentSymbolProvider: { label: 'Goalpost' },
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      ...lensCommandCapabilities(capabilities, options),
      ...(pullsDiagnostics(capabilities, options) && { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } }),
      // Folders added or removed later are announced, so their settings and files follow.
      ...(capabilities.workspace?.workspaceFolders === true && { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } }),
    },
    serverInfo: { name: 'goalpost-language-server' },
  };
}
