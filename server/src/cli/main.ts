/**
 * The entry point of the `goalpost` command line: it reads the arguments, runs a command and turns every
 * failure into one line and an exit code, so users never see a stack trace.
 * The launcher in server/bin calls `main`; the bundle does nothing on its own when imported.
 */
import { COMMON_OPTIONS, parseArguments } from './args';
import { AGENDA_HELP, runAgenda } from './agenda';
import { CHECK_HELP, runCheck } from './check';
import { NEW_HELP, runNew } from './new';
import { INIT_HELP, runInit } from './init';
import { UsageError } from './errors';
import { EXPORT_HELP, runExport } from './export';
import { FMT_HELP, runFmt } from './fmt';
import { SCORE_HELP, runScore } from './score';
import { REPORT_HELP, runReport } from './report';
import { createProcessIo, type Io } from './io';
import { showText } from './show';
import { version } from './version';

/** A command: its help, and a function that runs it with the arguments after its name. */
interface Command {
  readonly help: string;
  run(argv: readonly string[], io: Io): Promise<number>;
}

const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['check', { help: CHECK_HELP, run: runCheck }],
  ['score', { help: SCORE_HELP, run: runScore }],
  ['report', { help: REPORT_HELP, run: runReport }],
  ['export', { help: EXPORT_HELP, run: runExport }],
  ['agenda', { help: AGENDA_HELP, run: runAgenda }],
  ['new', { help: NEW_HELP, run: runNew }],
  ['init', { help: INIT_HELP, run: runInit }],
  ['fmt', { help: FMT_HELP, run: runFmt }],
]);

const PROGRAM_HELP = `Usage: goalpost <command> [options]

Goalpost reads plain-text goal journals (.goals files) for therapeutic goal plans.

Commands:
  check [paths...]  Check .goals files and print the problems found
  score <plan>      Print a plan's GAS T-scores at baseline and at each review
  report <plan>     Write a session-ready summary of a plan as Markdown or HTML
  export <plan>     Export a plan as an HL7 FHIR R4 Bundle, with --fhir
  agenda [paths...] Show what is due across plans: reviews, due dates, milestones
  new               Print a fresh plan to start from, with the goal template
  init              Write a .goalpost.json and a pre-commit config into this directory
  fmt [paths...]    Format .goals files: print, --check or --write

Options:
  -h, --help        Show this help
  -v, --version     Print the version

Run \`goalpost <command> --help\` for a command's options, exit codes and examples, for instance:
  goalpost check --help
`;

/** Runs the command line given by the arguments after `goalpost`, and returns the exit code. It never throws. */
export async function main(argv: readonly string[], io: Io = createProcessIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/** Runs the command named by the first argument, or answers the program's own options. */
async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name !== undefined && !name.startsWith('-')) {
    return findCommand(name).run(rest, io);
  }
  const { values, positionals } = parseArguments(
    { args: [...argv], options: COMMON_OPTIONS, allowPositionals: true },
    'goalpost --help',
  );
  if (values.version) {
    io.out(`${version}\n`);
    return 0;
  }
  if (values.help) {
    // `goalpost --help check` shows the command's help, as `goalpost check --help` does.
    const [commandName] = positionals;
    io.out(commandName === undefined ? PROGRAM_HELP : findCommand(commandName).help);
    return 0;
  }
  // No command: show what a command line looks like, as a usage error.
  io.err(PROGRAM_HELP);
  return 2;
}

function findCommand(name: string): Command {
  const command = COMMANDS.get(name);
  if (command === undefined) throw new UsageError(`unknown command '${name}'; see \`goalpost --help\``);
  return command;
}

/** Prints an error as one line and returns its exit code; a bug gets the stack trace only when asked for. */
function reportError(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    // Each problem stays one line, whatever a file name or an argument held.
    for (const line of error.lines) io.err(`goalpost: ${showText(line)}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (io.debug && error instanceof Error && error.stack !== undefined) {
    io.err(`goalpost: internal error: ${error.stack}\n`);
  } else {
    io.err(`goalpost: internal error: ${showText(message)} (this is a bug; GOALPOST_DEBUG=1 shows where it happened)\n`);
  }
  return 2;
}
