/**
 * One version of a document, read in phases that are each made once and only when asked for:
 * its lines, then its plan, then its findings. A snapshot made from the one before reuses what an
 * edit did not touch: lines are independent, so an unchanged line is not read again, and the
 * journal entries read from an unchanged line are kept (build/plan.ts).
 */
import { checkInSteps, type Analysis, type AnalyzeOptions } from './analyze';
import { EntryMemo } from './rules/entry-memo';
import { GOAL_CHANGING_KINDS } from './rules/rule';
import { buildPlan } from './build/plan';
import { indexJournal } from './queries';
import type { Entry, ParseResult, Plan } from './model';
import { movedTo, readLine, type SyntaxLine } from './syntax/line';
import { splitPart } from './syntax/lines';
import { runToEnd } from './steps';

/** How many lines are read between two pauses of a stepwise read. */
const LINES_PER_STEP = 2000;

export class Snapshot {
  private parseResult: ParseResult | undefined;
  private outside: string | undefined;
  /**
   * The lines that are inputs of entry rules (`isInput`), in order: found on first use, or carried
   * over from the version before by `readLinesInSteps` (hence not private).
   */
  inputs: readonly SyntaxLine[] | undefined;
  /** The plan of the version this one was read from, until this one's plan is built from it. */
  private planBefore: Plan | undefined;

  private constructor(
    /** The document's text, exactly as given. */
    readonly text: string,
    /** Every line of the text, read; the same objects as the snapshot before for lines it shares. */
    readonly lines: readonly SyntaxLine[],
    /** Where each line starts in the text (after any byte-order mark), for the next version's read. */
    readonly offsets: readonly number[],
    /** The findings entry rules keep per entry, shared with the versions before and after. */
    private readonly memo: EntryMemo,
  ) {}

  /** Reads a document; with the snapshot of its previous version, only the lines that changed. */
  static read(text: string, previous?: Snapshot): Snapshot {
    return runToEnd(Snapshot.readInSteps(text, previous));
  }

  /**
   * Reads a document a slice of lines at a time, pausing (yielding) between slices, so that a
   * caller with an event loop can answer other requests meanwhile, or drop the work when the text
   * changes again. The core stays synchronous and pure; the caller decides when to go on.
   */
  static *readInSteps(text: string, previous?: Snapshot): Generator<void, Snapshot> {
    if (previous?.text === text) return previous;
    const { lines, offsets, inputs } = yield* readLinesInSteps(text, previous);
    const snapshot = new Snapshot(text, lines, offsets, previous?.memo ?? new EntryMemo());
    snapshot.inputs = inputs;
    // Only the plan: a chain of snapshots would keep every version's text.
    snapshot.planBefore = previous?.parseResult?.plan;
    return snapshot;
  }

  /** The plan and its format problems, built on first use. */
  get parsed(): ParseResult {
    if (this.parseResult) return this.parseResult;
    this.parseResult = buildPlan(this.lines);
    // Indexed now, from the version before when the journal grew at its end (queries.ts).
    indexJournal(this.parseResult.plan, this.planBefore);
    this.planBefore = undefined;
    return this.parseResult;
  }

  get plan(): Plan {
    return this.parsed.plan;
  }

  /** Checks the plan with every enabled rule. */
  analyze(options: AnalyzeOptions): Analysis {
    return runToEnd(this.analyzeInSteps(options));
  }

  /** Checks the plan in steps, pausing between rules (see `readInSteps`). */
  analyzeInSteps(options: AnalyzeOptions): Generator<void, Analysis> {
    return checkInSteps(this.parsed, options, { memo: this.memo, outsideEntries: this.outsideEntries() });
  }

  /**
   * What the findings of entry rules may depend on besides their entry, as one string: where each
   * goal block starts and ends, and every line that can change them or a goal's
   * standing, with its number (see `isInput` and `entryRule`).
   */
  private outsideEntries(): string {
    if (this.outside !== undefined) return this.outside;
    // Where each goal block starts and ends: a journal line can end a block early.
    const parts = this.plan.goals.map((goal) => `${goal.range.start.line}-${goal.range.end.line}`);
    this.inputs ??= this.lines.filter(isInput);
    for (const line of this.inputs) parts.push(`${line.line} ${line.text}`);
    this.outside = parts.join('\n');
    return this.outside;
  }
}

/**
 * Whether a line can change what entry rules find about other lines. Not a blank or comment line:
 * the plan does not read it, and it matters only by moving the lines below it, whose numbers are
 * part of the string. Not an ordinary journal line, even a broken one: what it says is an entry of
 * its own (or none), and where it ends a goal block shows in the goals' ranges.
 */
function isInput(line: SyntaxLine): boolean {
  if (line.kind === 'blank') return false;
  if (line.kind !== 'entry') return true;
  const kind = line.head[0]?.text ?? '';
  return GOAL_CHANGING_KINDS.has(kind as Entry['kind']) || (kind !== kind.toLowerCase() && GOAL_CHANGING_KINDS.has(kind.toLowerCase() as Entry['kind']));
}

/** A string with storage of its own, not a view into the string it was cut from. */
function copyOf(text: string): string {
  // Joining forces new storage; the slice then views only that short string.
  return ` ${text}`.slice(1);
}

/** A document's lines, read, and where each starts; with the version before, also its inputs (`isInput`). */
interface ReadLines {
  readonly lines: SyntaxLine[];
  readonly offsets: number[];
  readonly inputs?: readonly SyntaxLine[];
}

/**
 * Reads the lines of `text`, reusing those of the version before where the text is the same: the
 * lines in front of the edit as they are, the lines after it moved to their new line numbers.
 * Only the lines in between are cut from the text, lexed and parsed.
 */
function* readLinesInSteps(text: string, previous: Snapshot | undefined): Generator<void, ReadLines> {
  const before = previous?.lines ?? [];
  const oldOffsets = previous?.offsets ?? [];
  const edit = previous && editOf(previous.text, text, before, oldOffsets);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let same = edit?.same ?? 0;
  let sameAtEnd = edit?.sameAtEnd ?? 0;
  const from = same === 0 ? 0 : oldOffsets[same]!;
  // How far the lines kept at the end moved in the text.
  const moved = previous ? body.length - bodyLength(previous.text) : 0;
  const to = sameAtEnd === 0 ? body.length : oldOffsets[before.length - sameAtEnd]! + moved;
  const changed = splitPart(body, from, to);
  // A part that ends where the unchanged lines start ends with a line break: its last "line" is not one.
  if (sameAtEnd > 0) changed.pop();
  // The lines next to the edit that read the same are kept too (at their offsets in this text:
  // the line break after one may have changed).
  const kept = same;
  let first = 0;
  let last = changed.length;
  while (first < last && same < before.length - sameAtEnd && changed[first]!.text === before[same]!.text) {
    first += 1;
    same += 1;
  }
  while (last > first && before.length - sameAtEnd - 1 >= same && changed[last - 1]!.text === before[before.length - sameAtEnd - 1]!.text) {
    last -= 1;
    sameAtEnd += 1;
  }

  const lines = before.slice(0, same);
  const offsets = oldOffsets.slice(0, kept);
  for (let i = 0; i < first; i += 1) offsets.push(changed[i]!.offset);
  // A line read on an edit outlives the text it was cut from (the next versions share it), so it
  // gets a copy of its own: a cut of the whole text would keep every version of the document alive.
  const own = previous ? copyOf : (line: string) => line;
  for (let i = first; i < last; i += 1) {
    lines.push(readLine(own(changed[i]!.text), lines.length));
    offsets.push(changed[i]!.offset);
    if ((i - first + 1) % LINES_PER_STEP === 0) yield;
  }
  const count = lines.length + sameAtEnd;
  const shift = count - before.length;
  for (let index = count - sameAtEnd; index < count; index += 1) {
    lines.push(movedTo(before[index - shift]!, index));
    const inPart = last + (index - (count - sameAtEnd));
    offsets.push(inPart < changed.length ? changed[inPart]!.offset : oldOffsets[index - shift]! + moved);
  }
  return { lines, offsets, ...(previous?.inputs && { inputs: carriedInputs(previous.inputs, lines, same, sameAtEnd, shift) }) };
}

/**
 * The inputs of entry rules in a version read from the one before: those in front of the edit as
 * they were, those read now, and those after it at their new lines; the whole text is not walked.
 */
function carriedInputs(before: readonly SyntaxLine[], lines: readonly SyntaxLine[], same: number, sameAtEnd: number, shift: number): SyntaxLine[] {
  const firstKept = lines.length - sameAtEnd;
  const inputs = before.filter((line) => line.line < same);
  for (let index = same; index < firstKept; index += 1) if (isInput(lines[index]!)) inputs.push(lines[index]!);
  for (const line of before) if (line.line + shift >= firstKept) inputs.push(lines[line.line + shift]!);
  return inputs;
}

function bodyLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? text.length - 1 : text.length;
}

/**
 * Which lines of the version before an edit left alone, from the two texts: how many lines at the
 * start (`same`) and at the end (`sameAtEnd`). Worked out from where the texts first and last
 * differ, so the unchanged lines are not cut out or compared one by one. A line next to the edit
 * may be counted as changed when it is not; it is then only read again.
 */
function editOf(
  old: string,
  text: string,
  lines: readonly SyntaxLine[],
  offsets: readonly number[],
): { same: number; sameAtEnd: number } | undefined {
  // A byte-order mark shifts every offset; an edit that adds or removes one is read afresh.
  if ((old.charCodeAt(0) === 0xfeff) !== (text.charCodeAt(0) === 0xfeff)) return undefined;
  const bom = old.charCodeAt(0) === 0xfeff ? 1 : 0;
  const prefix = commonPrefix(old, text) - bom;
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix - bom);
  const oldEnd = old.length - bom - suffix;
  // The first changed line is the one the first difference is on; or the line before, when that
  // one ends in a lone CR, which an LF typed after it would join into one line break.
  let same = lastAtOrBefore(offsets, prefix);
  if (same > 0 && old.charCodeAt(bom + offsets[same]! - 1) === 0x0d) same -= 1;
  // The first line kept at the end starts after a line break that lies wholly in the common end,
  // so that it starts a line in the new text as well.
  let low = same;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets[middle]! + lines[middle]!.text.length >= oldEnd) high = middle;
    else low = middle + 1;
  }
  const breakAt = offsets[low]! + lines[low]!.text.length;
  const firstKept = low < lines.length - 1 && breakAt >= oldEnd ? low + 1 : lines.length;
  return { same, sameAtEnd: lines.length - firstKept };
}

/** The index of the last line starting at or before `offset` (0 for an offset before the text). */
function lastAtOrBefore(offsets: readonly number[], offset: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (offsets[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** How many characters two strings share at their start, found by halving (each test a fast comparison). */
function commonPrefix(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (a.startsWith(b.slice(low, middle), low)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** How many characters two strings share at their end, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let low = 0;
  let high = Math.max(0, limit);
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (a.endsWith(b.slice(b.length - middle, b.length - low), a.length - low)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Parses and checks a document once, as the CLI does: nothing is kept for a next version, so the
 * rules run straight over the journal without the bookkeeping of an editor's snapshot.
 */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  return runToEnd(analyzeInSteps(text, options));
}

/**
 * Parses and checks a document once, pausing between slices of lines and between rules, for
 * callers that must stay responsive on a large journal or drop stale work.
 */
export function* analyzeInSteps(text: string, options: AnalyzeOptions): Generator<void, Analysis> {
  return yield* checkInSteps(yield* readOnceInSteps(text), options);
}

/** Parses a document once, keeping nothing for a next version (see `analyze`). */
export function readOnce(text: string): ParseResult {
  return runToEnd(readOnceInSteps(text));
}

function* readOnceInSteps(text: string): Generator<void, ParseResult> {
  return buildPlan((yield* readLinesInSteps(text, undefined)).lines, { keep: false });
}
