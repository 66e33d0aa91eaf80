/**
 * `goalpost report`: a session-ready summary of one plan, as Markdown or as a self-contained HTML page.
 * The content comes from the core (`reportData`); this file reads the plan, picks a renderer and writes.
 */
import { documentContext, renderMarkdown, reportData } from '../core/index';
import { COMMON_OPTIONS, parseArguments, answerCommonOptions } from './args';
import { UsageError } from './errors';
import type { Io } from './io';
import { checkOutputFile, writeOutputFile } from './output-file';
import { renderHtml } from './report/html';
import { noteUnreadLines, readPlanInput, readToday } from './plan-input';

/** The help of `goalpost report`. */
export const REPORT_HELP = `Usage: goalpost report [options] <plan.goals>

Write a session-ready summary of one plan: who it is for and its dates (and a note at the
top when the plan has errors), then each goal with its status and date, who agreed it, its
value, what \`goalpost check\` finds about it, baseline → latest → target, progress (days free
for an abstinence goal, the latest level for a GAS goal), milestones reached, steps,
obstacles, supports, revisions with their reasons, its journal, and charts of its
measurements and days free with wins and setbacks marked; then the tracked daily measures
week by week, and the plan's GAS T-score over time, with the dates that leave a goal out
marked.

Markdown shows a table where HTML draws a chart. The HTML page is self-contained: no
scripts, nothing fetched, so it opens offline, prints cleanly and can be archived as is.

Options:
  --format md|html     The output format (default: html when -o ends in .html, else md)
  -o, --output <file>  Write to this file (replaced at once, never half-written, no more
                       readable than the plan, never the plan itself); without it the
                       report goes to standard output
  --today YYYY-MM-DD   Report as of this date; later entries are left out (default: today)
  --config <file>      Read the settings from this file instead of the nearest .goalpost.json
  -h, --help           Show this help
  -v, --version        Print the version

Exit codes:
  0  the report was written
  2  usage or I/O error: an unknown option or format, a bad date, a missing or unreadable
     plan, a file that is not a plan (empty, binary, not UTF-8 text, over 8 MiB), a
     settings file with a problem, an output file that cannot be written, is read-only or
     is the plan itself

Examples:
  goalpost report plans/alex.goals              Markdown to the terminal, as of today
  goalpost report plans/alex.goals -o alex.html A self-contained HTML page for the session
  goalpost report --format md --today 2026-12-31 plans/alex.goals > alex.md
                                                The plan as it stood at the end of 2026
`;

const REPORT_OPTIONS = {
  ...COMMON_OPTIONS,
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  today: { type: 'string' },
  config: { type: 'string' },
} as const;

const FORMATS = ['md', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** Runs `goalpost report` with the arguments after the command name, and returns the exit code. */
export async function runReport(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArguments({ args: [...argv], options: REPORT_OPTIONS, allowPositionals: true }, 'goalpost report --help');
  const answered = answerCommonOptions(values, REPORT_HELP, io);
  if (answered !== undefined) return answered;
  const problems: string[] = [];
  if (positionals.length !== 1) {
    problems.push(`report takes one plan file${positionals.length > 1 ? `, not ${positionals.length}` : ''}; see \`goalpost report --help\``);
  }
  const formatName = values.format ?? (values.output?.toLowerCase().endsWith('.html') ? 'html' : 'md');
  if (!(FORMATS as readonly string[]).includes(formatName)) problems.push(`--format '${formatName}': use md or html`);
  const today = readToday(values.today, problems);
  if (problems.length > 0) throw new UsageError(problems);
  // The same settings `goalpost check` would use for this plan, so the SMART status matches the check.
  const input = await readPlanInput(positionals[0]!, values.config, io);
  const { file, text, config } = input;
  if (values.output !== undefined) await checkOutputFile(values.output, input, io);
  const context = documentContext(text, { today, config });
  const { diagnostics } = context.snapshot.analyze({ today, config });
  noteUnreadLines(io, file, diagnostics, 'the report');
  const data = reportData(context, diagnostics);
  const output = (formatName as Format) === 'html' ? renderHtml(data, file) : renderMarkdown(data, file);
  if (values.output === undefined) io.out(output);
  else await writeOutputFile(values.output, output, input, io);
  return 0;
}
