/**
 * `goalpost score`: a plan's Goal Attainment Scaling T-scores at its baseline and on each review date, as an
 * aligned table or as JSON. The numbers come from the core (`gasTimeline`); this file reads and prints.
 */
import {
  gasTimeline,
  parse,
  shownChange,
  type GasExclusion,
  type GasStanding,
  type GasTimeline,
  type Plan,
  type TScore,
} from '../core/index';
import { COMMON_OPTIONS, parseArguments, answerCommonOptions } from './args';
import { UsageError } from './errors';
import type { Io } from './io';
import { noteUnreadLines, readPlanInput, readToday } from './plan-input';
import { showPath } from './show';

/** The help of `goalpost score`. */
export const SCORE_HELP = `Usage: goalpost score [options] <plan.goals>

Print a plan's Goal Attainment Scaling (GAS) scores: for its baseline and for each date
with a review, every goal's level and weight, the plan's T-score and the change from the
baseline. The T-score (Kiresuk & Sherman 1968) is 50 when every goal is at its expected
level (0), and moves about 10 for each level above or below:

  T = 50 + 10·Σ(w·x) / √((1 − ρ)·Σw² + ρ·(Σw)²)

where x is a goal's level (-2 to +2), w its weight (1 unless the goal sets one) and ρ the
expected correlation between goals (0.3 unless the settings say otherwise).

A goal counts when it has a scale, a start level or a review. On each date its level is
its latest review on or before that date, else its start level, else -1 (marked *).
Achieved and paused goals keep their last level; dropped goals and goals that have not
started yet do not count (marked -). The change compares the goals counted on a date
with those same goals at their start levels.

Options:
  --json               Print JSON instead of a table (its shape is in docs/cli.md)
  --today YYYY-MM-DD   Score as of this date; later reviews are left out (default: today)
  --config <file>      Read the settings (gasRho) from this file instead of the nearest .goalpost.json
  -h, --help           Show this help
  -v, --version        Print the version

Exit codes:
  0  the scores were printed, or there was nothing to score yet
  2  usage or I/O error: an unknown option, a bad date, a missing or unreadable file, a
     file that is not a plan (empty, binary, not UTF-8 text, over 8 MiB), a settings file
     with a problem

Examples:
  goalpost score plans/alex.goals       The table as of today
  goalpost score --today 2026-12-31 plans/alex.goals
                                        The table as it stood at the end of 2026
  goalpost score --json plans/alex.goals > alex-gas.json
                                        The same numbers as JSON, for a spreadsheet or chart
`;

const SCORE_OPTIONS = {
  ...COMMON_OPTIONS,
  json: { type: 'boolean' },
  today: { type: 'string' },
  config: { type: 'string' },
} as const;

/** Runs `goalpost score` with the arguments after the command name, and returns the exit code. */
export async function runScore(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArguments({ args: [...argv], options: SCORE_OPTIONS, allowPositionals: true }, 'goalpost score --help');
  const answered = answerCommonOptions(values, SCORE_HELP, io);
  if (answered !== undefined) return answered;
  if (positionals.length !== 1) {
    throw new UsageError(`score takes one plan file${positionals.length > 1 ? `, not ${positionals.length}` : ''}; see \`goalpost score --help\``);
  }
  const problems: string[] = [];
  const today = readToday(values.today, problems);
  if (problems.length > 0) throw new UsageError(problems);
  const { file, text, config } = await readPlanInput(positionals[0]!, values.config, io);

  const { plan, diagnostics } = parse(text);
  noteUnreadLines(io, file, diagnostics, 'the score');
  const timeline = gasTimeline(plan, today, config);
  io.out(values.json ? `${JSON.stringify(toJson(timeline, file, today), null, 2)}\n` : formatTable(timeline, plan, file, today));
  return 0;
}

// ---------------------------------------------------------------------------------------------------------
// JSON: a stable shape, documented in docs/cli.md. Numbers are rounded to two decimals; absent values are null.

const round = (n: number) => Math.round(n * 100) / 100;
const scoreOf = (s: TScore) => (s.kind === 'score' ? round(s.value) : null);
const reasonOf = (s: TScore) => (s.kind === 'score' ? null : s.reason);
const goalJson = (s: GasStanding) => ({ id: s.goal, level: s.level, weight: s.weight, source: s.source, reviewedOn: s.reviewedOn ?? null });
const notCountedJson = (e: GasExclusion) => ({ id: e.goal, reason: e.reason });

function toJson(t: GasTimeline, file: string, today: string) {
  return {
    version: 1,
    file,
    today,
    rho: t.rho,
    goals: t.goals,
    baseline: {
      date: t.baseline.date ?? null,
      tScore: scoreOf(t.baseline.score),
      reason: reasonOf(t.baseline.score),
      goals: t.baseline.counted.map(goalJson),
      notCounted: t.baseline.notCounted.map(notCountedJson),
    },
    reviews: t.reviews.map((r) => ({
      date: r.date,
      tScore: scoreOf(r.score),
      reason: reasonOf(r.score),
      change: r.change === undefined ? null : round(r.change),
      baselineTScore: scoreOf(r.baselineScore),
      sameGoalsAsBaseline: r.sameGoalsAsBaseline,
      goals: r.counted.map(goalJson),
      notCounted: r.notCounted.map(notCountedJson),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The table: one column per GAS goal, one row per date, numbers right-aligned, notes for every mark below.

interface Row {
  readonly label: string;
  readonly counted: readonly GasStanding[];
  readonly notCounted: readonly GasExclusion[];
  readonly score: TScore;
  readonly change: string;
}

function formatTable(t: GasTimeline, plan: Plan, file: string, today: string): string {
  const head = `${showPath(file)}: GAS T-scores as of ${today} (rho ${t.rho})\n\n`;
  if (t.goals.length === 0) {
    return `${head}No goal is scored with GAS yet (none has a scale, a start level or a review with a level), so there is no T-score. Goals reviewed in words need none.\n`;
  }
  const notes: string[] = [];
  const note = (text: string) => notes.includes(text) || notes.push(text);
  // The weights row shows each goal's weight today; a cell whose weight differed on its date shows it.
  const weights = new Map(t.goals.map((id) => [id, [...t.reviews].reverse().flatMap((r) => r.counted).find((s) => s.goal === id)?.weight]));
  for (const s of t.baseline.counted) if (weights.get(s.goal) === undefined) weights.set(s.goal, s.weight);

  // A change marked † is measured from a different baseline; the others get a space there, so the digits line up.
  const marked = t.reviews.some((r) => !r.sameGoalsAsBaseline && r.change !== undefined);
  if (marked) note('†  change from the same goals at their start levels, since the goals or weights counted differ from the baseline');
  const rows: Row[] = [
    { label: 'baseline', ...t.baseline, change: '' },
    ...t.reviews.map((r) => {
      const mark = !marked ? '' : r.sameGoalsAsBaseline ? ' ' : '†';
      const change = r.change === undefined || r.score.kind !== 'score' ? '' : `${signed(shownChange(r.score.value, r.change).toFixed(1))}${mark}`;
      return { label: r.date, counted: r.counted, notCounted: r.notCounted, score: r.score, change };
    }),
  ];
  const cell = (row: Row, id: string): string => {
    const standing = row.counted.find((s) => s.goal === id);
    const excluded = row.notCounted.find((e) => e.goal === id);
    if (excluded) note(`-  ${id}: ${excluded.reason}`);
    if (!standing) return '-';
    if (standing.source === 'assumed') note(`*  ${id} has no start level: -1 assumed (add "start level:" to the goal)`);
    const level = `${signed(String(standing.level))}${standing.source === 'assumed' ? '*' : ''}`;
    return standing.weight === weights.get(id) ? level : `${level} (w ${standing.weight})`;
  };
  const tScore = (row: Row): string => {
    if (row.score.kind === 'score') return row.score.value.toFixed(1);
    note(`n/a  no T-score ${row.label === 'baseline' ? 'at the baseline' : `on ${row.label}`}: ${row.score.reason}`);
    return 'n/a';
  };

  const table = [
    ['date', ...t.goals, 'T-score', 'change'],
    ['weight', ...t.goals.map((id) => String(weights.get(id) ?? '')), '', ''],
    ...rows.map((row) => [row.label, ...t.goals.map((id) => cell(row, id)), tScore(row), row.change]),
  ];
  const later = plan.journal.filter((e) => e.kind === 'review' && e.date.iso > today).length;
  if (later > 0) note(`${later === 1 ? '1 review' : `${later} reviews`} dated after ${today} ${later === 1 ? 'is' : 'are'} left out`);
  if (t.reviews.length === 0) note(`No reviews yet: record one with a line such as \`${today} review ${t.goals[0]}: 0\``);
  return `${head}${alignColumns(table)}${notes.length > 0 ? `\n${notes.join('\n')}\n` : ''}`;
}

function signed(number: string): string {
  return Number(number) > 0 ? `+${number}` : number;
}

/** Lays out rows as columns two spaces apart: the first left-aligned, the others right-aligned. */
function alignColumns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i] ?? ''))));
  const pad = (text: string, width: number, left: boolean) => {
    const fill = ' '.repeat(width - displayWidth(text));
    return left ? text + fill : fill + text;
  };
  return rows.map((row) => row.map((text, i) => pad(text, widths[i]!, i === 0)).join('  ').trimEnd()).join('\n') + '\n';
}

/** Hangul, CJK, Hiragana, Katakana and full-width forms: the characters a terminal draws two columns wide. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** The columns a text takes in a terminal: two for East Asian wide characters (goal ids may be `睡眠`), else one. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}
