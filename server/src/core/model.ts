/**
 * The document model: what a `.goals` file means, as plain read-only values.
 *
 * Every node carries the exact source range it was read from, in LSP terms (zero-based line and
 * UTF-16 code unit), so that every later feature can point at the text behind a fact.
 */
import { ENTRY_KIND_SPECS, type EntryKindName, type StatusKindName } from './entry-kinds';

/** A zero-based line and UTF-16 character offset, as the Language Server Protocol counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A half-open range of source text. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A piece of source text with its range; `text` is trimmed of surrounding white space. */
export interface Text {
  readonly text: string;
  readonly range: Range;
}

/** A calendar date that exists, written `YYYY-MM-DD`. */
export interface DateValue {
  /** The ISO form, `YYYY-MM-DD`; comparing two of these as strings compares the dates. */
  readonly iso: string;
  readonly range: Range;
}

/** A number with an optional unit, range or maximum, such as `3 attacks/week`, `6/10`, `3-4 drinks`. */
export interface Measurement {
  readonly value: number;
  /** The upper end of a range such as `3-4 drinks/day`. */
  readonly upper?: number;
  /** The maximum of a score such as `6/10`. */
  readonly outOf?: number;
  /** The unit as written (`attacks/week`), or the empty string. */
  readonly unit: string;
  readonly range: Range;
}

export type IntervalUnit = 'day' | 'week' | 'month' | 'session';

/** A review schedule such as `every 2 weeks` or `every 4 sessions`. */
export interface Interval {
  readonly count: number;
  readonly unit: IntervalUnit;
  readonly range: Range;
}

export const CATEGORIES = [
  'symptom-reduction',
  'skill-development',
  'insight',
  'behavioral',
  'emotional',
  'relationship',
  'identity-meaning',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type GoalKind = 'outcome' | 'process';
export type GoalTerm = 'short' | 'long';

/** A GAS weight, given directly (`2`) or as importance × difficulty (`2 x 3`). */
export interface Weight {
  readonly value: number;
  readonly importance?: number;
  readonly difficulty?: number;
  readonly range: Range;
}

/** A value that is a measurement where one could be read, and text in any case. */
export interface Quantity {
  readonly text: Text;
  readonly measurement?: Measurement;
  /** The date of a baseline written as `3 attacks/week on 2026-11-01`. */
  readonly date?: DateValue;
}

/** The key of a field or revision as written, normalised (lower case, single spaces). */
export interface Key {
  readonly name: string;
  readonly range: Range;
}

/** One `- ` item under a list field; `done` is set for checkbox items. */
export interface ListItem {
  readonly text: Text;
  readonly done?: boolean;
  readonly note?: Text;
  readonly range: Range;
}

/** One `<level>: <text>` line of a GAS scale. */
export interface ScaleLevel {
  readonly level: number;
  readonly levelRange: Range;
  readonly text: Text;
  readonly range: Range;
}

/** The value of a goal field, by the field's type. */
export type FieldValue =
  | { readonly type: 'text'; readonly text: Text }
  | { readonly type: 'list'; readonly items: readonly ListItem[] }
  | { readonly type: 'quantity'; readonly quantity: Quantity }
  | { readonly type: 'date'; readonly date: DateValue }
  | { readonly type: 'interval'; readonly interval: Interval }
  | { readonly type: 'category'; readonly category: Text }
  | { readonly type: 'choice'; readonly choice: Text }
  | { readonly type: 'ref'; readonly ref: Text }
  | { readonly type: 'weight'; readonly weight: Weight }
  | { readonly type: 'level'; readonly level: number; readonly range: Range }
  | { readonly type: 'scale'; readonly levels: readonly ScaleLevel[] }
  | { readonly type: 'agreement'; readonly agreement: Agreement };

/** When and by whom a goal was agreed: `agreed: 2026-09-14 by Dan and Ruth`; either part may be left out. */
export interface Agreement {
  readonly date?: DateValue;
  /** Who agreed it, in the plan's own words: `Dan and Ruth`. */
  readonly by?: Text;
  /** The word written before them: agreed `with Dr. Kim` is not agreed `by` them. */
  readonly word?: 'by' | 'with';
  readonly text: Text;
}

/** Whose goal it is, as `set by:` says. */
export type SetBy = 'client' | 'clinician' | 'together';

/** A field of a goal or a header line, with its whole-line range. */
export interface Field {
  readonly key: Key;
  /** Absent where the value could not be read (a diagnostic says why). */
  readonly value?: FieldValue;
  /** The raw text after the colon, or undefined for an empty value. */
  readonly raw?: Text;
  readonly note?: Text;
  /** The date in a `milestone <date>` key. */
  readonly keyDate?: DateValue;
  /** The level in a `scale <level>` key (revisions only). */
  readonly keyLevel?: number;
  /** The whole field including its list items or scale levels. */
  readonly range: Range;
}

export interface Milestone {
  readonly date: DateValue;
  readonly quantity: Quantity;
  readonly field: Field;
}

/** A goal as written in its block, before any revision from the journal is applied. */
export interface Goal {
  readonly id: string;
  readonly idRange: Range;
  readonly statement: Text;
  /** A note after ` -- ` on the goal line. */
  readonly note?: Text;
  /** The `goal` line. */
  readonly headerRange: Range;
  /** The goal line and all its field lines. */
  readonly range: Range;
  /** Every field in source order, including unknown ones. */
  readonly fields: readonly Field[];
  readonly category?: Text;
  readonly kind?: GoalKind;
  readonly term?: GoalTerm;
  readonly partOf?: Text;
  /** When and by whom the goal was agreed. */
  readonly agreed?: Agreement;
  readonly setBy?: SetBy;
  readonly value?: Field;
  readonly baseline?: Quantity;
  readonly target?: Quantity;
  readonly measure?: Field;
  readonly steps?: readonly ListItem[];
  readonly obstacles?: Field;
  readonly supports?: Field;
  readonly start?: DateValue;
  readonly due?: DateValue;
  readonly milestones: readonly Milestone[];
  readonly review?: Interval;
  readonly weight?: Weight;
  readonly startLevel?: number;
  readonly scale?: readonly ScaleLevel[];
}

/**
 * The kinds of journal entry, in the order of the table in entry-kinds.ts. The list is derived from
 * the table rather than written again, and its type is the union of the table's literal names, so
 * `Entry['kind']` and a kind read from this list are the same words; the check after `Entry` below
 * holds the entry types to the table in both directions.
 */
export const ENTRY_KINDS: readonly EntryKindName[] = ENTRY_KIND_SPECS.map((spec) => spec.name);

/** The kinds that set a goal's status: the rows of the table marked `status`. */
export type StatusKind = StatusKindName;

interface EntryBase {
  readonly date: DateValue;
  readonly note?: Text;
  readonly range: Range;
  /** Where the entry stands in source order: the number of its line (entries of one line share it). */
  readonly index: number;
}

export interface SessionEntry extends EntryBase {
  readonly kind: 'session';
}
export interface ProgressEntry extends EntryBase {
  readonly kind: 'progress';
  readonly goal: Text;
  readonly quantity: Quantity;
}
/**
 * A review of a goal: it was looked at together on this date. A goal with a GAS scale is given the
 * level it stands at (`review panic: -1`); any goal may be reviewed without one (`review sober --
 * on track`). One line may review several goals (`review sober, meetings -- on track`): each goal
 * gets its own entry, all with the line's range and index.
 */
export interface ReviewEntry extends EntryBase {
  readonly kind: 'review';
  readonly goal: Text;
  /** Every goal the line reviews, in the order written; `[goal]` unless the line names several. */
  readonly goals: readonly Text[];
  /** The GAS level, when one is given. */
  readonly level?: number;
  readonly levelRange?: Range;
}

/** A review that gives a GAS level. */
export type LevelReview = ReviewEntry & { readonly level: number; readonly levelRange: Range };

/** True when a review gives a GAS level. */
export function hasLevel(review: ReviewEntry): review is LevelReview {
  return review.level !== undefined;
}
export interface RevisionEntry extends EntryBase {
  readonly kind: 'revise';
  readonly goal: Text;
  /** The revised field, with its value read as that field's type. */
  readonly field: Field;
}
export interface StatusEntry extends EntryBase {
  readonly kind: StatusKind;
  readonly goal: Text;
}
export interface NoteEntry extends EntryBase {
  readonly kind: 'note';
  readonly goal?: Text;
  readonly text?: Text;
}
/**
 * A tracked daily measure: a number (`mood: 6/10`, `sleep: 7 hours`) or, for a yes/no measure, an
 * answer (`tablets: yes`, `tablets: ✓`). Exactly one of `quantity` and `answer` is set.
 */
/**
 * A moment worth keeping: a small `win`, or a `setback` (`lapse` is the word for a return to a
 * substance after a time without it). About one goal or the plan as a whole, with what happened in
 * the client's words after a colon or ` -- `. Setbacks are data, not defeat: nothing counts them
 * against a goal, but an abstinence goal's day count starts again after a lapse.
 */
export interface MomentEntry extends EntryBase {
  readonly kind: 'win' | 'setback' | 'lapse';
  readonly goal?: Text;
  readonly text?: Text;
}

export interface MeasureEntry extends EntryBase {
  readonly kind: 'measure';
  readonly name: Text;
  readonly quantity?: Quantity;
  readonly answer?: { readonly yes: boolean; readonly text: Text };
}

export type Entry =
  | SessionEntry
  | ProgressEntry
  | ReviewEntry
  | RevisionEntry
  | StatusEntry
  | NoteEntry
  | MomentEntry
  | MeasureEntry;

/** Compiles only when `T` is `true`. */
type Holds<T extends true> = T;
// Every row of the table in entry-kinds.ts has an entry type, and every entry type but a tracked
// measure has a row: a kind missing on either side makes this a type error.
type _EntryTypesMatchTable = Holds<
  [Exclude<EntryKindName, Entry['kind']>, Exclude<Entry['kind'], EntryKindName | 'measure'>] extends [never, never] ? true : false
>;

/** A `track <name>: <range or unit>` declaration in the header: `track mood: 1-10`, `track tablets: yes/no`. */
export interface TrackedMeasure {
  readonly name: Text;
  /** `number` for a range or a unit, `yes-no` for a measure answered yes or no each day. */
  readonly type: 'number' | 'yes-no';
  readonly min?: number;
  readonly max?: number;
  readonly unit: string;
  /** The declaration's value, for messages. */
  readonly declared?: Text;
  readonly range: Range;
}

export interface Header {
  readonly title?: Text;
  readonly client?: Text;
  readonly clinician?: Text;
  readonly start?: DateValue;
  readonly review?: Interval;
  readonly tracked: readonly TrackedMeasure[];
  /** Every header field in source order. */
  readonly fields: readonly Field[];
}

export interface Comment {
  /** The comment's text after `#`, trimmed. */
  readonly text: string;
  readonly range: Range;
  /** True when the comment is the only thing on its line. */
  readonly ownLine: boolean;
}

/** A whole plan. */
export interface Plan {
  readonly header: Header;
  readonly goals: readonly Goal[];
  /** Journal entries in source order. */
  readonly journal: readonly Entry[];
  readonly comments: readonly Comment[];
  /** The number of lines in the document. */
  readonly lineCount: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A problem found in a document, by the parser or by a rule. */
export interface Diagnostic {
  readonly range: Range;
  readonly severity: Severity;
  readonly message: string;
  /** A stable kebab-case id, e.g. `invalid-date` or `vague-goal`. */
  readonly code: string;
  /** What a quick fix needs to repair the problem, as plain JSON. */
  readonly data?: Readonly<Record<string, unknown>>;
  /**
   * The message in simple words, where the parser wrote a second one (a format error that would
   * otherwise say 'GAS level'). `analyze` puts it in `message` for the plain voice and drops it.
   */
  readonly plain?: string;
}

/** What parsing a document yields: always a plan, and the problems found on the way. */
export interface ParseResult {
  readonly plan: Plan;
  readonly diagnostics: readonly Diagnostic[];
}
