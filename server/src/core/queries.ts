/**
 * Questions later features ask of a plan: a goal by id, its entries in date order, its latest
 * measurement and review, and the value of a field once the journal's revisions are applied.
 */
import type {
  DateValue,
  Entry,
  Field,
  Goal,
  Interval,
  LevelReview,
  MomentEntry,
  Plan,
  ProgressEntry,
  Quantity,
  ReviewEntry,
  RevisionEntry,
  SessionEntry,
  StatusEntry,
  Text,
} from './model';
import { entryKindsWhere } from './entry-kinds';
import { hasLevel } from './model';
import { toDate } from './values/dates';

export type GoalStatus = 'active' | 'achieved' | 'paused' | 'dropped';

/** Finds the first goal with this id (ids should be unique; a rule reports duplicates). */
export function findGoal(plan: Plan, id: string): Goal | undefined {
  let byId = goalIndexes.get(plan);
  if (!byId) {
    byId = new Map();
    for (const goal of plan.goals) if (!byId.has(goal.id)) byId.set(goal.id, goal);
    goalIndexes.set(plan, byId);
  }
  return byId.get(id);
}

/** Goals by id, built once per plan, so rules that look up every goal's parent stay linear. */
const goalIndexes = new WeakMap<Plan, Map<string, Goal>>();

/** The goal an entry is about, if any. */
export function entryGoal(entry: Entry): Text | undefined {
  return 'goal' in entry ? entry.goal : undefined;
}

/** Entries sorted by date; entries on the same day keep the order they were written in. */
export function byDate<T extends Entry>(entries: readonly T[]): T[] {
  // A journal is almost always written in date order already: checking that is far cheaper than sorting.
  let inOrder = true;
  for (let i = 1; i < entries.length && inOrder; i += 1) inOrder = compareDates(entries[i - 1]!, entries[i]!) <= 0;
  return inOrder ? entries.slice() : [...entries].sort(compareDates);
}

/** Date order, then source order; ISO dates order as plain strings, much cheaper than localeCompare. */
function compareDates(a: Entry, b: Entry): number {
  return a.date.iso < b.date.iso ? -1 : a.date.iso > b.date.iso ? 1 : a.index - b.index;
}

const STATUS_KINDS: ReadonlySet<string> = new Set(entryKindsWhere((spec) => spec.status));

/**
 * The journal sorted and grouped once per plan, so that queries asked for every entry of a long
 * journal stay fast: each list is in date order, ready for a binary search on `asOf`.
 */
interface JournalIndex {
  readonly byGoal: Map<string, Entry[]>;
  /**
   * Keyed by `<goal id> <kind>`; also `<goal id> revise <field key>` for revisions,
   * `<goal id> review level` for the reviews that give a GAS level, and `<goal id> status` for the
   * status entries of every kind together.
   */
  readonly byGoalAndKind: Map<string, Entry[]>;
  readonly sessions: SessionEntry[];
  /** The `lapse` lines that name no goal: a lapse is about the substance, whichever goal it touches. */
  readonly lapses: Entry[];
  /** The last entry in date order, which an entry added later must not come before. */
  last: Entry | undefined;
}

const indexes = new WeakMap<Plan, JournalIndex>();

function journalIndex(plan: Plan): JournalIndex {
  let index = indexes.get(plan);
  if (index) return index;
  index = { byGoal: new Map(), byGoalAndKind: new Map(), sessions: [], lapses: [], last: undefined };
  for (const entry of byDate(plan.journal)) addToIndex(index, entry);
  indexes.set(plan, index);
  return index;
}

/** Adds an entry that comes after every entry of the index in date order. */
function addToIndex(index: JournalIndex, entry: Entry): void {
  const push = (map: Map<string, Entry[]>, key: string) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  index.last = entry;
  if (entry.kind === 'session') index.sessions.push(entry);
  const goal = entryGoal(entry)?.text;
  if (entry.kind === 'lapse' && goal === undefined) index.lapses.push(entry);
  if (goal === undefined) return;
  push(index.byGoal, goal);
  push(index.byGoalAndKind, `${goal} ${entry.kind}`);
  if (entry.kind === 'revise') push(index.byGoalAndKind, `${goal} revise ${entry.field.key.name}`);
  if (entry.kind === 'review' && hasLevel(entry)) push(index.byGoalAndKind, `${goal} review level`);
  if (STATUS_KINDS.has(entry.kind)) push(index.byGoalAndKind, `${goal} status`);
}

/**
 * Indexes the journal of `plan` now, from the index of `before` (an earlier version of the same
 * document) when the journal only grew at its end and in date order, as a journal usually does:
 * the lists are copied and the new entries added, instead of sorting and grouping every entry
 * again. A snapshot indexes each plan it builds, so the next version can always continue.
 */
export function indexJournal(plan: Plan, before?: Plan): void {
  if (!(before && continued(plan, before))) journalIndex(plan);
}

/** Continues the index of `before` for `plan`, when its journal only grew at the end in date order. */
function continued(plan: Plan, before: Plan): boolean {
  const old = indexes.get(before);
  const kept = before.journal;
  const journal = plan.journal;
  if (indexes.has(plan)) return true;
  if (!old || journal.length < kept.length) return false;
  for (let i = 0; i < kept.length; i += 1) if (journal[i] !== kept[i]) return false;
  let last = old.last;
  for (let i = kept.length; i < journal.length; i += 1) {
    if (last && compareDates(last, journal[i]!) > 0) return false;
    last = journal[i];
  }
  const copy = (map: Map<string, Entry[]>) => new Map([...map].map(([key, list]) => [key, list.slice()]));
  const index: JournalIndex = { byGoal: copy(old.byGoal), byGoalAndKind: copy(old.byGoalAndKind), sessions: old.sessions.slice(), lapses: old.lapses.slice(), last: old.last };
  for (let i = kept.length; i < journal.length; i += 1) addToIndex(index, journal[i]!);
  indexes.set(plan, index);
  return true;
}

/** How many entries of a date-sorted list are dated on or before `asOf` (all of them without it). */
function countUpTo(sorted: readonly Entry[], asOf?: string): number {
  if (!asOf) return sorted.length;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.date.iso <= asOf) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The entries of a date-sorted list up to and including `asOf` (all of them without it), as a new array. */
function upTo<T extends Entry>(sorted: readonly T[] | undefined, asOf?: string): T[] {
  return sorted ? sorted.slice(0, countUpTo(sorted, asOf)) : [];
}

/** The last entry of a date-sorted list on or before `asOf`, without copying the list: what the `latest` queries ask. */
function lastUpTo<T extends Entry>(sorted: readonly T[] | undefined, asOf?: string): T | undefined {
  return sorted ? sorted[countUpTo(sorted, asOf) - 1] : undefined;
}

function listOf<T extends Entry>(plan: Plan, key: string): readonly T[] | undefined {
  return journalIndex(plan).byGoalAndKind.get(key) as T[] | undefined;
}

/** Every journal entry about a goal, in date order, up to and including `asOf` when given. */
export function entriesOf(plan: Plan, id: string, asOf?: string): Entry[] {
  return upTo(journalIndex(plan).byGoal.get(id), asOf);
}

/** The progress entries of a goal in date order. */
export function progressOf(plan: Plan, id: string, asOf?: string): ProgressEntry[] {
  return upTo(journalIndex(plan).byGoalAndKind.get(`${id} progress`) as ProgressEntry[] | undefined, asOf);
}

/** Every review of a goal in date order, with or without a GAS level. */
export function reviewsOf(plan: Plan, id: string, asOf?: string): ReviewEntry[] {
  return upTo(journalIndex(plan).byGoalAndKind.get(`${id} review`) as ReviewEntry[] | undefined, asOf);
}

/** The reviews of a goal that give a GAS level, in date order: what GAS scores and charts read. */
export function levelReviewsOf(plan: Plan, id: string, asOf?: string): LevelReview[] {
  return upTo(journalIndex(plan).byGoalAndKind.get(`${id} review level`) as LevelReview[] | undefined, asOf);
}

/** The most recent progress measurement of a goal. */
export function latestProgress(plan: Plan, id: string, asOf?: string): ProgressEntry | undefined {
  return lastUpTo(listOf<ProgressEntry>(plan, `${id} progress`), asOf);
}

/** The most recent review of a goal, with or without a level: what the review clock counts from. */
export function latestReview(plan: Plan, id: string, asOf?: string): ReviewEntry | undefined {
  return lastUpTo(listOf<ReviewEntry>(plan, `${id} review`), asOf);
}

/** The most recent review of a goal that gives a GAS level. */
export function latestLevelReview(plan: Plan, id: string, asOf?: string): LevelReview | undefined {
  return lastUpTo(listOf<LevelReview>(plan, `${id} review level`), asOf);
}

/** A goal's entries of one kind in date order, up to and including `asOf`. */
export function entriesOfKind<K extends Entry['kind']>(plan: Plan, id: string, kind: K, asOf?: string): Extract<Entry, { kind: K }>[] {
  return upTo(listOf<Extract<Entry, { kind: K }>>(plan, `${id} ${kind}`), asOf);
}

/** The `lapse` lines that name no goal, in date order, up to and including `asOf`. */
export function generalLapses(plan: Plan, asOf?: string): MomentEntry[] {
  return upTo(journalIndex(plan).lapses as MomentEntry[], asOf);
}

/** Entries of several date-sorted lists together, in date order, then source order. */
export function mergedByDate<T extends Entry>(...lists: readonly (readonly T[])[]): T[] {
  return lists.flat().sort(compareDates);
}

/** The session entries of the plan in date order. */
export function sessions(plan: Plan, asOf?: string): SessionEntry[] {
  return upTo(journalIndex(plan).sessions, asOf);
}

/** The revisions of one field of a goal, in date order; `key` is the field key such as `target`. */
export function revisionsOf(plan: Plan, id: string, key: string, asOf?: string): RevisionEntry[] {
  return upTo(journalIndex(plan).byGoalAndKind.get(`${id} revise ${key}`) as RevisionEntry[] | undefined, asOf);
}

/**
 * The last revision of a goal's field written before `entry`: on an earlier day, or earlier on the
 * same day (the format keeps same-day lines in the order they are written). A binary search, so a
 * rule may ask it for every entry of a long journal.
 */
export function revisionBefore(plan: Plan, id: string, key: string, entry: Entry): RevisionEntry | undefined {
  const sorted = listOf<RevisionEntry>(plan, `${id} revise ${key}`);
  if (!sorted) return undefined;
  const { iso } = entry.date;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const r = sorted[middle]!;
    if (r.date.iso < iso || (r.date.iso === iso && r.index < entry.index)) low = middle + 1;
    else high = middle;
  }
  return sorted[low - 1];
}

/** The status entries (achieved, paused, dropped, resumed) of a goal in date order. */
export function statusEntriesOf(plan: Plan, id: string, asOf?: string): StatusEntry[] {
  return upTo(listOf<StatusEntry>(plan, `${id} status`), asOf);
}

/** The last status line of a goal dated before `date` (not on it), without copying the goal's list. */
export function statusBefore(plan: Plan, id: string, date: string): StatusEntry | undefined {
  const list = listOf<StatusEntry>(plan, `${id} status`);
  if (!list) return undefined;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.date.iso < date) low = middle + 1;
    else high = middle;
  }
  return list[low - 1];
}

/**
 * The field as it stands on `asOf` (default: after every revision): the latest revision of it,
 * or the field as written in the goal block.
 */
export function effectiveField(plan: Plan, goal: Goal, key: string, asOf?: string): Field | undefined {
  const revision = lastUpTo(listOf<RevisionEntry>(plan, `${goal.id} revise ${key}`), asOf);
  return revision?.field ?? goal.fields.find((f) => f.key.name === key && f.value);
}

/** The target after revisions. */
export function effectiveTarget(plan: Plan, goal: Goal, asOf?: string): Quantity | undefined {
  const value = effectiveField(plan, goal, 'target', asOf)?.value;
  return value?.type === 'quantity' ? value.quantity : undefined;
}

/** The due date after revisions: the `due:` field's, else the date the statement names (`by 2027-01-15`). */
export function effectiveDue(plan: Plan, goal: Goal, asOf?: string): DateValue | undefined {
  const value = effectiveField(plan, goal, 'due', asOf)?.value;
  return value?.type === 'date' ? value.date : statedDue(effectiveStatement(plan, goal, asOf));
}

/** 'by 2027-01-15' (or 'before', 'until'), ISO-dated, in a statement: the goal's own words give its due date. */
const STATED_DUE = /\b(?:by|before|until|till|no later than)\s+(\d{4}-\d{2}-\d{2})\b/iu;

/**
 * The due date a statement names, written as a date ('Be in bed by 23:00 on 5 nights a week by
 * 2027-01-15'), with its place in the statement; a month alone ('by March') is not read, since
 * the year it means is a guess.
 */
export function statedDue(statement: Text): DateValue | undefined {
  const match = STATED_DUE.exec(statement.text);
  const iso = match?.[1];
  if (!match || !iso || !toDate(iso)) return undefined;
  const at = match.index + match[0].length - iso.length;
  const { line, character } = statement.range.start;
  return { iso, range: { start: { line, character: character + at }, end: { line, character: character + at + iso.length } } };
}

/** The goal statement after revisions. */
export function effectiveStatement(plan: Plan, goal: Goal, asOf?: string): Text {
  const value = lastUpTo(listOf<RevisionEntry>(plan, `${goal.id} revise statement`), asOf)?.field.value;
  return value?.type === 'text' ? value.text : goal.statement;
}

/** The review schedule in force for a goal: its own (after revisions), else the plan's. */
export function effectiveReview(plan: Plan, goal: Goal, asOf?: string): Interval | undefined {
  const value = effectiveField(plan, goal, 'review', asOf)?.value;
  return value?.type === 'interval' ? value.interval : plan.header.review;
}

/** The date a goal's timeline starts: its own `start`, else the plan's. Milestones and day counts count from it. */
export function goalStart(plan: Plan, goal: Goal): DateValue | undefined {
  return goal.start ?? plan.header.start;
}

/**
 * The date work on a goal began, as the record shows it: its own `start`; else its baseline's date
 * when that is after the plan's start (a goal added later, measured the day it joined); else the
 * plan's start. Its review clock, its pace, its start in the report and in an export count from it,
 * so a goal added a week ago is never "slower than planned" for the months before it existed.
 * Milestones and day counts keep `goalStart`: a baseline written late for a goal as old as the plan
 * must not push its milestones outside its timeline.
 */
export function workStart(plan: Plan, goal: Goal): DateValue | undefined {
  if (goal.start) return goal.start;
  const measured = goal.baseline?.date;
  const planStart = plan.header.start;
  return measured && (!planStart || measured.iso > planStart.iso) ? measured : planStart;
}

/** A goal's status on `asOf` (default: at the end of the journal), from its status entries. */
export function goalStatus(plan: Plan, id: string, asOf?: string): GoalStatus {
  // Each status entry replaces the one before, so the status is the last one's ('resumed' is active again).
  const last = lastUpTo(listOf<StatusEntry>(plan, `${id} status`), asOf);
  return !last || last.kind === 'resumed' ? 'active' : last.kind;
}

/** The goals that are active on `asOf`. */
export function activeGoals(plan: Plan, asOf?: string): Goal[] {
  return plan.goals.filter((goal) => goalStatus(plan, goal.id, asOf) === 'active');
}

/** Every place a goal id is referred to: journal entries and `part of` fields. */
export function referencesTo(plan: Plan, id: string): Text[] {
  const fromJournal = plan.journal.map(entryGoal).filter((ref): ref is Text => ref?.text === id);
  const fromGoals = plan.goals.map((g) => g.partOf).filter((ref): ref is Text => ref?.text === id);
  return [...fromGoals, ...fromJournal];
}
