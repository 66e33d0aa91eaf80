/**
 * `goalpost fmt`: brings plans to the canonical layout of the core's formatter, printing the result, listing the
 * files that need it (`--check`) or rewriting them in place (`--write`). The words are the core's business: it
 * changes only white space, key case, checkbox case, level signs and blank lines.
 */
import path from 'node:path';
import { applyTextEdits, formatDocument, Snapshot } from '../core/index';
import { readPlanFile } from '../node/read-plan';
import { COMMON_OPTIONS, parseArguments, answerCommonOptions } from './args';
import { UsageError, describeIoError } from './errors';
import { resolveFiles } from './files';
import type { Io } from './io';
import { showPath } from './show';
import { STDIN_NAME, describeReadError, readStdinPlan } from './sources';
import { OutputError, writeOutput } from './write-output';

const FMT_OPTIONS = {
  ...COMMON_OPTIONS,
  check: { type: 'boolean' },
  write: { type: 'boolean' },
} as const;

/** The path that stands for standard input. */
const STDIN_PATH = '-';

/** The help of `goalpost fmt`. */
export const FMT_HELP = `Usage: goalpost fmt [--check | --write] [paths...]

Format .goals files: indentation, blank lines, the case of keys and checkboxes, and the
signs of levels. The words and comments are never changed, and a line with a syntax error is
left exactly as written. Line endings (LF or CRLF) and a byte-order mark are kept.

Paths are read as by \`goalpost check\`: a file, a directory (searched for *.goals files), a
quoted glob pattern, or - for standard input.

Without --check or --write, one plan is printed formatted on stdout, and nothing is written.

Options:
      --check     List the files that are not formatted, and exit 1 if there are any;
                  nothing is written (the default path is the current directory)
      --write     Rewrite the files that are not formatted, and list them; files already
                  formatted are not touched (the default path is the current directory)
  -h, --help      Show this help
  -v, --version   Print the version

A file is rewritten safely: the new text goes to a temporary file in the same directory, with
the original's permissions, is flushed to disk, and then replaces the original in one step.
A read-only file is left as it is, and reported.

Exit codes:
  0  formatted text printed; with --check, every file is formatted; with --write, done
  1  with --check, at least one file is not formatted
  2  usage or I/O error: an unknown option, a missing path, an unreadable, read-only or
     unwritable file, a file that is not a plan (empty, binary, not UTF-8 text, over 8 MiB),
     several files without --check or --write

Examples:
  goalpost fmt plans/alex.goals            Print the formatted plan
  goalpost fmt plans/alex.goals | diff plans/alex.goals -
                                           See what formatting would change
  goalpost fmt --check plans               List the plans that need formatting (for CI)
  goalpost fmt --write                     Format every .goals file under the current directory
  goalpost fmt --write 'plans/**/*.goals'  Format the files a glob matches
  git show :plans/alex.goals | goalpost fmt -
                                           Print the staged version, formatted
`;

type Mode = 'print' | 'check' | 'write';

/** One plan read for formatting. */
interface Plan {
  /** The path as printed: relative to the current directory, or `<stdin>`. */
  readonly file: string;
  /** The absolute path, or undefined for standard input. */
  readonly absolute?: string;
  readonly text: string;
}

/** Runs `goalpost fmt` with the arguments after the command name, and returns the exit code. */
export async function runFmt(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArguments({ args: [...argv], options: FMT_OPTIONS, allowPositionals: true }, 'goalpost fmt --help');
  const answered = answerCommonOptions(values, FMT_HELP, io);
  if (answered !== undefined) return answered;
  const mode = readMode(values.check === true, values.write === true, positionals);
  const stdin = positionals.includes(STDIN_PATH);
  const paths = positionals.filter((input) => input !== STDIN_PATH);
  // As for check: with only `-`, nothing else is read; with no path at all, the current directory is.
  const inputs = paths.length > 0 || stdin ? paths : ['.'];
  const files = inputs.length > 0 ? await resolveFiles(inputs, io.cwd) : [];
  const plans = await readPlans(files, stdin, io);

  if (mode === 'print') {
    if (plans.length !== 1) {
      throw new UsageError(`${plans.length} files to format; name one file to print it, or use --check or --write`);
    }
    io.out(formatText(plans[0]!.text));
    return 0;
  }
  const changed = plans
    .map((plan) => ({ plan, formatted: formatText(plan.text) }))
    .filter(({ plan, formatted }) => formatted !== plan.text)
    .sort((a, b) => (a.plan.file < b.plan.file ? -1 : a.plan.file > b.plan.file ? 1 : 0));
  if (mode === 'check') {
    for (const { plan } of changed) io.out(`${showPath(plan.file)}\n`);
    io.err(checkSummary(changed.length, plans.length));
    return changed.length > 0 ? 1 : 0;
  }
  const problems: string[] = [];
  let written = 0;
  for (const { plan, formatted } of changed) {
    try {
      // The file must still hold the text that was formatted: a save made meanwhile (an editor, another run) wins.
      await writeOutput(plan.absolute!, formatted, { expected: plan.text });
      io.out(`${showPath(plan.file)}\n`);
      written += 1;
    } catch (error) {
      problems.push(`${showPath(plan.file)}: ${error instanceof OutputError ? error.reason : describeIoError(error)}`);
    }
  }
  const notWritten = problems.length > 0 ? `, ${countFiles(problems.length)} not written` : '';
  io.err(`${countFiles(written)} formatted, ${countFiles(plans.length - changed.length)} already formatted${notWritten}\n`);
  if (problems.length > 0) throw new UsageError(problems);
  return 0;
}

/** The mode the options ask for; throws a UsageError for options that contradict each other. */
function readMode(check: boolean, write: boolean, positionals: readonly string[]): Mode {
  if (check && write) throw new UsageError('--check and --write cannot be used together; see `goalpost fmt --help`');
  if (write && positionals.includes(STDIN_PATH)) {
    throw new UsageError("--write cannot rewrite standard input; leave out --write to print the formatted text of '-'");
  }
  if (check) return 'check';
  if (write) return 'write';
  if (positionals.length === 0) {
    throw new UsageError('name the file to print formatted, or use --check or --write; see `goalpost fmt --help`');
  }
  return 'print';
}

/** The formatted text of a plan. */
function formatText(text: string): string {
  return applyTextEdits(text, formatDocument({ snapshot: Snapshot.read(text) }));
}

/**
 * Reads every file, and standard input when asked, before formatting any, so that an unreadable file stops the
 * run before anything is written. A file that is not valid UTF-8 is refused by the reader: writing it back would
 * lose bytes.
 */
async function readPlans(files: readonly string[], stdin: boolean, io: Io): Promise<Plan[]> {
  const plans: Plan[] = [];
  const problems: string[] = [];
  for (const absolute of files) {
    const file = path.relative(io.cwd, absolute);
    try {
      plans.push({ file, absolute, text: (await readPlanFile(absolute)).text });
    } catch (error) {
      problems.push(`${showPath(file)}: ${describeReadError(error)}`);
    }
  }
  if (stdin) {
    try {
      plans.push({ file: STDIN_NAME, text: await readStdinPlan(io) });
    } catch (error) {
      problems.push(`standard input: ${describeReadError(error)}`);
    }
  }
  if (problems.length > 0) throw new UsageError(problems);
  return plans;
}

function checkSummary(changed: number, total: number): string {
  if (changed === 0) return `${countFiles(total)} checked, all formatted\n`;
  return `${changed} of ${countFiles(total)} not formatted; run \`goalpost fmt --write\` to format them\n`;
}

function countFiles(count: number): string {
  return `${count} ${count === 1 ? 'file' : 'files'}`;
}
