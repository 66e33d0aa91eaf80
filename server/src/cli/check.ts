import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from '../core';
import { COMMON_OPTIONS, parseArguments } from './args';
import { UsageError, describeIoError } from './errors';
import { resolveFiles } from './files';
import type { Io } from './io';
import { formatFindings, formatSummary, hasErrors, type FileReport } from './output';
import { version } from './version';

/** The help of `goalpost check`. */
export const CHECK_HELP = `Usage: goalpost check [options] [paths...]

Check .goals files and print every problem found, one per line, on stdout:
  file:line:column  severity  message  [code]
Lines and columns count from 1. A summary line follows on stderr.

Each path may be a file, a directory or a glob pattern; the default is the current directory.
A directory is searched recursively for *.goals files, skipping node_modules, hidden
files and directories, and symbolic links. A glob picks the *.goals files it matches; quote
it so that goalpost, not the shell, expands it. A file named explicitly is checked whatever
its extension.

If any path does not exist, matches no .goals files or cannot be read, goalpost lists
every such path and exits with code 2 without checking anything.

Options:
  -h, --help     Show this help
  -v, --version  Print the version

Exit codes:
  0  no errors were found (warnings, info and hints do not fail the check)
  1  at least one error was found
  2  usage or I/O error: an unknown option, a missing path, an unreadable file

Examples:
  goalpost check                        Check every .goals file under the current directory
  goalpost check plans/alex.goals       Check one file
  goalpost check plans 'archive/**/*.goals'
                                        Check a directory and the files a glob matches
`;

/** One file read from disk, with the path it is shown as. */
interface Source {
  readonly file: string;
  readonly text: string;
}

/** Runs `goalpost check` with the arguments after the command name, and returns the exit code. */
export async function runCheck(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArguments(
    { args: [...argv], options: COMMON_OPTIONS, allowPositionals: true },
    'goalpost check --help',
  );
  if (values.help) {
    io.out(CHECK_HELP);
    return 0;
  }
  if (values.version) {
    io.out(`${version}\n`);
    return 0;
  }
  const files = await resolveFiles(positionals.length > 0 ? positionals : ['.'], io.cwd);
  const sources = await readSources(files, io.cwd);
  const reports = sources.map(checkSource);
  io.out(formatFindings(reports));
  io.err(formatSummary(reports));
  return hasErrors(reports) ? 1 : 0;
}

/** Reads every file before checking any, so that an unreadable file stops the run before it prints findings. */
async function readSources(files: readonly string[], cwd: string): Promise<Source[]> {
  const sources: Source[] = [];
  const problems: string[] = [];
  // One file at a time: plans are small, and a large tree must not run out of file handles.
  for (const absolute of files) {
    const file = path.relative(cwd, absolute);
    try {
      // The core ignores a leading byte-order mark, so the text goes to it as read.
      sources.push({ file, text: await readFile(absolute, 'utf8') });
    } catch (error) {
      problems.push(`${file}: ${describeIoError(error)}`);
    }
  }
  if (problems.length > 0) throw new UsageError(problems);
  return sources;
}

/** Parses one file; the core never throws, so anything thrown here is a bug, reported with the file's name. */
function checkSource(source: Source): FileReport {
  try {
    return { file: source.file, diagnostics: parse(source.text).diagnostics };
  } catch (error) {
    throw new Error(`${source.file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
