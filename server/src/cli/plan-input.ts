/** What several commands read the same way: the `--today` option, and one plan file with its settings. */
import type { Stats } from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { SYNTAX_CODES, toDate, type Config, type Diagnostic } from '../core/index';
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

/**
 * The note on standard error when lines of a plan could not be read, so were left out of what a
 * command made of it (`what`: the report, the agenda...). Every command words it the same way and
 * counts the same lines: those with a syntax error, which `goalpost check` lists.
 */
export function noteUnreadLines(io: Io, file: string, diagnostics: readonly Diagnostic[], what: string): void {
  const count = diagnostics.filter((d) => SYNTAX_CODES.includes(d.code)).length;
  if (count === 0) return;
  const lines = count === 1 ? '1 line' : `${count} lines`;
  io.err(`goalpost: note: ${showPath(file)} has ${lines} that could not be read, left out of ${what}; see \`goalpost check ${showPath(file)}\`\n`);
}
