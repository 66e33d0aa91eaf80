/** Position and range arithmetic in LSP terms (zero-based lines, UTF-16 characters). */
import type { Position, Range } from '../model';

/** -1, 0 or 1 as `a` is before, at or after `b`. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when `position` lies in `range`, its end included (a cursor just after a word is on it). */
export function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** True when `inner` lies within `outer`. */
export function encloses(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** A range covering whole lines `from` to `to`, given each line's length. */
export function lineSpan(from: number, to: number, lineLength: (line: number) => number): Range {
  return { start: { line: from, character: 0 }, end: { line: to, character: lineLength(to) } };
}
