/**
 * Check All Goal Files: diagnostics for every `.goals` file of the workspace, not only the open ones.
 * Files that are not open are read from disk and their findings pushed like an open document's; once
 * checked, a file stays checked for the session, so closing it shows its saved text's findings again
 * instead of clearing them, and a change on disk is checked again.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { glob } from 'tinyglobby';
import { analysisFailedDiagnostic } from './analysis-failure';
import type { DocumentState, DocumentStore } from './documents';
import type { CheckWorkspaceResult } from './protocol';

export class WorkspaceCheck {
  /** The files checked so far, which keep their diagnostics while they are closed. */
  private readonly checked = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly store: DocumentStore,
    private readonly diagnosticsOf: (state: DocumentState) => Diagnostic[],
  ) {}

  /** Checks every `.goals` file under the folders: open ones as they are in the editor, the rest from disk. */
  async run(folders: readonly string[], isCancelled: () => boolean): Promise<CheckWorkspaceResult> {
    const result = { files: 0, errors: 0, warnings: 0, unreadable: [] as string[] };
    for (const folder of folders) {
      const files = await glob('**/*.goals', { cwd: folder, absolute: true, dot: false, ignore: ['**/node_modules/**'], followSymbolicLinks: false });
      for (const file of files.sort()) {
        if (isCancelled()) return result;
        const uri = pathToFileURL(file).href;
        this.checked.add(uri);
        const diagnostics = this.store.documents.get(uri) ? await this.openDiagnostics(uri) : await this.publishFromDisk(uri);
        if (diagnostics === undefined) {
          result.unreadable.push(file);
          continue;
        }
        result.files += 1;
        result.errors += diagnostics.filter((d) => d.severity === 1).length;
        result.warnings += diagnostics.filter((d) => d.severity === 2).length;
      }
    }
    return result;
  }

  /** A checked file was closed: show its findings on disk again. Answers false for files never checked. */
  async closed(uri: string): Promise<boolean> {
    if (!this.checked.has(uri)) return false;
    await this.publishFromDisk(uri);
    return true;
  }

  /** A file changed on disk: check it again if it was checked and is not open; forget it when deleted. */
  async changedOnDisk(uri: string, deleted: boolean): Promise<void> {
    if (!this.checked.has(uri) || this.store.documents.get(uri)) return;
    if (deleted) {
      this.checked.delete(uri);
      await this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    await this.publishFromDisk(uri);
  }

  /** The settings changed: check the closed files again with the new ones. */
  async refreshClosed(): Promise<void> {
    for (const uri of this.checked) if (!this.store.documents.get(uri)) await this.publishFromDisk(uri);
  }

  /** An open document's diagnostics; a failed check counts as the one diagnostic that says so. */
  private async openDiagnostics(uri: string): Promise<Diagnostic[] | undefined> {
    try {
      const state = await this.store.get(uri);
      return state && this.diagnosticsOf(state);
    } catch {
      return [analysisFailedDiagnostic()];
    }
  }

  /** Reads, checks and publishes a closed file; undefined when it cannot be read (its diagnostics are cleared). */
  private async publishFromDisk(uri: string): Promise<Diagnostic[] | undefined> {
    let text: string;
    try {
      text = await readFile(fileURLToPath(uri), 'utf8');
    } catch {
      await this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return undefined;
    }
    let state: DocumentState | undefined;
    try {
      state = await this.store.checkClosed(uri, text);
    } catch {
      // The store has logged the failure; the file shows the one diagnostic that says so.
      if (this.store.documents.get(uri)) return [analysisFailedDiagnostic()];
      const failed = [analysisFailedDiagnostic()];
      await this.connection.sendDiagnostics({ uri, diagnostics: failed });
      return failed;
    }
    // The file was opened meanwhile: the open document's own diagnostics win.
    if (!state || this.store.documents.get(uri)) return state && this.diagnosticsOf(state);
    const diagnostics = this.diagnosticsOf(state);
    await this.connection.sendDiagnostics({ uri, diagnostics });
    return diagnostics;
  }
}
