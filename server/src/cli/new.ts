/**
 * `goalpost new`: prints a fresh plan to start from, with one goal and the nine-field template, each field
 * explained in a comment a client can read. `--template gas` adds a Goal Attainment Scaling scale.
 * The plan is printed, or written with `-o` to a file that must not exist yet: a template never replaces a plan.
 */
import path from 'node:path';
import { CATEGORIES, shiftDate } from '../core/index';
import { COMMON_OPTIONS, parseArguments, answerCommonOptions } from './args';
import { UsageError } from './errors';
import type { Io } from './io';
import { readToday } from './plan-input';
import { showPath } from './show';
import { OutputError, writeOutput } from './write-output';

/** The help of `goalpost new`. */
export const NEW_HELP = `Usage: goalpost new [options]

Print a fresh plan to start from: a header dated today and one goal with every field of
the documentation template, each explained in a comment. Replace the example text with
your own words, and delete the comments once you no longer need them.

Options:
  --template <name>    smart (the default): the nine-field template
                       gas: the same, with a Goal Attainment Scaling scale, weight and start level
  -o, --output <file>  Write the plan to this new file instead of printing it; an existing
                       file is never replaced
  --today YYYY-MM-DD   Date the plan as if today were this date (default: today)
  -h, --help           Show this help
  -v, --version        Print the version

Exit codes:
  0  the plan was printed or written
  2  usage or I/O error: an unknown option or template, a bad date, an output file that
     exists already or cannot be written

Examples:
  goalpost new > plans/alex.goals       Start a new plan for Alex
  goalpost new -o plans/alex.goals      The same, never over an existing plan
  goalpost new --template gas > plans/sam.goals
                                        Start a plan with a GAS scale to agree together
`;

const NEW_OPTIONS = {
  ...COMMON_OPTIONS,
  template: { type: 'string' },
  output: { type: 'string', short: 'o' },
  today: { type: 'string' },
} as const;

const TEMPLATES = ['smart', 'gas'] as const;
type Template = (typeof TEMPLATES)[number];

/** Runs `goalpost new` with the arguments after the command name, and returns the exit code. */
export async function runNew(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseArguments({ args: [...argv], options: NEW_OPTIONS, allowPositionals: false }, 'goalpost new --help');
  const answered = answerCommonOptions(values, NEW_HELP, io);
  if (answered !== undefined) return answered;
  const problems: string[] = [];
  const today = readToday(values.today, problems);
  const template = values.template ?? 'smart';
  if (!(TEMPLATES as readonly string[]).includes(template)) problems.push(`--template must be smart or gas, not '${template}'`);
  if (problems.length > 0) throw new UsageError(problems);
  // The example goal runs 12 weeks; past the end of 9999 there is no date to give it.
  if (!shiftDate(today, 12, 'week')) throw new UsageError(`--today ${today} leaves no room for the example goal's 12 weeks before the end of 9999; use an earlier date`);
  const plan = newPlan(today, template as Template);
  if (values.output === undefined) {
    io.out(plan);
    return 0;
  }
  try {
    await writeOutput(path.resolve(io.cwd, values.output), plan, { replace: false });
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    const reason = error.code === 'exists' ? 'already exists; goalpost new never replaces a file, so choose another name' : error.reason;
    throw new UsageError(`${showPath(values.output)}: ${reason}`);
  }
  return 0;
}

/** The text of a new plan dated `today`; every line of it parses without a format error. */
export function newPlan(today: string, template: Template): string {
  const milestone = shiftDate(today, 6, 'week')!;
  const due = shiftDate(today, 12, 'week')!;
  const lines = [
    `# A new goal plan, started on ${today}.`,
    '#',
    '# This is a plain-text file: you can read and change it in any text editor.',
    '# A line that starts with "# " is a comment, like this one: a note for people that',
    '# never changes the plan. Replace the example text after each colon with your own',
    '# words, and delete the comments once you no longer need them.',
    '',
    '# Who the plan is for, when it starts, and how often we look at each goal together.',
    'plan: My goal plan',
    'client: Your name',
    "clinician: Your clinician's name",
    `start: ${today}`,
    'review: every 2 weeks',
    '',
    '# One goal, with the nine parts of the goal template numbered in the comments.',
    '# 1. The word after "goal" is its short name, which the journal below uses.',
    '#    After the colon, say what will change, by how much, and by when.',
    `goal walking: Walk for 20 minutes on 5 days a week by ${due}`,
    '  # Which part of life the goal is about, one of:',
    `  # ${listCategories()}.`,
    '  category: behavioral',
    '  # "process" is something you do; "outcome" is a result you want to see.',
    '  kind: process',
    '  # 2. Why this goal matters to you.',
    '  value: Feeling stronger, and having time that is just for me',
    '  # 3. Where things stand now, and on which date.',
    `  baseline: 1 day/week on ${today}`,
    '  # 4. How you will notice progress, and what will count as success.',
    '  measure: Days I walked for 20 minutes, ticked on the calendar',
    '  target: 5 days/week',
    '  # 5. Small steps that lead there. Put an x in the box when a step is done: [x]',
    '  steps:',
    '    - [ ] Find a 20-minute route near home',
    '    - [ ] Walk on two days next week',
    '  # 6. What could get in the way.',
    '  obstacles: Rainy days; feeling tired after work',
    '  # 7. People, tools and habits that help.',
    '  supports: A friend to walk with; shoes by the door',
    '  # 8. A checkpoint on the way, and the date the goal should be reached.',
    `  milestone ${milestone}: 3 days/week`,
    `  due: ${due}`,
    '  # 9. How often this goal is reviewed: "every 2 weeks", "every month", "every 4 sessions".',
    "  #    Without this line, the plan's review at the top applies.",
    '  review: every 2 weeks',
    ...(template === 'gas' ? gasLines() : []),
    '',
    '# The journal: one dated line for each thing that happens, added at the bottom.',
    '# Take away the "# " at the start of a line to use it, for example:',
    `# ${today} session -- what we talked about`,
    `# ${today} progress walking: 2 days/week`,
    template === 'gas' ? `# ${today} review walking: 0` : `# ${today} review walking -- how it went, in a few words`,
    `# ${today} note: anything worth remembering`,
    '',
  ];
  return lines.join('\n');
}

/** The Goal Attainment Scaling lines of the `gas` template: weight, start level and the five-level scale. */
function gasLines(): string[] {
  return [
    '  # Goal Attainment Scaling: agree together, before starting, what each result would',
    '  # look like. 0 is the result you expect; -2 and -1 are worse, +1 and +2 better.',
    '  # "weight" is how much the goal counts: a number, or importance x difficulty (each 0-3).',
    '  weight: 2 x 2',
    '  # "start level" is where things stand now: usually -1, or -2 if nothing could be worse.',
    '  start level: -1',
    '  scale:',
    '    -2: walking on 1 day a week or less',
    '    -1: walking on 2 to 4 days a week',
    '     0: walking on 5 days a week',
    '    +1: walking every day',
    '    +2: walking every day, and a longer walk at the weekend',
  ];
}

function listCategories(): string {
  return `${CATEGORIES.slice(0, -1).join(', ')} or ${CATEGORIES.at(-1)!}`;
}
