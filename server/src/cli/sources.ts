/** Reading the plans to check, from files and standard input, before any is checked. */
import path from 'node:path';
import { MAX_PLAN_BYTES, PlanReadError, decodePlan, readPlanFile } from '../node/read-plan';
import { UsageError, describeIoError } from './errors';
import type { Io } from './io';
import { showPath } from './show';

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
      sources.push({ file, directory: path.dirname(absolute), text: (await readPlanFile(absolute)).text });
    } catch (error) {
      problems.push(`${showPath(file)}: ${describeReadError(error)}`);
    }
  }
  if (stdin !== undefined) {
    try {
      sources.push({ ...nameStdin(stdin.filename, io.cwd), text: await readStdinPlan(io) });
    } catch (error) {
      problems.push(`standard input: ${describeReadError(error)}`);
    }
  }
  if (problems.length > 0) throw new UsageError(problems);
  return sources;
}

/**
 * Reads a plan from standard input, refused as a file would be when it is not one. Empty (or closed) standard
 * input is refused too: a check of nothing must not pass as "no problems".
 */
export async function readStdinPlan(io: Io): Promise<string> {
  return decodePlan(await io.readStdin(MAX_PLAN_BYTES));
}

/** The reason a plan could not be read, to follow its name. */
export function describeReadError(error: unknown): string {
  return error instanceof PlanReadError ? error.reason : describeIoError(error);
}

/** The name and settings directory of standard input: those of `--stdin-filename`, or of the current directory. */
function nameStdin(filename: string | undefined, cwd: string): Pick<Source, 'file' | 'directory'> {
  if (filename === undefined) return { file: STDIN_NAME, directory: cwd };
  const absolute = path.resolve(cwd, filename);
  return { file: path.relative(cwd, absolute), directory: path.dirname(absolute) };
}
