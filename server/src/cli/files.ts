import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError, describeIoError, isNotFound } from './errors';
import { showPath } from './show';

/** The extension of the files that directories and globs pick. */
export const GOALS_EXTENSION = '.goals';

// Installed packages never hold a user's plans; hidden files and directories (.git, .vscode) are skipped by
// `dot: false`. Symbolic links are not followed, so a link loop cannot list a file twice or forever.
const WALK_OPTIONS = {
  absolute: true,
  dot: false,
  ignore: ['**/node_modules/**'],
  followSymbolicLinks: false,
  expandDirectories: false,
} as const;

/**
 * Resolves the paths and glob patterns given on the command line to absolute file paths, without duplicates.
 * A directory yields the `.goals` files under it, a glob the `.goals` files it matches, and a file itself,
 * whatever its extension, because naming a file is a clear enough request.
 * Throws a UsageError listing every input that yields nothing, so the user can fix them all at once.
 */
export async function resolveFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const input of inputs) {
    const found = await resolveInput(input, cwd);
    if (typeof found === 'string') problems.push(`${showPath(input)}: ${found}`);
    else for (const file of found) files.add(file);
  }
  if (problems.length > 0) throw new UsageError(problems);
  return [...files];
}

/** Resolves one input to its files, or to the reason it yields none. */
async function resolveInput(input: string, cwd: string): Promise<string[] | string> {
  const absolute = path.resolve(cwd, input);
  // A path that exists wins over a pattern, so `plan [draft].goals` names the file it looks like.
  const stats = await statPath(absolute);
  if (typeof stats === 'string') return stats;
  if (stats?.isDirectory()) {
    const files = await findInDirectory(absolute);
    return files.length > 0 ? files : `no ${GOALS_EXTENSION} files in this directory`;
  }
  if (stats !== undefined) return stats.isFile() ? [absolute] : 'not a file or directory';
  if (isDynamicPattern(input)) {
    const files = await findByPattern(input, cwd);
    return files.length > 0 ? files : `no ${GOALS_EXTENSION} files match this pattern`;
  }
  return 'no such file or directory';
}

/** Returns the path's stats, undefined when nothing is there, or the reason it cannot be looked at. */
async function statPath(absolute: string): Promise<Stats | undefined | string> {
  try {
    return await stat(absolute);
  } catch (error) {
    return isNotFound(error) ? undefined : describeIoError(error);
  }
}

/** Finds the `.goals` files under a directory, skipping node_modules, hidden files and directories, and links. */
async function findInDirectory(directory: string): Promise<string[]> {
  return glob(`**/*${GOALS_EXTENSION}`, { ...WALK_OPTIONS, cwd: directory });
}

/** Finds the `.goals` files a glob pattern matches, relative to the current directory. */
async function findByPattern(pattern: string, cwd: string): Promise<string[]> {
  const matches = await glob(pattern, { ...WALK_OPTIONS, cwd });
  return matches.filter((file) => file.endsWith(GOALS_EXTENSION));
}
