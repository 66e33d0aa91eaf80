/** Parsing a whole document into a plan and its format problems. */
import { buildPlan } from './build/plan';
import type { ParseResult } from './model';
import { readLine } from './syntax/line';
import { splitLines } from './syntax/lines';

/** Parses a document. Never throws: problems are returned as diagnostics beside a usable plan. */
export function parse(text: string): ParseResult {
  const lines = splitLines(text).map((line, index) => readLine(line.text, index));
  return buildPlan(lines);
}
