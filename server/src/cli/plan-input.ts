/** What several commands read the same way: the `--today` option, and one plan file with its settings. */
import type { Stats } from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { toDate, type Config } from '../core/index';
import { readPlanFile } from '../node/read-plan';
import { loadConfigs } from './check-config';
import { UsageError } from './errors';
import type { Io } from './io';
import { showPath } from './show';
import { describeReadError } from './sources';

/**
 * The date to work against: `--today`, or the local date, read here because the core never reads a
 * clock. A date that does not exist adds a problem to `problems` (all are reported together).
 */
export function readToday(text: string | undefined, problems: string[]): string {
  if (text === undefined) return format(new Date(), 'yyyy-MM-dd');
  if (!toDate(text)) problems.push(`--today needs a real date written YYYY-MM-DD, such as 2026-11-25, not '${text}'`);
  return text;
}

export interface PlanInput {
  /** The path as shown: relative to the current directory. */
  readonly file: string;
  readonly text: string;
  /** The file's stats: which file it is (an output must never replace it) and who may read it. */
  readonly stats: Stats;
  /** The settings `goalpost check` would use for this plan: `--config`, else the nearest `.goalpost.json`. */
  readonly config: Config;
}

/** Reads the one plan a command works on, and its settings; any problem is a one-line usage error. */
export async function readPlanInput(input: string, configPath: string | undefined, io: Io): Promise<PlanInput> {
  const absolute = path.resolve(io.cwd, input);
  const file = path.relative(io.cwd, absolute);
  let read;
  try {
    read = await readPlanFile(absolute);
  } catch (error) {
    throw new UsageError(`${showPath(file)}: ${describeReadError(error)}`);
  }
  const [config] = await loadConfigs([{ file, directory: path.dirname(absolute), text: read.text }], { config: configPath, rules: {} }, io.cwd);
  return { file, text: read.text, stats: read.stats, config: config! };
}
