/**
 * The kinds of journal entry: one table that the parser, completion, the rules and the tests read,
 * so a kind is added in one place (with its entry type in model.ts, which a compile-time check there
 * holds to this table, and the grammar and docs/format.md, which test/core/entry-kinds.test.ts does).
 */
import type { Wording } from './rules/rule';

/**
 * What follows the kind word on a journal line:
 * - `remark`: nothing, or only a remark after ` -- ` (`session -- intake`);
 * - `goal`: one goal id (`achieved sleep`);
 * - `maybe-goal`: a goal id or none, then the client's words (`note: ...`, `win walk -- ...`);
 * - `goals`: one goal id or several separated by commas (`review sober, meetings`);
 * - `goal-field`: a goal id, then a field and its new value (`revise panic target: 2 attacks/week`);
 * - `goal-value`: a goal id, then a measurement (`progress panic: 3 attacks/week`).
 */
export type EntryShape = 'remark' | 'goal' | 'maybe-goal' | 'goals' | 'goal-field' | 'goal-value';

export interface EntryKindSpec<Name extends string = string> {
  /** The kind word as written, lower case. */
  readonly name: Name;
  readonly shape: EntryShape;
  /** True when the entry changes how a goal stands (its fields, status or day count), so entry rules may read it. */
  readonly changesGoal: boolean;
  /** True when the entry sets a goal's status. */
  readonly status: boolean;
  /** One line on what the entry records, for completion. */
  readonly description: Wording;
  /** For a kind whose form about one goal is offered apart from its form about the plan: that form. */
  readonly aboutGoal?: Wording;
  /** A line of this kind after its date, as docs/format.md shows it. */
  readonly example: string;
}

/*
 * The rows keep their literal types (`as const`) so that the names become the `EntryKindName` union
 * the entry types are checked against; `satisfies` checks every row has what a spec needs.
 */
const ROWS = [
  {
    name: 'session',
    shape: 'remark',
    changesGoal: false,
    status: false,
    description: {
      standard: 'A therapy session took place; schedules in sessions count these.',
      plain: 'You had a session with your therapist.',
    },
    example: 'session',
  },
  {
    name: 'progress',
    shape: 'goal-value',
    changesGoal: false,
    status: false,
    description: {
      standard: 'A measurement for a goal: progress <goal>: 3 attacks/week',
      plain: 'A number that shows how a goal is going.',
    },
    example: 'progress panic: 3 attacks/week',
  },
  {
    name: 'review',
    shape: 'goals',
    changesGoal: false,
    status: false,
    description: {
      standard: 'A review of one or more goals: a GAS level for a goal with a scale, or how it went in words.',
      plain: 'A look at how one or more goals are going.',
    },
    example: 'review panic: -1',
  },
  {
    name: 'revise',
    shape: 'goal-field',
    changesGoal: true,
    status: false,
    description: {
      standard: 'A change to one field of a goal; give the reason after --.',
      plain: 'A change to one part of a goal, and why.',
    },
    example: 'revise panic target: 2 attacks/week -- too ambitious for now',
  },
  {
    name: 'achieved',
    shape: 'goal',
    changesGoal: true,
    status: true,
    description: { standard: 'The goal was achieved.', plain: 'You reached the goal.' },
    example: 'achieved sleep',
  },
  {
    name: 'paused',
    shape: 'goal',
    changesGoal: true,
    status: true,
    description: { standard: 'Work on the goal is paused.', plain: 'You take a break from the goal.' },
    example: 'paused sleep',
  },
  {
    name: 'dropped',
    shape: 'goal',
    changesGoal: true,
    status: true,
    description: { standard: 'The goal was set aside.', plain: 'You stop working on the goal.' },
    example: 'dropped sleep',
  },
  {
    name: 'resumed',
    shape: 'goal',
    changesGoal: true,
    status: true,
    description: { standard: 'A paused or dropped goal is active again.', plain: 'You start the goal again.' },
    example: 'resumed sleep',
  },
  {
    name: 'note',
    shape: 'maybe-goal',
    changesGoal: false,
    status: false,
    description: { standard: 'A free note for the plan.', plain: 'A note in your own words.' },
    aboutGoal: {
      standard: 'A free note about one goal: note <goal>: ...',
      plain: 'A note about one goal, in your own words.',
    },
    example: 'note: slept badly all week',
  },
  {
    name: 'win',
    shape: 'maybe-goal',
    changesGoal: false,
    status: false,
    description: {
      standard: 'A small win worth keeping, for a goal or the plan: win <goal> -- what went well.',
      plain: 'Something that went well.',
    },
    example: 'win walk -- walked to work twice',
  },
  {
    name: 'setback',
    shape: 'maybe-goal',
    changesGoal: false,
    status: false,
    description: {
      standard: 'A setback, written down as it happened: setback <goal> -- what happened. Setbacks are part of the plan.',
      plain: 'Something that was hard, written down as it happened.',
    },
    example: 'setback panic -- avoided the bus all week',
  },
  {
    name: 'lapse',
    shape: 'maybe-goal',
    changesGoal: true,
    status: false,
    description: {
      standard: 'A lapse after a time without a substance: it restarts the day count of an abstinence goal.',
      plain: 'You used again after a time without; the count of days starts again.',
    },
    example: 'lapse sober -- two beers at the wedding',
  },
] as const satisfies readonly EntryKindSpec[];

/** The name of a kind of journal entry: `session`, `progress`, ... */
export type EntryKindName = (typeof ROWS)[number]['name'];

/** The kinds that set a goal's status, by the table's `status`. */
export type StatusKindName = Extract<(typeof ROWS)[number], { readonly status: true }>['name'];

/** Every kind of journal entry, in the order completion offers them and the docs list them. */
export const ENTRY_KIND_SPECS: readonly EntryKindSpec<EntryKindName>[] = ROWS;

/** The names of the kinds `test` holds for, in the table's order. */
export function entryKindsWhere(test: (spec: EntryKindSpec<EntryKindName>) => boolean): EntryKindName[] {
  return ENTRY_KIND_SPECS.filter(test).map((spec) => spec.name);
}
