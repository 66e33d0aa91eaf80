/**
 * Finding and reading `.goalpost.json`, for the CLI and the language server alike.
 * The nearest file up the directory tree from a plan wins, as with .editorconfig-style tools; the core only
 * validates the parsed value (`readConfig`), so every reading of the file reports the same problems.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONFIG, RULE_INFO, readConfig, type Config } from '../core/index';
import { readJson } from './read-json';

/** The name of the settings file looked for in a plan's directory and each directory above it. */
export const CONFIG_FILE_NAME = '.goalpost.json';

/** A problem with a settings file: a JSON syntax error (with its position) or a setting (with its key). */
export interface ConfigFileProblem {
  readonly file: string;
  readonly message: string;
  /** The setting the problem is about, such as `rules.vague-goal`; absent for syntax errors. */
  readonly key?: string;
  /** Where a syntax error is, counting from 1; absent for problems with a setting. */
  readonly line?: number;
  readonly column?: number;
}

/** A settings file, read and validated. Settings with a problem keep their defaults; the problems say which. */
export interface ConfigFile {
  readonly file: string;
  readonly config: Config;
  readonly problems: readonly ConfigFileProblem[];
}

const RULE_IDS = RULE_INFO.map((rule) => rule.id);

/**
 * Reads and validates one settings file. Throws only the file system's error when the file cannot be read,
 * so that callers report it as they report other unreadable files.
 */
export async function readConfigFile(file: string): Promise<ConfigFile> {
  const parsed = readJson(await readFile(file, 'utf8'));
  if ('error' in parsed) {
    const { message, line, column } = parsed.error;
    return { file, config: DEFAULT_CONFIG, problems: [{ file, message, line, column }] };
  }
  const { config, problems } = readConfig(parsed.value, RULE_IDS);
  return { file, config, problems: problems.map(({ key, message }) => ({ file, key, message })) };
}

/**
 * Finds the settings file that applies to each directory, remembering every answer, so that a thousand plans in
 * one folder cost one look-up and each file is read once. The language server keeps one and clears it when a
 * settings file changes.
 */
export class ConfigFiles {
  private readonly found = new Map<string, Promise<string | undefined>>();
  private readonly read = new Map<string, Promise<ConfigFile>>();

  /** The nearest `.goalpost.json` in `directory` or above it, up to the file system's root; undefined if none. */
  find(directory: string): Promise<string | undefined> {
    const absolute = path.resolve(directory);
    let result = this.found.get(absolute);
    if (result === undefined) {
      result = this.search(absolute);
      this.found.set(absolute, result);
    }
    return result;
  }

  /** The settings file that applies to `directory`, read and validated; undefined when there is none. */
  async forDirectory(directory: string): Promise<ConfigFile | undefined> {
    const file = await this.find(directory);
    return file === undefined ? undefined : this.load(file);
  }

  /** Reads a settings file once, however many directories it applies to. */
  load(file: string): Promise<ConfigFile> {
    const absolute = path.resolve(file);
    let result = this.read.get(absolute);
    if (result === undefined) {
      result = readConfigFile(absolute);
      this.read.set(absolute, result);
    }
    return result;
  }

  /** Forgets every answer, after a settings file was created, changed or deleted. */
  clear(): void {
    this.found.clear();
    this.read.clear();
  }

  private async search(directory: string): Promise<string | undefined> {
    const candidate = path.join(directory, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return candidate;
    const parent = path.dirname(directory);
    return parent === directory ? undefined : this.find(parent);
  }
}

/** Tells whether a regular file is at the path; a directory that cannot be searched holds none for us. */
async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
