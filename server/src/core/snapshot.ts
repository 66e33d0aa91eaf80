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
import { splitLines } from './syntax/lines';
import { runToEnd } from './steps';

/** How many lines are read between two pauses of a stepwise read. */
const LINES_PER_STEP = 2000;

export class Snapshot {
  private parseResult: ParseResult | undefined;
  private outside: string | undefined;
  /** The plan of the version this one was read from, until this one's plan is built from it. */
  private planBefore: Plan | undefined;

  private constructor(
    /** The document's text, exactly as given. */
    readonly text: string,
    /** Every line of the text, read; the same objects as the snapshot before for lines it shares. */
    readonly lines: readonly SyntaxLine[],
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
    const lines = yield* readLinesInSteps(text, previous?.lines ?? []);
    const snapshot = new Snapshot(text, lines, previous?.memo ?? new EntryMemo());
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
    for (const line of this.lines) if (isInput(line)) parts.push(`${line.line} ${line.text}`);
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

/**
 * Reads the lines of `text`, reusing `before` where the text is the same: the lines in front of
 * the first changed line as they are, the lines after the last changed one moved to their new
 * line numbers. Only the lines in between are lexed and parsed.
 */
function* readLinesInSteps(text: string, before: readonly SyntaxLine[]): Generator<void, SyntaxLine[]> {
  const source = splitLines(text);
  const count = source.length;
  let same = 0;
  while (same < count && same < before.length && before[same]!.text === source[same]!.text) same += 1;
  let sameAtEnd = 0;
  while (
    sameAtEnd < count - same &&
    sameAtEnd < before.length - same &&
    before[before.length - 1 - sameAtEnd]!.text === source[count - 1 - sameAtEnd]!.text
  ) {
    sameAtEnd += 1;
  }
  const lines = before.slice(0, same);
  // A line read on an edit outlives the text it was cut from (the next versions share it), so it
  // gets a copy of its own: a cut of the whole text would keep every version of the document alive.
  const own = before.length > 0 ? copyOf : (text: string) => text;
  for (let index = same; index < count - sameAtEnd; index += 1) {
    lines.push(readLine(own(source[index]!.text), index));
    if ((index - same + 1) % LINES_PER_STEP === 0) yield;
  }
  const shift = count - before.length;
  for (let index = count - sameAtEnd; index < count; index += 1) lines.push(movedTo(before[index - shift]!, index));
  return lines;
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
  return buildPlan(yield* readLinesInSteps(text, []), { keep: false });
}
