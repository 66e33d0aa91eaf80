/** Parsing a whole document into a plan and its format problems. */
import { buildPlan } from './build/plan';
import type { ParseResult } from './model';
import { readLine, type SyntaxLine } from './syntax/line';
import { splitLines } from './syntax/lines';

/** How many lines are read between two pauses of a stepwise parse. */
const LINES_PER_STEP = 2000;

/**
 * Parses a document a slice of lines at a time, pausing (yielding) between slices, so that a
 * caller with an event loop can answer other requests meanwhile, or drop the work when the text
 * changes. The core stays synchronous and pure; the caller decides when to go on.
 */
export function* parseInSteps(text: string): Generator<void, ParseResult> {
  const source = splitLines(text);
  const lines: SyntaxLine[] = [];
  for (const [index, line] of source.entries()) {
    lines.push(readLine(line.text, index));
    if ((index + 1) % LINES_PER_STEP === 0) yield;
  }
  return buildPlan(lines);
}

/** Runs a stepwise computation to its end without pausing. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Parses a document. Never throws: problems are returned as diagnostics beside a usable plan. */
export function parse(text: string): ParseResult {
  return runToEnd(parseInSteps(text));
}
