import { analyze, RULE_INFO, type Config } from '../core/index';
import { readCheckOptions } from './check-options';
import { loadConfigs } from './check-config';
import { createPaint, useColor } from './color';
import { resolveFiles } from './files';
import { formatReports } from './formats/index';
import type { Io } from './io';
import { formatSummary, sortReports, summarize, type FileReport } from './output';
import { createProgress } from './progress';
import { readSources, type Source } from './sources';
import { version } from './version';

/** The rule ids by group, wrapped for the help: the names `--rule` and `.goalpost.json` take. */
function listRules(): string {
  const groups = new Map<string, string[]>();
  for (const rule of RULE_INFO) groups.set(rule.group, [...(groups.get(rule.group) ?? []), rule.id]);
  const lines: string[] = [];
  for (const [group, ids] of groups) {
    let line = `  ${group}:`;
    for (const id of ids) {
      if (line.length + id.length + 1 > 90) {
        lines.push(line);
        line = '   ';
      }
      line += ` ${id}`;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** The help of `goalpost check`. */
export const CHECK_HELP = `Usage: goalpost check [options] [paths...]

Check .goals files and print every problem found, one per line, on stdout:
  file:line:column  severity  message  [code]
Lines and columns count from 1. A summary line follows on stderr.

Each path may be a file, a directory or a glob pattern; the default is the current directory.
A directory is searched recursively for *.goals files, skipping node_modules, hidden
files and directories, and symbolic links. A glob picks the *.goals files it matches; quote
it so that goalpost, not the shell, expands it. A file named explicitly is checked whatever
its extension. The path - reads one plan from standard input.

If any path does not exist, matches no .goals files or cannot be read, goalpost lists
every such path and exits with code 2 without checking anything.

Settings come from the nearest .goalpost.json in the plan's directory or above it; files in
different folders may have different settings. A settings file with a mistake stops the check.

Options:
  -c, --config <file>        Use these settings for every file, instead of the nearest
                             .goalpost.json
      --rule <id=severity>   Set a rule's severity: off, hint, info, warning or error; overrides
                             the settings files; repeat for more rules
      --max-warnings <n>     Fail (exit code 1) on more than n warnings, even without errors
      --quiet                Report errors only (--max-warnings still counts warnings)
  -f, --format <format>      text (the default), json, sarif (for code scanning) or github
                             (annotations in GitHub Actions)
      --today <YYYY-MM-DD>   Check as if today were this date (default: the local date)
      --stdin-filename <path>
                             The name to show for -, and where to look for its .goalpost.json
      --explain              Under the first finding of each rule, say why it matters and how
                             to act on it, and where the rule's page is
      --voice <voice>        standard (the default) or plain: simple words, without terms
                             like baseline or GAS; overrides the settings files
      --budget <budget>      focused (the default): one thing at a time for each goal, so the
                             missing fields of a goal whose wording has a finding wait; all:
                             every finding at once; overrides the settings files
  -h, --help                 Show this help
  -v, --version              Print the version

Colour: the text format is coloured when stdout is a terminal, unless NO_COLOR is set;
FORCE_COLOR=1 turns colour on anywhere, FORCE_COLOR=0 turns it off.

Exit codes:
  0  no errors were found (warnings, info and hints do not fail the check unless --max-warnings)
  1  at least one error was found, or more warnings than --max-warnings allows
  2  usage or I/O error: an unknown option, a missing path, an unreadable file, a file that
     is not a plan (empty, binary, not UTF-8 text, over 8 MiB), empty standard input, a
     .goalpost.json that is not valid JSON or has a wrong setting

Rules:
${listRules()}

Examples:
  goalpost check                        Check every .goals file under the current directory
  goalpost check plans/alex.goals       Check one file
  goalpost check plans 'archive/**/*.goals'
                                        Check a directory and the files a glob matches
  goalpost check --max-warnings 0 plans Fail on any warning as well as on errors
  goalpost check --rule unknown-category=off plans
                                        Check without one rule
  goalpost check --format sarif plans > goalpost.sarif
                                        Write a report for GitHub code scanning
  goalpost check --format github plans  Annotate a pull request from a GitHub Actions step
  goalpost check --explain --voice plain alex.goals
                                        Check one plan, in simple words, with the why of each finding
  git show :plans/alex.goals | goalpost check --stdin-filename plans/alex.goals -
                                        Check the staged version of a file
`;

/** Runs `goalpost check` with the arguments after the command name, and returns the exit code. */
export async function runCheck(argv: readonly string[], io: Io): Promise<number> {
  const options = readCheckOptions(argv);
  if (options.help) {
    io.out(CHECK_HELP);
    return 0;
  }
  if (options.version) {
    io.out(`${version}\n`);
    return 0;
  }
  // With only `-`, nothing else is checked; with no path at all, the current directory is.
  const inputs = options.paths.length > 0 || options.stdin ? options.paths : ['.'];
  const files = inputs.length > 0 ? await resolveFiles(inputs, io.cwd) : [];
  const sources = await readSources(files, options.stdin ? { filename: options.stdinFilename } : undefined, io);
  const configs = await loadConfigs(sources, options, io.cwd);
  const progress = createProgress(io, sources.length);
  const checked = sources.map((source, i) => {
    progress.update(i);
    return checkSource(source, configs[i]!, options.today);
  });
  progress.finish();
  const all = sortReports(checked);
  // --quiet hides warnings and the rest, but --max-warnings still counts them, as in ESLint.
  const warnings = summarize(all).warnings;
  const reports = options.quiet ? all.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : all;
  const summary = summarize(reports);
  const paint = createPaint(options.format === 'text' && useColor(io));
  io.out(formatReports(options.format, reports, { summary, today: options.today, paint, explain: options.explain }));
  io.err(formatSummary(summary));
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.err(`Too many warnings: ${warnings}, more than the ${options.maxWarnings} that --max-warnings allows\n`);
  return summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

/** Checks one plan; the core never throws, so anything thrown here is a bug, reported with the file's name. */
function checkSource(source: Source, config: Config, today: string): FileReport {
  try {
    const { diagnostics, held } = analyze(source.text, { today, config });
    return { file: source.file, diagnostics, held: held.length, voice: config.voice };
  } catch (error) {
    throw new Error(`${source.file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
