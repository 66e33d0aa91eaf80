/**
 * The Goalpost core: parsing and analysing `.goals` documents. Pure: no I/O, no editor APIs.
 * The language server, the CLI and the tests all call these functions.
 */
import { buildPlan } from './build/plan';
import type { ParseResult } from './model';
import { readLine } from './syntax/line';
import { splitLines } from './syntax/lines';

export * from './model';
export * from './queries';
export { CATEGORY_INFO } from './categories';
export { GOAL_FIELDS, HEADER_FIELDS, type FieldSpec } from './fields';
export { normalizeUnit } from './values/measurement';
export { formatInterval } from './values/interval';
export { toDate, toIso, daysBetween } from './values/dates';

/** Parses a document. Never throws: problems are returned as diagnostics beside a usable plan. */
export function parse(text: string): ParseResult {
  const lines = splitLines(text).map((line, index) => readLine(line.text, index));
  return buildPlan(lines);
}
