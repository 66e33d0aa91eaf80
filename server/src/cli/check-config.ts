/**
 * The settings each plan is checked with: the nearest `.goalpost.json` (or `--config` for all), with `--rule`,
 * `--voice` and `--budget` on top. A settings file with any problem stops the run: a CI gate must not pass on settings it misread.
 */
import path from 'node:path';
import { DEFAULT_CONFIG, type Budget, type Config, type RuleSetting, type Voice } from '../core/index';
import { ConfigFiles, type ConfigFile, type ConfigFileProblem } from '../node/config-file';
import { UsageError, describeIoError } from './errors';
import { showPath } from './show';
import type { Source } from './sources';

/** Where the settings come from: one file for every plan, or the nearest file to each. */
export interface ConfigChoice {
  readonly config?: string;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** `--voice` and `--budget`: the reader's choice, over the files'. */
  readonly voice?: Voice;
  readonly budget?: Budget;
}

/**
 * Finds and reads the settings of every source, and returns them in the same order.
 * Throws a UsageError listing every problem in every settings file involved, and every one that cannot be read.
 */
export async function loadConfigs(sources: readonly Source[], choice: ConfigChoice, cwd: string): Promise<Config[]> {
  const files = new ConfigFiles();
  const problems: string[] = [];
  const reported = new Set<string>();
  const load = async (directory: string): Promise<ConfigFile | undefined> => {
    try {
      return choice.config === undefined ? await files.forDirectory(directory) : await files.load(path.resolve(cwd, choice.config));
    } catch (error) {
      // The file was found (or named) but cannot be read; say so once, however many plans it applies to.
      const file = choice.config ?? (await files.find(directory)) ?? directory;
      const line = `${showPath(path.relative(cwd, path.resolve(cwd, file)))}: ${describeIoError(error)}`;
      if (!reported.has(line)) problems.push(line);
      reported.add(line);
      return undefined;
    }
  };
  const found = await Promise.all(sources.map((source) => load(source.directory)));
  const seen = new Set<string>();
  for (const configFile of found) {
    if (configFile === undefined || seen.has(configFile.file)) continue;
    seen.add(configFile.file);
    problems.push(...configFile.problems.map((problem) => describeProblem(problem, cwd)));
  }
  if (problems.length > 0) throw new UsageError(problems);
  return found.map((configFile) => withOptions(configFile?.config ?? DEFAULT_CONFIG, choice));
}

/** One line per problem: `file:line:column: not valid JSON: ...` or `file: key: message`. */
function describeProblem(problem: ConfigFileProblem, cwd: string): string {
  const file = showPath(path.relative(cwd, problem.file));
  if (problem.line !== undefined) return `${file}:${problem.line}:${problem.column ?? 1}: not valid JSON: ${problem.message}`;
  return `${file}: ${problem.key ?? '(settings)'}: ${problem.message}`;
}

/** The settings with `--rule` severities, `--voice` and `--budget` on top of the file's. */
function withOptions(config: Config, { rules, voice, budget }: ConfigChoice): Config {
  return {
    ...config,
    ...(Object.keys(rules).length > 0 && { rules: { ...config.rules, ...rules } }),
    ...(voice && { voice }),
    ...(budget && { budget }),
  };
}
