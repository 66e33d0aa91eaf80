/** Fixtures with a `$0` cursor marker, as rust-analyzer writes them. */
import type { Position } from '../../server/src/core/index';

/** Removes the `$0` marker from `text` and returns the text and the marker's LSP position. */
export function withCursor(text: string): { text: string; position: Position } {
  const at = text.indexOf('$0');
  if (at < 0 || text.indexOf('$0', at + 1) >= 0) throw new Error('a fixture needs exactly one $0 cursor');
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { text: text.slice(0, at) + text.slice(at + 2), position: { line: before.length - 1, character: before.at(-1)!.length } };
}
