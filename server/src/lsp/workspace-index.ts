/**
 * Every `.goals` file of the workspace, parsed, for workspace symbols and for goal ids across files.
 * Built in the background after start-up and kept current from file-change notifications; open
 * documents always win over what is on disk.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { parse, type Plan } from '../core/index';
import { filePath, isInside } from './paths';

export interface IndexedPlan {
  readonly uri: string;
  readonly plan: Plan;
}

/** Yields to the event loop so that requests are answered while a large workspace is read. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceIndex {
  private readonly plans = new Map<string, Plan>();
  private ready: Promise<void> = Promise.resolve();

  /** Reads every `.goals` file under the folders; resolves when done (requests need not wait). */
  build(folders: readonly string[]): Promise<void> {
    const earlier = this.ready;
    const reading = (async () => {
      for (const folder of folders) {
        const files = await glob('**/*.goals', { cwd: folder, absolute: true, dot: false, ignore: ['**/node_modules/**'], followSymbolicLinks: false });
        for (const file of files) {
          await this.refresh(pathToFileURL(file).href);
          await breathe();
        }
      }
    })().catch(() => undefined);
    // Folders added later are read beside the first ones; a request that waits waits for them all.
    this.ready = Promise.all([earlier, reading]).then(() => undefined);
    return this.ready;
  }

  /** Waits for the first build, for requests that need the whole workspace. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Re-reads one file from disk (created or changed); a file that cannot be read leaves the index. */
  async refresh(uri: string): Promise<void> {
    try {
      const text = await readFile(fileURLToPath(uri), 'utf8');
      this.plans.set(uri, parse(text).plan);
    } catch {
      this.plans.delete(uri);
    }
  }

  /** Records the plan of an open document, which is newer than the file on disk. */
  update(uri: string, plan: Plan): void {
    this.plans.set(uri, plan);
  }

  remove(uri: string): void {
    this.plans.delete(uri);
  }

  /**
   * An open document was closed: a file of the workspace folders is read again from disk; anything
   * else (an untitled document, a file outside the folders) leaves the index, so closed documents
   * hold no memory.
   */
  async closed(uri: string, folders: readonly string[]): Promise<void> {
    const file = filePath(uri);
    const inside = file !== undefined && folders.some((folder) => isInside(folder, file));
    if (inside) await this.refresh(uri);
    else this.plans.delete(uri);
  }

  /** Workspace folders were removed: files under none of `folders` leave the index, unless they are open. */
  prune(folders: readonly string[], isOpen: (uri: string) => boolean): void {
    for (const uri of this.plans.keys()) {
      const file = filePath(uri);
      if (!isOpen(uri) && !(file !== undefined && folders.some((folder) => isInside(folder, file)))) this.plans.delete(uri);
    }
  }

  all(): IndexedPlan[] {
    return [...this.plans].map(([uri, plan]) => ({ uri, plan }));
  }

  /**
   * The plan that defines goal `id` for a reference in `fromUri`: the document itself when it
   * defines the id, else a plan in the same folder, else any plan of the workspace.
   */
  definingPlan(id: string, fromUri: string, fromPlan: Plan): IndexedPlan | undefined {
    if (fromPlan.goals.some((g) => g.id === id)) return { uri: fromUri, plan: fromPlan };
    const folder = (uri: string) => path.posix.dirname(uri);
    const candidates = this.all().filter(({ uri, plan }) => uri !== fromUri && plan.goals.some((g) => g.id === id));
    return candidates.find(({ uri }) => folder(uri) === folder(fromUri)) ?? candidates[0];
  }
}
