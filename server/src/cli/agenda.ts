/**
 * `goalpost agenda`: what is due across a folder of plans, plan by plan, as calm text or as JSON.
 * The items come from the core (`agenda`); this file finds the plans, reads them and prints.
 */
import { addDays, format } from 'date-fns';
import { agenda, parse, restingGoals, toDate, toIso, type AgendaItem, type RestingGoal } from '../core/index';
import { COMMON_OPTIONS, parseArguments, answerCommonOptions } from './args';
import { loadConfigs } from './check-config';
import { UsageError } from './errors';
import { resolveFiles } from './files';
import type { Io } from './io';
import { readSources } from './sources';
import { noteUnreadLines, readToday } from './plan-input';
import { showPath, showText } from './show';

/** The help of `goalpost agenda`. */
export const AGENDA_HELP = `Usage: goalpost agenda [options] [paths...]

Show what is due across your plans, plan by plan and by date: reviews that are overdue
or due in the next days, goals past their due date (or reaching it), and milestones
coming up (marked when the journal has already reached them). A review counted in sessions
shows how many sessions are still to come. Achieved, paused and dropped goals wait for
nothing, so they are named under their plan with the date, not listed as due.

Each path may be a file, a directory or a glob pattern, as for \`goalpost check\`; the
default is the current directory. Settings (defaultReview) come from the nearest
.goalpost.json, as for \`goalpost check\`.

Options:
  --days <n>           How many days ahead to look (default: 7; 0 shows today and what is overdue)
  --today YYYY-MM-DD   Show the agenda as of this date (default: today)
  -f, --format <fmt>   text (the default) or json
  -h, --help           Show this help
  -v, --version        Print the version

Exit codes:
  0  the agenda was printed, whatever is on it
  2  usage or I/O error: an unknown option, a bad date or number, a missing or unreadable
     path, a file that is not a plan (empty, binary, not UTF-8 text, over 8 MiB), a
     settings file with a problem

Examples:
  goalpost agenda plans                 This week's agenda for every plan under plans/
  goalpost agenda --days 14 plans       The next two weeks
  goalpost agenda --days 0 plans        Only what is due today or overdue
  goalpost agenda --format json plans > agenda.json
                                        The same items as JSON, for a script or calendar
`;

const AGENDA_OPTIONS = {
  ...COMMON_OPTIONS,
  days: { type: 'string' },
  today: { type: 'string' },
  format: { type: 'string', short: 'f' },
} as const;

/** One plan's agenda, as printed. */
interface PlanAgenda {
  readonly file: string;
  readonly title?: string;
  readonly items: readonly AgendaItem[];
  readonly resting: readonly RestingGoal[];
}

/** Runs `goalpost agenda` with the arguments after the command name, and returns the exit code. */
export async function runAgenda(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArguments({ args: [...argv], options: AGENDA_OPTIONS, allowPositionals: true }, 'goalpost agenda --help');
  const answered = answerCommonOptions(values, AGENDA_HELP, io);
  if (answered !== undefined) return answered;
  const problems: string[] = [];
  const today = readToday(values.today, problems);
  const days = values.days === undefined ? 7 : /^\d{1,4}$/.test(values.days) ? Number(values.days) : undefined;
  if (days === undefined) problems.push(`--days needs a whole number of days from 0 to 9999, such as 7, not '${values.days}'`);
  const style = values.format ?? 'text';
  if (style !== 'text' && style !== 'json') problems.push(`--format must be text or json, not '${style}'`);
  if (problems.length > 0 || days === undefined) throw new UsageError(problems);

  const files = await resolveFiles(positionals.length > 0 ? positionals : ['.'], io.cwd);
  const sources = (await readSources(files, undefined, io)).sort((a, b) => a.file.localeCompare(b.file));
  const configs = await loadConfigs(sources, { rules: {} }, io.cwd);
  const plans: PlanAgenda[] = sources.map((source, i) => {
    const { plan, diagnostics } = parse(source.text);
    noteUnreadLines(io, source.file, diagnostics, 'the agenda');
    return { file: source.file, title: plan.header.title?.text, items: agenda(plan, today, days, configs[i]), resting: restingGoals(plan, today) };
  });
  io.out(style === 'json' ? `${JSON.stringify(toJson(plans, today, days), null, 2)}\n` : formatText(plans, today, days));
  return 0;
}

// ---------------------------------------------------------------------------------------------------------
// JSON: a stable shape, documented in docs/cli.md; absent values are null.

function toJson(plans: readonly PlanAgenda[], today: string, days: number) {
  return {
    schemaVersion: 1,
    today,
    days,
    until: toIso(addDays(toDate(today)!, days)),
    plans: plans.map((p) => ({
      file: p.file,
      title: p.title ?? null,
      items: p.items.map((item) => ({
        kind: item.kind,
        goal: item.goal,
        date: item.date ?? null,
        days: item.days ?? null,
        sessionsLeft: item.sessionsLeft ?? null,
        text: item.text ?? null,
        reachedOn: item.reachedOn ?? null,
        line: item.range.start.line + 1,
      })),
      resting: p.resting.map((r) => ({ goal: r.goal, status: r.status, date: r.date ?? null, line: r.range.start.line + 1 })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Text: a heading, then one block per plan with something on it: its title and file, then one line per item
// (date, when, what) in aligned columns. Plans with nothing due are named together at the end.

function formatText(plans: readonly PlanAgenda[], today: string, days: number): string {
  const until = toIso(addDays(toDate(today)!, days));
  const weekday = format(toDate(today)!, 'EEEE');
  // A plan is shown in full when something is due, or when a goal rests and the agenda should say so.
  const busy = plans.filter((p) => p.items.length > 0 || p.resting.length > 0);
  const quiet = plans.filter((p) => p.items.length === 0 && p.resting.length === 0);
  // Counted as the lines below show them: three reviews due together are one item, as on the page.
  const count = busy.reduce((n, p) => n + groupItems(p.items).length, 0);
  const due = busy.filter((p) => p.items.length > 0).length;
  const lines = [`Agenda for ${weekday} ${today}${days === 0 ? '' : ` and the next ${plural(days, 'day')}, to ${until}`}`];
  lines.push(count === 0 ? `Nothing due in ${plural(plans.length, 'plan')}.` : `${plural(count, 'item')} in ${due} of ${plural(plans.length, 'plan')}.`);
  for (const p of busy) {
    // File names and the plan's own words are escaped, so that nothing in them can break a line or drive the terminal.
    lines.push('', p.title === undefined ? showPath(p.file) : `${showText(p.title)}  (${showPath(p.file)})`);
    const rows = groupItems(p.items).map((group) => [group[0]!.date ?? '', describeWhen(group[0]!), describeWhat(group)]);
    // Dates are always ten characters, so the date column keeps its width in a plan whose reviews count sessions.
    const widths = [10, Math.max(0, ...rows.map((row) => row[1]!.length))];
    for (const row of rows) lines.push(`  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${showText(row[2]!)}`.trimEnd());
    if (p.items.length === 0) lines.push('  Nothing due.');
    if (p.resting.length > 0) lines.push(`  Not on the agenda: ${p.resting.map(restingText).join(', ')}`);
  }
  if (busy.length > 0 && quiet.length > 0) {
    lines.push('', `Nothing due in ${quiet.length === 1 ? 'this plan' : `these ${quiet.length} plans`}: ${quiet.map((p) => showPath(p.file)).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Items of one kind due at the same time, such as three reviews on one date, make one line. Milestones stay apart. */
function groupItems(items: readonly AgendaItem[]): AgendaItem[][] {
  const groups: AgendaItem[][] = [];
  for (const item of items) {
    const last = groups.at(-1)?.[0];
    const same = last !== undefined && item.kind !== 'milestone' && last.kind === item.kind && last.date === item.date && last.sessionsLeft === item.sessionsLeft;
    if (same) groups.at(-1)!.push(item);
    else groups.push([item]);
  }
  return groups;
}

function describeWhen(item: AgendaItem): string {
  if (item.sessionsLeft !== undefined) return `after ${plural(item.sessionsLeft, 'more session')}`;
  const days = item.days ?? 0;
  if (days < 0) return `${plural(-days, 'day')} overdue`;
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

function describeWhat(group: readonly AgendaItem[]): string {
  const item = group[0]!;
  const goals = listGoals(group.map((i) => i.goal));
  switch (item.kind) {
    case 'review-overdue':
    case 'review-due':
    case 'review-sessions':
      return `review of ${goals}`;
    case 'goal-overdue':
    case 'goal-due':
      return `due date of ${goals}`;
    case 'milestone': {
      // Reached before its date: a small win, said as such.
      const reached = item.reachedOn ? ` · reached on ${item.reachedOn}` : '';
      return `milestone of ${goals}: ${item.text ?? ''}${reached}`.trimEnd();
    }
  }
}

/** `cooking (paused since 2026-10-27)`: a goal's id, escaped for the terminal, and its status with its date. */
function restingText(r: RestingGoal): string {
  const status = r.status === 'paused' ? 'paused since' : r.status === 'achieved' ? 'achieved on' : 'dropped on';
  return `${showText(r.goal)} (${r.date ? `${status} ${r.date}` : r.status})`;
}

/** `a`, `a and b`, `a, b and c`. */
function listGoals(ids: readonly string[]): string {
  return ids.length === 1 ? ids[0]! : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)!}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
