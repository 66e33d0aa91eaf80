/**
 * The language server: the wiring of its parts over the pure core. The handlers are in
 * `feature-requests.ts`, `goal-navigation.ts`, `goalpost-requests.ts` and `commands.ts`; the
 * settings and files on disk are kept in step in `settings-sync.ts`. Nothing here knows the format.
 */
import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import { NO_CLIENT, readInitialize, serverCapabilities, type ClientSetup } from './capabilities';
import { registerLensCommands } from './commands';
import { Diagnostics, diagnosticsOf } from './diagnostics';
import { listenToDocuments } from './document-sync';
import { DocumentStore } from './documents';
import { EditorRequests } from './editor-requests';
import { registerFeatureRequests } from './feature-requests';
import { registerGoalNavigation } from './goal-navigation';
import { registerGoalpostRequests } from './goalpost-requests';
import { createGuard } from './guard';
import { describeError } from './log';
import { MemoryRelease } from './memory';
import { CHECK_WORKSPACE_REQUEST } from './protocol';
import { FolderSettings, readEditorSettings } from './settings';
import { registerSettingsSync } from './settings-sync';
import { WorkspaceCheck } from './workspace-check';
import { WorkspaceIndex } from './workspace-index';

export function startServer(connection: Connection): void {
  const log = (line: string) => connection.console.error(line);
  const settings = new FolderSettings();
  const store = new DocumentStore((uri) => settings.settingsFor(uri), log);
  const index = new WorkspaceIndex();
  const workspaceCheck = new WorkspaceCheck(connection, store, diagnosticsOf);
  let client: ClientSetup = NO_CLIENT;
  const editor = new EditorRequests(connection, () => client.capabilities);
  const diagnostics = new Diagnostics(connection, store, index, editor, () => client.diagnostics);
  const guard = createGuard(connection, (uri) => store.documents.get(uri));
  const memory = new MemoryRelease();
  const stateOf = (uri: string) => store.get(uri);

  connection.onInitialize((params) => {
    client = readInitialize(params);
    for (const folder of client.folders) settings.add(folder);
    // In an untrusted workspace the plan's folder does not get to configure the checks.
    if (!client.trusted) store.readSettingsFiles = false;
    if (client.options.settings) {
      settings.setAll(readEditorSettings(client.options.settings));
      store.invalidate();
    }
    return serverCapabilities(client.capabilities, client.options);
  });
  registerSettingsSync({ connection, store, settings, index, workspaceCheck, diagnostics, editor, client: () => client, log });

  store.documents.onDidOpen(({ document }) => diagnostics.schedule(document.uri, 0));
  // Typing only schedules work: the analysis runs after the pause, or when a request needs it.
  store.documents.onDidChangeContent(({ document }) => diagnostics.schedule(document.uri));
  store.documents.onDidClose(({ document }) => {
    diagnostics.cancel(document.uri);
    store.forget(document.uri);
    memory.closed(document.getText().length);
    // The workspace index keeps the file as it is on disk, if it is one of the workspace's files.
    void index.closed(document.uri, settings.paths());
    if (client.diagnostics.pull) return;
    // A file Check All has covered keeps showing the findings of its saved text; others are cleared.
    void workspaceCheck
      .closed(document.uri)
      .then((kept) => (kept ? undefined : connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })))
      .catch((error: unknown) => log(`goalpost: clearing the diagnostics of a closed plan failed: ${describeError(error)}`));
  });

  diagnostics.listen(guard);
  registerFeatureRequests(connection, store, index, guard, () => client.capabilities);
  registerGoalNavigation(connection, stateOf, index, guard);
  registerGoalpostRequests(connection, stateOf, guard);
  registerLensCommands(connection, stateOf, guard, editor, () => client.capabilities);
  connection.onRequest(
    CHECK_WORKSPACE_REQUEST,
    guard('the check of all goal files', async (_params: unknown, token) => {
      // Pulling clients ask for each document's diagnostics themselves; pushing them too would show them twice.
      if (client.diagnostics.pull) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Checking all files needs pushed diagnostics (initializationOptions.pushDiagnostics).');
      return workspaceCheck.run(settings.paths(), () => token.isCancellationRequested);
    }),
  );
  listenToDocuments(store.documents, connection, log);
  connection.listen();
}
