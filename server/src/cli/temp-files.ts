/**
 * The temporary files of atomic writes: their names, their removal when the run is interrupted, and the removal
 * of those a killed run could not remove itself.
 *
 * A temporary file is named `.<target name>.<pid>.<random>.goalpost-tmp`, beside its target. A run killed with
 * SIGKILL (or by a power cut) cannot remove it, so every write first removes the temporary files of the same
 * target whose process is no longer running; they were created with the target's final permissions, so until
 * then they are no more readable than the file they were meant to become.
 */
import { createHash, randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { lstat, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';

const SUFFIX = '.goalpost-tmp';
/** Names longer than this (in bytes) are hashed in temporary names, which must fit in the 255 bytes of a name. */
const MAX_STEM_BYTES = 180;

/** The part of a temporary name that stands for its target: the target's name, or a hash of a long one. */
function stemOf(target: string): string {
  const name = path.basename(target);
  return Buffer.byteLength(name) <= MAX_STEM_BYTES ? name : createHash('sha256').update(name).digest('hex').slice(0, 32);
}

/** A new temporary name beside `target`: hidden, and naming the target and this process. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${stemOf(target)}.${process.pid}.${randomBytes(6).toString('hex')}${SUFFIX}`);
}

/**
 * Removes the temporary files that runs no longer running left for `target`. Only regular files of the current
 * user with exactly our naming are touched, never a link, another user's file or a file of a running process.
 */
export async function removeStaleTemps(target: string): Promise<void> {
  const directory = path.dirname(target);
  const prefix = `.${stemOf(target)}.`;
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return; // A folder that cannot be listed gets the write's own error, if any.
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) continue;
    const owner = /^(\d+)\.[0-9a-f]{12}$/.exec(name.slice(prefix.length, -SUFFIX.length));
    if (owner === null || isRunning(Number(owner[1]))) continue;
    const file = path.join(directory, name);
    const stats = await lstat(file).catch(() => undefined);
    if (!stats?.isFile() || (process.getuid !== undefined && stats.uid !== process.getuid())) continue;
    await unlink(file).catch(() => undefined);
  }
}

/** Whether a process with this id is running on this machine (one of another user counts). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Ctrl-C, a closed terminal or `kill` during a write: remove the temporary files, then die of the same signal.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const active = new Set<string>();
let listening = false;

/** Remembers a temporary file to remove if the process is interrupted before it is renamed or removed. */
export function trackTemp(file: string): void {
  active.add(file);
  if (listening) return;
  listening = true;
  for (const signal of SIGNALS) process.on(signal, removeAndDie);
}

/** Forgets a temporary file that was renamed into place or removed. */
export function untrackTemp(file: string): void {
  active.delete(file);
}

function removeAndDie(signal: NodeJS.Signals): void {
  for (const file of active) {
    try {
      unlinkSync(file);
    } catch {
      // Renamed or removed already.
    }
  }
  active.clear();
  for (const other of SIGNALS) process.removeListener(other, removeAndDie);
  // With no listener left, the signal takes its default action: the exit status says which signal ended the run.
  process.kill(process.pid, signal);
}
