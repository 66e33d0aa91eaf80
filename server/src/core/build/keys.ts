/** Reading the key of a field or revision from the words before its colon. */
import type { DateValue, Key, Range } from '../model';
import type { Part } from '../syntax/line';
import { readLevel } from '../values/numbers';
import type { DiagnosticSink } from './diagnostics';
import { cover, readDate } from './values';

export interface KeyParts {
  readonly key: Key;
  /** The name after `track`, or undefined. */
  readonly name?: Part;
  readonly date?: DateValue;
  /** True when a date was written but is not a real date (a diagnostic was reported). */
  readonly badDate?: boolean;
  readonly level?: number;
  readonly levelRange?: Range;
}

const ARGUMENT_TYPES = new Set(['DateLiteral', 'MalformedDate', 'NumberLiteral']);

/** Splits `milestone 2026-12-15`, `scale +1`, `track mood` and plain `part of` into key and argument. */
export function readKey(parts: readonly Part[], sink: DiagnosticSink): KeyParts | undefined {
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last) return undefined;
  const range = cover(first.range, last.range);
  if (ARGUMENT_TYPES.has(last.type) && parts.length > 1) {
    const words = parts.slice(0, -1);
    const key: Key = { name: normalizeKey(words), range: cover(first.range, words.at(-1)!.range) };
    if (last.type === 'NumberLiteral') {
      return { key, level: readLevel(last.text), levelRange: last.range };
    }
    const date = readDate(last, sink);
    return date ? { key, date } : { key, badDate: true };
  }
  if (first.text.toLowerCase() === 'track' && parts.length === 2) {
    return { key: { name: 'track', range: first.range }, name: last };
  }
  return { key: { name: normalizeKey(parts), range } };
}

/** Lower-cases key words and joins them with single spaces: `Part  Of` is `part of`. */
export function normalizeKey(parts: readonly Part[]): string {
  return parts.map((p) => p.text.toLowerCase()).join(' ');
}
