/**
 * The fields a plan header and a goal may have: one table that the parser, hover, completion and
 * the rules all read, so a field is added in one place.
 */

export type ValueType =
  | 'text'
  | 'quantity'
  | 'date'
  | 'interval'
  | 'category'
  | 'choice'
  | 'ref'
  | 'weight'
  | 'level'
  | 'scale'
  | 'steps'
  | 'agreement';

export interface FieldSpec {
  /** The key as written, lower case: `part of`, `milestone`. */
  readonly key: string;
  readonly type: ValueType;
  /** For `choice` fields, the allowed values. */
  readonly choices?: readonly string[];
  /** True when the field may be written empty and followed by `- ` items. */
  readonly list?: boolean;
  /** What follows the key word before the colon: a date (`milestone 2026-12-15`) or a level (`scale +1`). */
  readonly argument?: 'date' | 'level' | 'name';
  /** The number of the documentation template field this key records, 1-9. */
  readonly template?: number;
  /** One line on what belongs in the field, for hovers and completion details. */
  readonly summary: string;
  /** Only in `revise` entries, not in a goal block. */
  readonly revisionOnly?: boolean;
}

/** The nine fields of the documentation template, by number (index 0 is unused). */
export const TEMPLATE_FIELDS: readonly string[] = [
  '',
  'goal statement',
  'value connection',
  'current baseline',
  'success indicators',
  'action steps',
  'potential obstacles',
  'support resources',
  'timeline',
  'review schedule',
];

export const GOAL_FIELDS: readonly FieldSpec[] = [
  { key: 'category', type: 'category', summary: 'Which of the seven kinds of goal this is, such as symptom-reduction or relationship.' },
  { key: 'kind', type: 'choice', choices: ['outcome', 'process'], summary: 'outcome: a result to reach; process: something to keep doing.' },
  { key: 'term', type: 'choice', choices: ['short', 'long'], summary: 'short for weeks, long for months; short-term goals can be part of a long-term one.' },
  { key: 'part of', type: 'ref', summary: 'The id of the long-term goal this goal helps to reach.' },
  { key: 'value', type: 'text', template: 2, summary: 'Why this goal matters: the value or wish it serves.' },
  { key: 'baseline', type: 'quantity', template: 3, summary: 'Where things stand now, ideally a number with a unit and the date it was measured.' },
  { key: 'target', type: 'quantity', template: 4, summary: 'The number or state that will count as success.' },
  { key: 'measure', type: 'text', list: true, template: 4, summary: 'How progress is counted or noticed, and when.' },
  { key: 'steps', type: 'steps', list: true, template: 5, summary: 'The concrete actions, one per line: - [ ] to do, - [x] done.' },
  { key: 'obstacles', type: 'text', list: true, template: 6, summary: 'What could get in the way, so there is a plan for it.' },
  { key: 'supports', type: 'text', list: true, template: 7, summary: 'People, tools and strategies that help.' },
  { key: 'start', type: 'date', template: 8, summary: 'The date work on this goal starts, if not the plan start.' },
  { key: 'due', type: 'date', template: 8, summary: 'The date the goal should be reached by.' },
  { key: 'milestone', type: 'quantity', argument: 'date', template: 8, summary: 'A checkpoint on the way: the date, then what should be true by then.' },
  { key: 'review', type: 'interval', template: 9, summary: 'How often progress is reviewed, e.g. every 2 weeks or every 4 sessions.' },
  { key: 'agreed', type: 'agreement', summary: 'When and by whom the goal was agreed: agreed: 2026-09-14 by Dan and Ruth.' },
  { key: 'set by', type: 'choice', choices: ['client', 'clinician', 'together'], summary: 'Whose goal this is: the client’s own, the clinician’s, or set together.' },
  { key: 'weight', type: 'weight', summary: 'How much the goal counts in the GAS score: a number, or importance x difficulty (each 0-3).' },
  { key: 'start level', type: 'level', summary: 'The GAS level at the start, usually -1 (or -2 when nothing worse is plausible).' },
  { key: 'scale', type: 'scale', summary: 'The five GAS levels from -2 (much worse than expected) to +2 (much better).' },
  { key: 'statement', type: 'text', revisionOnly: true, template: 1, summary: 'The goal statement itself.' },
  { key: 'scale', type: 'text', argument: 'level', revisionOnly: true, summary: 'The text of one GAS level.' },
];

export const HEADER_FIELDS: readonly FieldSpec[] = [
  { key: 'plan', type: 'text', summary: 'The title of the plan.' },
  { key: 'client', type: 'text', summary: 'The name of the person whose plan this is.' },
  { key: 'clinician', type: 'text', summary: 'The clinician who co-writes the plan.' },
  { key: 'start', type: 'date', summary: 'The date the plan starts.' },
  { key: 'review', type: 'interval', summary: 'The review schedule for goals that do not set their own.' },
  { key: 'track', type: 'text', argument: 'name', summary: 'A daily measure to log in the journal, with its range or unit: track mood: 1-10.' },
];

/** Finds the spec for a key; `withArgument` tells whether the key was followed by a date, level or name. */
export function findField(
  specs: readonly FieldSpec[],
  key: string,
  withArgument: boolean,
  inRevision = false,
): FieldSpec | undefined {
  return specs.find(
    (spec) =>
      spec.key === key && Boolean(spec.argument) === withArgument && (inRevision || !spec.revisionOnly),
  );
}

/** The keys a writer may use in a goal block, for suggestions and completion. */
export function goalFieldKeys(): string[] {
  return [...new Set(GOAL_FIELDS.filter((f) => !f.revisionOnly).map((f) => f.key))];
}
