/**
 * The one way the CLI writes a file (`fmt --write`, `report -o`, `export -o`, `init`, `new -o`): whole or not at
 * all, never more readable than it should be, never over a plan it reads, never over a file that says "read-only".
 *
 * The text goes to a temporary file in the target's folder (so the rename cannot cross file systems), created
 * with the target's final permissions, flushed to disk, and renamed over the target in one step: a crash, a kill
 * or a full disk at any moment leaves the old content or the new one. See temp-files.ts for what a killed run
 * leaves behind. write-file-atomic does the same steps, but names its temporary files `<name>.<number>` (which
 * cannot be told apart from a person's `alex.goals.2026`, so a killed run's file could never be removed safely),
 * opens them without `O_EXCL`, and cannot refuse to replace a file or one that changed since it was read.
 */
import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { access, link, lstat, open, readFile, realpath, rename, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { describeIoError, errorCode, isNotFound } from '../node/io-errors';
import { removeStaleTemps, tempPathFor, trackTemp, untrackTemp } from './temp-files';

/** Why a file could not be written, in a few words to follow its name. Nothing was changed. */
export class OutputError extends Error {
  constructor(
    readonly reason: string,
    /** `exists` when a file that must be new is already there, which commands word in their own way. */
    readonly code?: 'exists',
  ) {
    super(reason);
    this.name = 'OutputError';
  }
}

const EXISTS = (): OutputError => new OutputError('already exists', 'exists');

/** Which file a path is, whatever path leads to it (another spelling, a symbolic or a hard link). */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

export interface WriteOptions {
  /** Whether an existing file may be replaced (the default); false for a file that must be new. */
  readonly replace?: boolean;
  /** The plan the output is made from: group and others get no permission on the output that they lack on it. */
  readonly derivedFrom?: Stats;
  /** The plans being read, which the output must never replace. */
  readonly inputs?: readonly FileIdentity[];
  /** What the file held when it was read: if someone saved it since, their text wins and nothing is written. */
  readonly expected?: string;
}

/** Where the text will go. */
type Destination =
  | { readonly kind: 'new'; readonly path: string }
  | { readonly kind: 'file'; readonly path: string; readonly stats: Stats }
  /** A terminal, a pipe or /dev/null: nothing to keep, nothing to replace. */
  | { readonly kind: 'device'; readonly path: string };

/** Writes `text` to `target`; throws an OutputError, with nothing changed, when it cannot or must not. */
export async function writeOutput(target: string, text: string, options: WriteOptions = {}): Promise<void> {
  const absolute = path.resolve(target);
  // First the leftovers of killed runs, even if this write is then refused: they hold a copy of someone's text.
  await removeStaleTemps(await realpath(absolute).catch(() => absolute));
  const destination = await inspect(absolute, options);
  if (destination.kind === 'device') {
    await writeFile(destination.path, text).catch((error: unknown) => {
      throw new OutputError(describeIoError(error));
    });
    return;
  }
  const temp = tempPathFor(destination.path);
  // Tracked before it exists, so that an interrupting signal can never fall between its creation and its tracking.
  trackTemp(temp);
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx', permissions(destination, options) & 0o777);
  } catch (error) {
    untrackTemp(temp);
    throw new OutputError(describeFolderError(error));
  }
  try {
    await setPermissions(handle, destination, options);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    if (options.expected !== undefined && destination.kind === 'file') await checkUnchanged(destination.path, options.expected);
    await putInPlace(temp, destination, text, options.replace !== false);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (error instanceof OutputError) throw error;
    throw new OutputError(`${describeIoError(error)}${destination.kind === 'file' ? '; the file is left as it was' : ''}`);
  } finally {
    untrackTemp(temp);
  }
  await syncFolder(path.dirname(destination.path));
}

/** Refuses a target that is one of the plans being read; for a check before any work is done. */
export async function refuseInputs(target: string, inputs: readonly FileIdentity[]): Promise<void> {
  const stats = await stat(target).catch(() => undefined);
  if (stats !== undefined && inputs.some((input) => isSameFile(input, stats))) throw new OutputError(SAME_AS_INPUT);
}

const SAME_AS_INPUT = 'is the plan being read; choose another file to write to';

function isSameFile(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.ino !== 0;
}

/** Finds what is at the target, following symbolic links, and refuses what must not be replaced. */
async function inspect(target: string, options: WriteOptions): Promise<Destination> {
  let stats: Stats;
  try {
    stats = await stat(target);
  } catch (error) {
    if (!isNotFound(error)) throw new OutputError(describeIoError(error));
    const link = await lstat(target).catch(() => undefined);
    if (link?.isSymbolicLink()) throw new OutputError('is a symbolic link to a file that does not exist');
    return { kind: 'new', path: target };
  }
  if (stats.isDirectory()) throw new OutputError('is a directory');
  if (options.inputs?.some((input) => isSameFile(input, stats))) throw new OutputError(SAME_AS_INPUT);
  // A link keeps being a link: the file it points to is the one replaced.
  const real = await realpath(target);
  if (!stats.isFile()) return { kind: 'device', path: real };
  if (options.replace === false) throw EXISTS();
  // Renaming over a file needs only the folder's permission; a file that says "read-only" is still respected.
  if ((stats.mode & 0o222) === 0) throw new OutputError('is read-only; goalpost leaves it as it is');
  await access(real, constants.W_OK).catch(() => {
    throw new OutputError('permission denied; goalpost leaves it as it is');
  });
  return { kind: 'file', path: real, stats };
}

/**
 * The permission bits of the result: an existing file's own, else the usual 0666 less the umask; then, for an
 * output made from a plan, without any permission for group or others that the plan does not give them.
 */
function permissions(destination: Destination, options: WriteOptions): number {
  const wanted = destination.kind === 'file' ? destination.stats.mode & 0o7777 : 0o666;
  return options.derivedFrom === undefined ? wanted : wanted & ~(0o077 & ~options.derivedFrom.mode);
}

/**
 * Gives the temporary file, before any text is in it, the owner and exact permissions the result will have.
 * `open` applied the umask already, so a new file only loses bits here; an existing file's bits are restored.
 */
async function setPermissions(handle: FileHandle, destination: Destination, options: WriteOptions): Promise<void> {
  let mode = permissions(destination, options);
  if (destination.kind === 'file') {
    // Keeping another user's ownership needs privileges; without them the file becomes the writer's, as in editors.
    await handle.chown(destination.stats.uid, destination.stats.gid).catch(() => undefined);
  } else {
    mode &= (await handle.stat()).mode;
  }
  const plan = options.derivedFrom;
  if (plan !== undefined && (mode & 0o070) !== 0) {
    // The group may read the output only if it is the plan's group: give it that group, or take the group's bits.
    const own = await handle.stat();
    if (own.gid !== plan.gid) await handle.chown(own.uid, plan.gid).catch(() => (mode &= ~0o070));
  }
  await handle.chmod(mode);
}

/** Throws when the file no longer holds what was read: someone saved it meanwhile, and their text wins. */
async function checkUnchanged(file: string, expected: string): Promise<void> {
  if ((await readFile(file, 'utf8')) !== expected) {
    throw new OutputError('changed while goalpost was working on it; it is left as it is');
  }
}

/** Moves the finished temporary file to the target's name: over the old file, or only where there is none. */
async function putInPlace(temp: string, destination: Destination, text: string, replace: boolean): Promise<void> {
  if (replace) {
    await rename(temp, destination.path);
    return;
  }
  // A hard link takes the name only if nothing has it, even a file that appeared since the target was inspected.
  try {
    await link(temp, destination.path);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw EXISTS();
    if (!['EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
    // A file system without hard links (FAT, some network shares): create the file directly, never over another.
    await writeFile(destination.path, text, { flag: 'wx', mode: (await stat(temp)).mode & 0o777 }).catch((direct: unknown) => {
      throw errorCode(direct) === 'EEXIST' ? EXISTS() : direct;
    });
  }
  await unlink(temp).catch(() => undefined);
}

/** Why no file could be created in the target's folder. */
function describeFolderError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'its folder is not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'its folder cannot be written to (permission denied)';
    default:
      return describeIoError(error);
  }
}

/** Flushes the folder, so that the rename survives a crash; some systems cannot open a folder, which is fine. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the new text is on disk under the file's name already.
  }
}
