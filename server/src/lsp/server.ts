/**
 * The language server: LSP glue over the pure core. Each handler finds the document, calls one
 * core feature and converts the answer; nothing here knows the format.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import { codeLenses } from '../core/features/code-lens';
import { documentSymbols } from '../core/features/document-symbols';
import { foldingRanges } from '../core/features/folding';
import { hover } from '../core/features/hover';
import { selectionRange, type SelectionRange } from '../core/features/selection-ranges';
import {
  codeActions,
  complete,
  encodeSemanticTokens,
  formatDocument,
  formatRange,
  inlayHints,
  SEMANTIC_TOKENS_LEGEND,
  semanticTokens,
} from '../core/index';
import { rulePageUri } from '../node/rule-pages';
import { explainFindings } from '../core/features/finding-hover';
import { lensCommandCapabilities, registerLensCommands } from './commands';
import { sameFinding, toLspCompletion, toLspDiagnostic, toLspSymbol } from './convert';
import { Diagnostics, diagnosticsOf } from './diagnostics';
import { listenToDocuments } from './document-sync';
import { DocumentStore } from './documents';
import { EditorRequests } from './editor-requests';
import { registerGoalNavigation } from './goal-navigation';
import { registerGoalpostRequests } from './goalpost-requests';
import { createGuard } from './guard';
import { describeError } from './log';
import { MemoryRelease } from './memory';
import { CHECK_WORKSPACE_REQUEST, type GoalpostInitializationOptions } from './protocol';
import { WorkspaceCheck } from './workspace-check';
import { DEFAULT_SETTINGS, readEditorSettings } from './settings';
import { WorkspaceIndex } from './workspace-index';

/** A workspace folder as a path; undefined for a uri that is not a file on disk. */
function folderPath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function startServer(connection: Connection): void {
  const log = (line: string) => connection.console.error(line);
  const store = new DocumentStore(DEFAULT_SETTINGS, log);
  const index = new WorkspaceIndex();
  const workspaceCheck = new WorkspaceCheck(connection, store, diagnosticsOf);
  let capabilities: InitializeParams['capabilities'] = {};
  let folders: string[] = [];
  let pullDiagnostics = false;
  let announceAnalyses = false;
  const editor = new EditorRequests(connection, () => capabilities);
  const diagnostics = new Diagnostics(connection, store, index, editor, () => ({ pull: pullDiagnostics, announce: announceAnalyses }));
  const guard = createGuard(connection, (uri) => store.documents.get(uri));
  const memory = new MemoryRelease();
  /** Runs a notification handler; what it throws is logged in one line, without document text. */
  const quietly =
    <P>(name: string, handler: (params: P) => Promise<void>) =>
    async (params: P): Promise<void> => {
      try {
        await handler(params);
      } catch (error) {
        log(`goalpost: ${name} failed: ${describeError(error)}`);
      }
    };

  const stateOf = (uri: string) => store.get(uri);
  // Requests that read only the plan are answered once it is parsed, before the rules finish.
  const planOf = (uri: string) => store.getPlan(uri);

  connection.onInitialize((params): InitializeResult => {
    capabilities = params?.capabilities ?? {};
    const options = (params?.initializationOptions ?? {}) as GoalpostInitializationOptions;
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined && options.pushDiagnostics !== true;
    const uris = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders.map((f) => f?.uri) : [];
    folders = uris.flatMap((uri) => (typeof uri === 'string' ? (folderPath(uri) ?? []) : []));
    if (folders.length === 0 && typeof params?.rootUri === 'string') folders = [folderPath(params.rootUri) ?? []].flat();
    announceAnalyses = options.didAnalyze === true;
    // In an untrusted workspace the plan's folder does not get to configure the checks.
    if (options.trusted === false) store.readSettingsFiles = false;
    if (options.settings) store.invalidate(readEditorSettings(options.settings));
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
        ...(pullDiagnostics && { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } }),
      },
      serverInfo: { name: 'goalpost-language-server' },
    };
  });

  connection.onInitialized(
    quietly('initialized', async () => {
      // An editor that refuses a registration still gets everything else.
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await editor.ask('client/registerCapability', () => connection.client.register(DidChangeConfigurationNotification.type, { section: 'goalpost' }));
      }
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await editor.ask('client/registerCapability', () =>
          connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.goals' }, { globPattern: '**/.goalpost.json' }] }),
        );
      }
      await loadSettings();
      void index.build(folders);
    }),
  );

  /** Reads the `goalpost` section from the client, where it can answer `workspace/configuration`. */
  async function loadSettings(pushed?: unknown): Promise<void> {
    let section = pushed;
    if (section === undefined && capabilities.workspace?.configuration) {
      section = (await editor.ask('workspace/configuration', () => connection.workspace.getConfiguration('goalpost'))) as unknown;
    }
    if (section === undefined) return;
    // Whatever the editor sent is read as data: a value that is not settings reads as none.
    store.invalidate(readEditorSettings(section));
    afterSettingsChange();
  }

  /** The settings changed: diagnostics, and the lenses and hints that show review dates, are redone. */
  function afterSettingsChange(): void {
    diagnostics.refresh();
    editor.refreshViews();
  }

  connection.onDidChangeConfiguration(
    quietly('workspace/didChangeConfiguration', async (change) => {
      const pushed = (change?.settings as { goalpost?: unknown } | null | undefined)?.goalpost;
      await loadSettings(pushed);
    }),
  );

  connection.onDidChangeWatchedFiles(
    quietly('workspace/didChangeWatchedFiles', async ({ changes }) => {
    let settingsChanged = false;
    for (const change of changes) {
      if (change.uri.endsWith('.goalpost.json')) settingsChanged = true;
      else if (store.documents.get(change.uri)) continue;
      else {
        if (change.type === FileChangeType.Deleted) index.remove(change.uri);
        else await index.refresh(change.uri);
        await workspaceCheck.changedOnDisk(change.uri, change.type === FileChangeType.Deleted);
      }
    }
    if (settingsChanged) {
      store.invalidate();
      afterSettingsChange();
      void workspaceCheck.refreshClosed();
    }
    }),
  );

  store.documents.onDidOpen(({ document }) => diagnostics.schedule(document.uri, 0));
  // Clients that do not report file changes (such as Neovim 0.7) still see a new .goalpost.json:
  // the settings files are looked up again whenever a plan is saved.
  store.documents.onDidSave(() => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    store.invalidate();
    afterSettingsChange();
  });
  // Typing only schedules work: the analysis runs after the pause, or when a request needs it.
  store.documents.onDidChangeContent(({ document }) => diagnostics.schedule(document.uri));
  store.documents.onDidClose(({ document }) => {
    diagnostics.cancel(document.uri);
    store.forget(document.uri);
    memory.closed(document.getText().length);
    // The workspace index keeps the file as it is on disk, if it is one of the workspace's files.
    void index.closed(document.uri, folders);
    if (pullDiagnostics) return;
    // A file Check All has covered keeps showing the findings of its saved text; others are cleared.
    void workspaceCheck
      .closed(document.uri)
      .then((kept) => (kept ? undefined : connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })))
      .catch((error: unknown) => log(`goalpost: clearing the diagnostics of a closed plan failed: ${describeError(error)}`));
  });

  diagnostics.listen(guard);

  connection.onCompletion(
    guard('completion', async ({ textDocument, position }) => {
      const state = await planOf(textDocument.uri);
      if (!state) return null;
      const snippets = capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
      const items = complete(state.text, state.plan, position, { today: state.today, config: state.config, snippets });
      return { isIncomplete: false, items: items.map(toLspCompletion) };
    }, ['textDocument', 'position']),
  );

  connection.onDocumentFormatting(
    guard('formatting', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return state ? formatDocument(state.text) : null;
    }, ['textDocument']),
  );

  connection.onDocumentRangeFormatting(
    guard('range formatting', async ({ textDocument, range }) => {
      const state = await planOf(textDocument.uri);
      return state ? formatRange(state.text, range) : null;
    }, ['textDocument', 'range']),
  );

  connection.onCodeAction(
    guard('code actions', async ({ textDocument, range, context }) => {
      const state = await stateOf(textDocument.uri);
      if (!state) return null;
      const only = context?.only;
      const wanted = (kind: string) => !only || only.some((only) => kind === only || kind.startsWith(`${only}.`));
      // A quick fix answers for the findings the editor asks about, not for others on the same range.
      const asked = Array.isArray(context?.diagnostics) ? context.diagnostics : undefined;
      const findings = asked ? state.analysis.diagnostics.filter((d) => asked.some((a) => sameFinding(a, d))) : state.analysis.diagnostics;
      return codeActions(state.text, state.analysis.plan, findings, range, { today: state.today })
        .filter((action) => wanted(action.kind))
        .map((action) => ({
          title: action.title,
          kind: action.kind,
          ...(action.diagnostics && { diagnostics: action.diagnostics.map((d) => toLspDiagnostic(d, rulePageUri)) }),
          ...(action.isPreferred && { isPreferred: true }),
          edit: { changes: { [textDocument.uri]: [...action.edit] } },
        }));
    }, ['textDocument', 'range']),
  );

  connection.languages.inlayHint.on(
    guard('inlay hints', async ({ textDocument, range }) => {
      const state = await planOf(textDocument.uri);
      if (!state) return null;
      return inlayHints(state.plan, range, { today: state.today, config: state.config }).map((hint) => ({
        position: hint.position,
        label: hint.label,
        ...(hint.kind && { kind: hint.kind === 'type' ? 1 : 2 }),
        ...(hint.paddingLeft && { paddingLeft: true }),
      }));
    }, ['textDocument', 'range']),
  );

  connection.languages.semanticTokens.on(
    guard('semantic tokens', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return { data: state ? encodeSemanticTokens(semanticTokens(state.plan)) : [] };
    }, ['textDocument']),
  );

  connection.languages.semanticTokens.onRange(
    guard('semantic tokens', async ({ textDocument, range }) => {
      const state = await planOf(textDocument.uri);
      return { data: state ? encodeSemanticTokens(semanticTokens(state.plan, range)) : [] };
    }, ['textDocument', 'range']),
  );

  connection.onHover(
    guard('hover', async ({ textDocument, position }) => {
      const state = await planOf(textDocument.uri);
      const answer = state && hover(state.plan, position, state.today, state.config);
      // Over a finding, the why and how behind it, once the check has run (a hover never waits for it).
      const checked = store.peek(textDocument.uri);
      const why = checked && explainFindings(checked.analysis.diagnostics, position, { voice: checked.config.voice, pageOf: rulePageUri });
      const value = [answer?.contents, why].filter(Boolean).join('\n\n---\n\n');
      if (!value) return null;
      return { contents: { kind: 'markdown' as const, value }, ...(answer && { range: answer.range }) };
    }, ['textDocument', 'position']),
  );

  connection.onDocumentSymbol(
    guard('document symbols', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return state ? documentSymbols(state.plan).map(toLspSymbol) : null;
    }, ['textDocument']),
  );

  connection.onWorkspaceSymbol(
    guard('workspace symbols', async ({ query }) => {
      await index.whenReady();
      const wanted = typeof query === 'string' ? query.toLowerCase() : '';
      return index.all().flatMap(({ uri, plan }) =>
        plan.goals
          .filter((g) => g.id.toLowerCase().includes(wanted) || g.statement.text.toLowerCase().includes(wanted))
          .map((g) => ({ name: g.id, kind: 5 /* Class */, containerName: plan.header.title?.text ?? '', location: { uri, range: g.idRange } })),
      );
    }),
  );

  connection.onFoldingRanges(
    guard('folding ranges', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return state ? foldingRanges(state.plan) : null;
    }, ['textDocument']),
  );

  connection.onSelectionRanges(
    guard('selection ranges', async ({ textDocument, positions }) => {
      const state = await planOf(textDocument.uri);
      const document = store.documents.get(textDocument.uri);
      if (!state || !document) return null;
      const end = document.positionAt(state.text.length);
      type LspSelection = { range: SelectionRange['range']; parent?: LspSelection };
      const toLsp = (r: SelectionRange): LspSelection => ({ range: r.range, ...(r.parent && { parent: toLsp(r.parent) }) });
      return positions.map((p) => toLsp(selectionRange(state.plan, p, end)));
    }, ['textDocument', 'positions']),
  );

  connection.onCodeLens(
    guard('code lenses', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      if (!state) return null;
      return codeLenses(state.plan, textDocument.uri, state.today, state.config).map((lens) => ({
        range: lens.range,
        command: { title: lens.title, command: lens.command?.id ?? '', ...(lens.command && { arguments: [...lens.command.arguments] }) },
      }));
    }, ['textDocument']),
  );

  registerGoalNavigation(connection, stateOf, index, guard);
  registerGoalpostRequests(connection, stateOf, guard);
  registerLensCommands(connection, stateOf, guard, editor, () => capabilities);
  connection.onRequest(
    CHECK_WORKSPACE_REQUEST,
    guard('the check of all goal files', async (_params: unknown, token) => {
      // Pulling clients ask for each document's diagnostics themselves; pushing them too would show them twice.
      if (pullDiagnostics) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Checking all files needs pushed diagnostics (initializationOptions.pushDiagnostics).');
      return workspaceCheck.run(folders, () => token.isCancellationRequested);
    }),
  );
  listenToDocuments(store.documents, connection, log);
  connection.listen();
}
