/**
 * The one reader of plan files: every command that reads a plan goes through it, so that a file which is not a
 * plan (empty, binary, not UTF-8, far too large) is refused the same way everywhere, with one line that says why,
 * instead of being read with replacement characters or running for minutes and running out of memory.
 */
import { isUtf8 } from 'node:buffer';
import type { Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { describeIoError } from './io-errors';

/**
 * The largest plan Goalpost reads: 16 MiB. A real journal is tens of kilobytes (ten years of daily entries are
 * about one megabyte); checking takes under a second and about seventy megabytes of memory per megabyte of
 * plan (a 16 MB journal: 11 s and 1 GB on the 2-core benchmark machine, docs/performance.md), so this bound
 * keeps every run to seconds and inside Node's default heap, while a journal grown for decades still reads.
 */
export const MAX_PLAN_BYTES = 16 * 1024 * 1024;

/** A file that cannot be read as a plan; `reason` says why in a few words, to follow the file's name. */
export class PlanReadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PlanReadError';
  }
}

/** A plan read from disk: its text (a byte-order mark kept, as the core drops it) and the file's stats. */
export interface PlanFile {
  readonly text: string;
  /** The stats of the file read (not of a symbolic link to it): who may read it, and which file it is. */
  readonly stats: Stats;
}

/** The first read of a pipe or device, whose size is not known in advance. */
const FIRST_CHUNK_BYTES = 64 * 1024;

/** Reads a plan file; throws a PlanReadError saying why when it is missing, unreadable or not a plan. */
export async function readPlanFile(file: string): Promise<PlanFile> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new PlanReadError(describeIoError(error));
  }
  try {
    // The stats of the open file, so that what is checked is what is read, even if the path changes meanwhile.
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new PlanReadError('is a directory');
    // A regular file says its size: a huge one is refused before a byte is read. Pipes are counted as they come.
    if (stats.isFile() && stats.size > MAX_PLAN_BYTES) throw new PlanReadError(tooLarge(stats.size));
    // A regular file is read in one go (its size, plus one byte to see whether it grew); a pipe in growing steps.
    const bytes = await readAtMost(handle, stats.isFile() ? Math.min(stats.size, MAX_PLAN_BYTES) + 1 : FIRST_CHUNK_BYTES);
    return { text: decodePlan(bytes), stats };
  } catch (error) {
    throw error instanceof PlanReadError ? error : new PlanReadError(describeIoError(error));
  } finally {
    await handle.close();
  }
}

/** Reads to the end, or to one byte past MAX_PLAN_BYTES, whichever comes first. */
async function readAtMost(handle: FileHandle, firstSize: number): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(firstSize);
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > MAX_PLAN_BYTES) break;
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_PLAN_BYTES + 1));
      buffer.copy(bigger, 0, 0, total);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return buffer.subarray(0, total);
}

/**
 * The text of a plan's bytes, or a PlanReadError saying why they are not one: more than MAX_PLAN_BYTES, nothing
 * at all (or only a byte-order mark), UTF-16, binary data (a NUL byte), or bytes that are not UTF-8.
 * Standard input is read up to one byte past the limit and checked here too.
 */
export function decodePlan(bytes: Buffer): string {
  if (bytes.length > MAX_PLAN_BYTES) throw new PlanReadError(tooLarge(bytes.length, true));
  if (bytes.length === 0) throw new PlanReadError('is empty; there is no plan in it');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom && bytes.length === 3) throw new PlanReadError('is empty (only a byte-order mark); there is no plan in it');
  // Notepad's "Unicode" is UTF-16: every other byte of English text is NUL, which would read as binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new PlanReadError('is UTF-16 text; save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new PlanReadError(`holds binary data, not text (a NUL byte on line ${lineOf(bytes, nul)})`);
  if (!isUtf8(bytes)) throw new PlanReadError(`is not UTF-8 text (line ${firstBadLine(bytes)}); save it as UTF-8`);
  return bytes.toString('utf8');
}

function tooLarge(size: number, atLeast = false): string {
  const mib = (size / (1024 * 1024)).toFixed(1);
  return `is too large to be a plan (${atLeast ? 'more than ' : ''}${mib} MiB; goalpost reads plans of up to ${MAX_PLAN_BYTES / (1024 * 1024)} MiB)`;
}

/** The 1-based line of a byte offset. */
function lineOf(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at >= 0 && at < offset; at = bytes.indexOf(0x0a, at + 1)) line++;
  return line;
}

/**
 * The first line that is not UTF-8. A line feed byte is never part of a multi-byte UTF-8 sequence, so each line
 * can be checked on its own, and the answer is exact.
 */
function firstBadLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    if (!isUtf8(bytes.subarray(start, stop))) return line;
    if (end < 0) break;
    start = end + 1;
    line++;
  }
  return line;
}
