import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';
import type { Io } from './io';
import { version } from './version';

/** The options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * Parses arguments strictly, turning `parseArgs`' errors into one-line usage errors.
 * `helpCommand` is what the user should run to read about the options, such as `goalpost check --help`.
 */
export function parseArguments<T extends ParseArgsConfig>(config: T, helpCommand: string) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(`${describeArgumentError(error)}; see \`${helpCommand}\``);
  }
}

/** Shortens Node's messages ("Unknown option '--x'. To specify a positional argument ...") to their first clause. */
function describeArgumentError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted !== undefined) return `unknown option '${quoted}'`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted !== undefined) return `unexpected argument '${quoted}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted !== undefined) {
    // Node quotes the option as '-f, --format <value>' when its value is missing, and as '--format' otherwise.
    const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(' ')[0];
    if (/argument missing/.test(message)) return `option '${option}' needs a value`;
    if (/ambiguous/.test(message)) return `option '${option}' needs a value; write ${option}=<value> for a value that starts with '-'`;
  }
  const firstSentence = message.split(/\.(\s|$)/)[0] ?? message;
  return firstSentence.charAt(0).toLowerCase() + firstSentence.slice(1);
}

/** Answers `--help` or `--version`, which every command takes: the exit code, or undefined to go on. */
export function answerCommonOptions(values: { help?: boolean; version?: boolean }, help: string, io: Io): number | undefined {
  if (values.help) io.out(help);
  else if (values.version) io.out(`${version}\n`);
  else return undefined;
  return 0;
}
