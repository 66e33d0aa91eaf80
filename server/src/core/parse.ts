/** Parsing a whole document into a plan and its format problems. */
import type { ParseResult } from './model';
import { readOnce, Snapshot } from './snapshot';

/**
 * Parses a document a slice of lines at a time, pausing (yielding) between slices: see
 * `Snapshot.readInSteps`, which also reuses the lines of a previous version.
 */
export function* parseInSteps(text: string): Generator<void, ParseResult> {
  return (yield* Snapshot.readInSteps(text)).parsed;
}

/** Parses a document. Never throws: problems are returned as diagnostics beside a usable plan. */
export function parse(text: string): ParseResult {
  return readOnce(text);
}
