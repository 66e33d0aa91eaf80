/** Reading the plans to check, from files and standard input, before any is checked. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, describeIoError } from './errors';
import type { Io } from './io';

/** One plan to check. */
export interface Source {
  /** The path it is shown as: relative to the current directory, or the name given to standard input. */
  readonly file: string;
  /** The absolute directory the settings file is looked for from. */
  readonly directory: string;
  readonly text: string;
}

/** The name standard input is shown as when `--stdin-filename` does not give one. */
export const STDIN_NAME = '<stdin>';

/**
 * Reads every file, and standard input when asked, before checking any, so that an unreadable file stops
 * the run before it prints findings. Throws a UsageError listing every file that cannot be read.
 */
export async function readSources(files: readonly string[], stdin: { readonly filename?: string } | undefined, io: Io): Promise<Source[]> {
  const sources: Source[] = [];
  const problems: string[] = [];
  // One file at a time: plans are small, and a large tree must not run out of file handles.
  for (const absolute of files) {
    const file = path.relative(io.cwd, absolute);
    try {
      // The core ignores a leading byte-order mark, so the text goes to it as read.
      sources.push({ file, directory: path.dirname(absolute), text: await readFile(absolute, 'utf8') });
    } catch (error) {
      problems.push(`${file}: ${describeIoError(error)}`);
    }
  }
  if (stdin !== undefined) {
    try {
      sources.push({ ...nameStdin(stdin.filename, io.cwd), text: await io.readStdin() });
    } catch (error) {
      problems.push(`standard input: ${describeIoError(error)}`);
    }
  }
  if (problems.length > 0) throw new UsageError(problems);
  return sources;
}

/** The name and settings directory of standard input: those of `--stdin-filename`, or of the current directory. */
function nameStdin(filename: string | undefined, cwd: string): Pick<Source, 'file' | 'directory'> {
  if (filename === undefined) return { file: STDIN_NAME, directory: cwd };
  const absolute = path.resolve(cwd, filename);
  return { file: path.relative(cwd, absolute), directory: path.dirname(absolute) };
}
