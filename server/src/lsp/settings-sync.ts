/**
 * Keeps the settings and the workspace's files in step with the editor: the `goalpost` section of
 * each workspace folder (asked with `workspace/configuration`, or pushed), `.goalpost.json` and
 * `.goals` files changing on disk, and workspace folders coming and going.
 */
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, type Connection } from 'vscode-languageserver/node';
import type { ClientSetup } from './capabilities';
import type { Diagnostics } from './diagnostics';
import type { DocumentStore } from './documents';
import type { EditorRequests } from './editor-requests';
import { describeError } from './log';
import { filePath } from './paths';
import { readEditorSettings, type FolderSettings } from './settings';
import type { WorkspaceCheck } from './workspace-check';
import type { WorkspaceIndex } from './workspace-index';

/** The parts of the server that settings and files on disk change. */
export interface SyncedParts {
  readonly connection: Connection;
  readonly store: DocumentStore;
  readonly settings: FolderSettings;
  readonly index: WorkspaceIndex;
  readonly workspaceCheck: WorkspaceCheck;
  readonly diagnostics: Diagnostics;
  readonly editor: EditorRequests;
  readonly client: () => ClientSetup;
  readonly log: (line: string) => void;
}

/** The uris of a list of workspace folders as the editor sent it; entries that are not folders are left out. */
const urisOf = (folders: unknown): string[] =>
  Array.isArray(folders) ? folders.flatMap((f: { uri?: unknown } | null) => (typeof f?.uri === 'string' ? [f.uri] : [])) : [];

export function registerSettingsSync({ connection, store, settings, index, workspaceCheck, diagnostics, editor, client, log }: SyncedParts): void {
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

  connection.onInitialized(
    quietly('initialized', async () => {
      const { capabilities } = client();
      if (capabilities.workspace?.workspaceFolders === true) {
        connection.workspace.onDidChangeWorkspaceFolders(quietly('workspace/didChangeWorkspaceFolders', changeFolders));
      }
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
      void index.build(settings.paths());
    }),
  );

  /**
   * Reads the `goalpost` section for each scope (a folder's uri, or undefined for documents outside
   * every folder) from the client, where it can answer `workspace/configuration`; a scope it gives
   * nothing for takes the `pushed` section, if any. Answers whether any settings were read.
   */
  async function readSettings(scopes: readonly (string | undefined)[], pushed?: unknown): Promise<boolean> {
    const ask = (scopeUri: string | undefined) =>
      editor.ask('workspace/configuration', () => connection.workspace.getConfiguration({ section: 'goalpost', ...(scopeUri !== undefined && { scopeUri }) }));
    const pulled: unknown[] = client().capabilities.workspace?.configuration ? await Promise.all(scopes.map(ask)) : [];
    let read = false;
    scopes.forEach((scope, i) => {
      // VS Code pushes the settings of no folder in particular: a folder's own answer wins over them.
      const section = (pulled[i] === undefined || pulled[i] === null) && pushed !== undefined ? pushed : pulled[i];
      if (section === undefined) return;
      // Whatever the editor sent is read as data: a value that is not settings reads as none.
      settings.set(scope, readEditorSettings(section));
      read = true;
    });
    return read;
  }

  /** Reads the settings of every folder, and of documents outside them, again. */
  async function loadSettings(pushed?: unknown): Promise<void> {
    if (await readSettings([undefined, ...settings.uris()], pushed)) afterSettingsChange();
  }

  /** The settings changed: diagnostics, and the lenses and hints that show review dates, are redone. */
  function afterSettingsChange(): void {
    store.invalidate();
    diagnostics.refresh();
    editor.refreshViews();
  }

  /** Folders were added to or removed from the workspace: their settings and their files come and go. */
  async function changeFolders(event: { added?: unknown; removed?: unknown } | undefined): Promise<void> {
    for (const uri of urisOf(event?.removed)) settings.remove(uri);
    const added = urisOf(event?.added).filter((uri) => settings.add(uri));
    index.prune(settings.paths(), (uri) => store.documents.get(uri) !== undefined);
    void index.build(added.flatMap((uri) => filePath(uri) ?? []));
    await readSettings(added);
    // An open document may now belong to another folder, or to none.
    afterSettingsChange();
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
        afterSettingsChange();
        void workspaceCheck.refreshClosed();
      }
    }),
  );

  // Clients that do not report file changes (such as Neovim 0.7) still see a new .goalpost.json:
  // the settings files are looked up again whenever a plan is saved.
  store.documents.onDidSave(() => {
    if (client().capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    afterSettingsChange();
  });
}
