/**
 * Where the cursor is, in completion's terms: which slot of which line is being typed, and the
 * range a chosen item replaces. The model gives the goals and the journal; the line's text up to
 * the cursor tells where in the line the writer is, since a half-typed line rarely parses.
 */
import { entryKindsWhere } from '../../entry-kinds';
import type { Goal, Plan, Position, Range } from '../../model';
import { findGoal } from '../../queries';
import { lineRange } from '../../syntax/line';
import { splitLines } from '../../syntax/lines';
import { toDate } from '../../values/dates';

/** Where a date is being written, which decides the dates worth offering. */
export type DateUse = 'journal' | 'due' | 'start' | 'milestone' | 'baseline' | 'plan-start';

export type Slot =
  | { readonly kind: 'line-start'; readonly inHeader: boolean }
  | { readonly kind: 'entry-kind' }
  | { readonly kind: 'entry-goal'; readonly entryKind: string }
  | { readonly kind: 'revise-key' }
  | { readonly kind: 'field-key'; readonly indent: string }
  | { readonly kind: 'category' }
  | { readonly kind: 'choice'; readonly key: 'kind' | 'term' }
  | { readonly kind: 'part-of' }
  | { readonly kind: 'date'; readonly use: DateUse }
  | { readonly kind: 'unit' }
  | { readonly kind: 'level'; readonly use: 'review' | 'start-level' }
  | { readonly kind: 'interval'; readonly inHeader: boolean };

export interface CompletionContext {
  readonly slot: Slot;
  /** What a chosen item replaces: the word or value at the cursor, on the cursor's line. */
  readonly range: Range;
  /** True when only white space follows the range, so an item may also write what comes next (`: `). */
  readonly atLineEnd: boolean;
  /** The goal the line belongs to, or the goal a journal line names. */
  readonly goal?: Goal;
  /** The date the line speaks for: a journal entry's own date, else today. */
  readonly asOf: string;
  readonly line: number;
}

interface Cursor {
  readonly lines: readonly string[];
  readonly line: number;
  readonly text: string;
  /** The cursor's UTF-16 offset in the line. */
  readonly at: number;
  readonly before: string;
  readonly asOf: string;
  readonly goal?: Goal;
}

const ID_CHAR = /^[\p{L}\p{M}\p{N}_-]$/u;
const DATE_CHAR = /^[\d-]$/;
const PARTIAL_ID = /^[\p{L}\p{M}\p{N}_-]*$/u;
const PARTIAL_WORD = /^(?:[\p{L}\p{M}][\p{L}\p{M}\p{N}_-]*)?$/u;
const PARTIAL_KEY = /^(?:[\p{L}\p{M}][\p{L}\p{M}\p{N}_-]*(?:[ \t]+[\p{L}\p{M}\p{N}_-]*)?)?$/u;
const ENTRY_HEAD = /^(\d{4}-\d{2}-\d{2})[ \t]+/;
const KIND_WORD = /^([\p{L}\p{M}_][\p{L}\p{M}\p{N}_-]*)[ \t]+/u;
const GOAL_REF = /^[\p{L}\p{M}\p{N}_-]+/u;
/** The goal ids of a review of several goals so far, up to the one being typed: `sober, meet`. */
const REVIEW_LIST = /^(?:[\p{L}\p{M}\p{N}_-]+[ \t]*,[ \t]*)+[\p{L}\p{M}\p{N}_-]*$/u;
const FIELD_HEAD = /^([^:]*?)[ \t]*:[ \t]*/;
const MILESTONE_KEY = /^milestone[ \t]+[\d-]*$/i;
/** A number or a range of numbers, then white space: what comes before a unit. */
const NUMBER_HEAD = /^[+-]?\d+(?:\.\d+)?(?:[ \t]*[-–][ \t]*\d+(?:\.\d+)?)?[ \t]+/;
/** The kinds whose word may be followed by a goal id. */
const GOAL_ENTRY_KINDS: readonly string[] = entryKindsWhere((spec) => spec.shape !== 'remark');

/** Works out what is being typed at `position`, or undefined where nothing can be suggested. */
export function completionContext(text: string, plan: Plan, position: Position, today: string): CompletionContext | undefined {
  const lines = splitLines(text).map((l) => l.text);
  const lineText = lines[position.line];
  if (lineText === undefined) return undefined;
  const at = Math.min(position.character, lineText.length);
  const cursor: Cursor = { lines, line: position.line, text: lineText, at, before: lineText.slice(0, at), asOf: today };
  // Notes and comments are the writer's own words; so is the indentation in front of a written line.
  if (noteStart(cursor.before) !== undefined) return undefined;
  if (at < indentOf(lineText).length && lineText.trim() !== '') return undefined;
  return /^[ \t]/.test(cursor.before) ? indentedContext(cursor, plan) : topLevelContext(cursor, plan);
}

function topLevelContext(cursor: Cursor, plan: Plan): CompletionContext | undefined {
  const { before } = cursor;
  if (/^\d[\d-]*$/.test(before)) return word(cursor, DATE_CHAR, { kind: 'date', use: 'journal' });
  const inHeader = !plan.goals.some((g) => g.headerRange.start.line < cursor.line);
  if (PARTIAL_WORD.test(before)) return word(cursor, ID_CHAR, { kind: 'line-start', inHeader });
  const entry = ENTRY_HEAD.exec(before);
  if (entry) return entryContext({ ...cursor, asOf: toDate(entry[1]!) ? entry[1]! : cursor.asOf }, plan, entry[0].length);
  const field = FIELD_HEAD.exec(before);
  if (!field || !inHeader) return undefined;
  const key = normalizeKey(field[1]!);
  const valueStart = field[0].length;
  if (key === 'start') return dateWord(cursor, valueStart, 'plan-start');
  if (key === 'review') return wholeValue(cursor, valueStart, { kind: 'interval', inHeader: true });
  return undefined;
}

/** A journal line after its date: the kind, then the goal, then the revised field or the value. */
function entryContext(cursor: Cursor, plan: Plan, kindStart: number): CompletionContext | undefined {
  const rest = cursor.before.slice(kindStart);
  if (PARTIAL_ID.test(rest)) return word(cursor, ID_CHAR, { kind: 'entry-kind' });
  const kindWord = KIND_WORD.exec(rest);
  const entryKind = kindWord?.[1]!.toLowerCase();
  if (!kindWord || !entryKind || !GOAL_ENTRY_KINDS.includes(entryKind)) return undefined;
  const afterKind = rest.slice(kindWord[0].length);
  if (PARTIAL_ID.test(afterKind)) return word(cursor, ID_CHAR, { kind: 'entry-goal', entryKind });
  // A review of several goals: after `review sober, ` comes the next goal id.
  if (entryKind === 'review' && REVIEW_LIST.test(afterKind)) return word(cursor, ID_CHAR, { kind: 'entry-goal', entryKind });
  const ref = GOAL_REF.exec(afterKind);
  if (!ref) return undefined;
  const goal = findGoal(plan, ref[0]);
  const here: Cursor = goal ? { ...cursor, goal } : cursor;
  const tailStart = cursor.before.length - afterKind.length + ref[0].length;
  const tail = cursor.before.slice(tailStart);
  if (entryKind === 'revise') return revisionContext(here, tail, tailStart);
  const colon = /^[ \t]*:[ \t]*/.exec(tail);
  if (!colon) return undefined;
  const valueStart = tailStart + colon[0].length;
  if (entryKind === 'review') return wholeValue(here, valueStart, { kind: 'level', use: 'review' });
  if (entryKind === 'progress') return unitContext(here, valueStart, false);
  return undefined;
}

/** `revise <goal> <field>: <value>`: the field's key, then its value as in a goal block. */
function revisionContext(cursor: Cursor, tail: string, tailStart: number): CompletionContext | undefined {
  const key = /^([ \t]+)([^:]*)$/.exec(tail);
  if (key) {
    const keyStart = tailStart + key[1]!.length;
    if (MILESTONE_KEY.test(key[2]!)) return word(cursor, DATE_CHAR, { kind: 'date', use: 'milestone' });
    return PARTIAL_KEY.test(key[2]!) ? keyContext(cursor, keyStart, { kind: 'revise-key' }) : undefined;
  }
  const field = /^[ \t]+([^:]*?)[ \t]*:[ \t]*/.exec(tail);
  return field ? valueContext(cursor, field[1]!, tailStart + field[0].length) : undefined;
}

/** A line inside a goal block: a field's key, or its value. */
function indentedContext(cursor: Cursor, plan: Plan): CompletionContext | undefined {
  const goalLine = blockStart(cursor.lines, cursor.line);
  const goal = plan.goals.find((g) => g.headerRange.start.line === goalLine);
  if (!goal || goalLine === undefined) return undefined;
  const here: Cursor = { ...cursor, goal };
  const indent = indentOf(cursor.before);
  // Deeper than a field line above it: a list item, a scale level, or a stray line.
  if (nestedUnderField(cursor.lines, goalLine, cursor.line, indent.length)) return undefined;
  const body = cursor.before.slice(indent.length);
  if (MILESTONE_KEY.test(body)) return word(here, DATE_CHAR, { kind: 'date', use: 'milestone' });
  if (PARTIAL_KEY.test(body)) return keyContext(here, indent.length, { kind: 'field-key', indent });
  const field = FIELD_HEAD.exec(body);
  if (!field || /^[+-]|^\d/.test(field[1]!)) return undefined;
  return valueContext(here, field[1]!, indent.length + field[0].length);
}

/** The value of a goal field, in a goal block or a revision. */
function valueContext(cursor: Cursor, rawKey: string, valueStart: number): CompletionContext | undefined {
  const key = normalizeKey(rawKey).replace(/^milestone \S+$/, 'milestone');
  switch (key) {
    case 'category':
      return wholeValue(cursor, valueStart, { kind: 'category' });
    case 'kind':
    case 'term':
      return wholeValue(cursor, valueStart, { kind: 'choice', key });
    case 'part of':
      return wholeValue(cursor, valueStart, { kind: 'part-of' });
    case 'due':
    case 'start':
      return dateWord(cursor, valueStart, key);
    case 'review':
      return wholeValue(cursor, valueStart, { kind: 'interval', inHeader: false });
    case 'start level':
      return wholeValue(cursor, valueStart, { kind: 'level', use: 'start-level' });
    case 'baseline':
      // `baseline: 3 attacks/week on 2026-11-01`: a date after `on`, else a unit.
      if (/(?:^|[ \t])on[ \t]+[\d-]*$/.test(cursor.before.slice(valueStart))) return word(cursor, DATE_CHAR, { kind: 'date', use: 'baseline' });
      return unitContext(cursor, valueStart, true);
    case 'target':
    case 'milestone':
      return unitContext(cursor, valueStart, false);
    default:
      return undefined;
  }
}

/** A unit after a number: it runs to the end of the value, or to ` on <date>` in a baseline. */
function unitContext(cursor: Cursor, valueStart: number, stopAtOn: boolean): CompletionContext | undefined {
  const number = NUMBER_HEAD.exec(cursor.before.slice(valueStart));
  if (!number) return undefined;
  const start = valueStart + number[0].length;
  let end = valueEnd(cursor.text, start);
  const on = stopAtOn ? /[ \t]+on(?:[ \t]|$)/.exec(cursor.text.slice(start, end)) : null;
  if (on) end = start + on.index;
  return make(cursor, { kind: 'unit' }, start, Math.max(cursor.at, end));
}

function dateWord(cursor: Cursor, valueStart: number, use: DateUse): CompletionContext | undefined {
  return /^[\d-]*$/.test(cursor.before.slice(valueStart)) ? word(cursor, DATE_CHAR, { kind: 'date', use }) : undefined;
}

/** A value chosen whole (a category, a level, a schedule): the item replaces all of it. */
function wholeValue(cursor: Cursor, valueStart: number, slot: Slot): CompletionContext {
  return make(cursor, slot, valueStart, Math.max(cursor.at, valueEnd(cursor.text, valueStart)));
}

/** A key before its colon, such as `part of`: from its first word up to the colon, or to the end of the word. */
function keyContext(cursor: Cursor, start: number, slot: Slot): CompletionContext {
  const toColon = /^[\p{L}\p{M}\p{N}_ \t-]*?(?=[ \t]*:)/u.exec(cursor.text.slice(cursor.at));
  const end = toColon ? cursor.at + toColon[0].length : wordBounds(cursor.text, cursor.at, ID_CHAR)[1];
  return make(cursor, slot, start, end);
}

function word(cursor: Cursor, char: RegExp, slot: Slot): CompletionContext {
  const [start, end] = wordBounds(cursor.text, cursor.at, char);
  return make(cursor, slot, start, end);
}

function make(cursor: Cursor, slot: Slot, start: number, end: number): CompletionContext {
  return {
    slot,
    range: lineRange(cursor.line, start, end),
    atLineEnd: cursor.text.slice(end).trim() === '',
    asOf: cursor.asOf,
    line: cursor.line,
    ...(cursor.goal && { goal: cursor.goal }),
  };
}

/** The word of `char`s around `at`, stepping over surrogate pairs whole so an emoji or rare CJK character is one character. */
export function wordBounds(text: string, at: number, char: RegExp): [number, number] {
  let start = at;
  while (start > 0) {
    const pair = start >= 2 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2));
    const ch = text.slice(pair ? start - 2 : start - 1, start);
    if (!char.test(ch)) break;
    start -= ch.length;
  }
  let end = at;
  while (end < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(end)!);
    if (!char.test(ch)) break;
    end += ch.length;
  }
  return [start, end];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isBlank = (ch: string | undefined) => ch === undefined || ch === ' ' || ch === '\t';

/** Where a comment (`# `) or a note (` -- `) starts in `text`, by the lexer's rules, if anywhere. */
function noteStart(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    if (!isBlank(text[i - 1]) && i > 0) continue;
    const comment = text[i] === '#' && isBlank(text[i + 1]);
    const note = text.startsWith('--', i) && isBlank(text[i + 2]);
    if (comment || note) return i;
  }
  return undefined;
}

/** The end of the value that starts at `from`: before a note or comment, without trailing white space. */
function valueEnd(text: string, from: number): number {
  const rest = text.slice(from);
  return from + rest.slice(0, noteStart(rest) ?? rest.length).trimEnd().length;
}

function indentOf(text: string): string {
  return /^[ \t]*/.exec(text)![0];
}

function normalizeKey(key: string): string {
  return key.trim().toLowerCase().replace(/[ \t]+/g, ' ');
}

const isQuiet = (text: string) => text.trim() === '' || /^[ \t]*#(?:[ \t]|$)/.test(text);

/** The nearest line above `line` that is written and not indented: the head of the cursor's block. */
function blockStart(lines: readonly string[], line: number): number | undefined {
  for (let i = line - 1; i >= 0; i--) {
    const text = lines[i]!;
    if (!isQuiet(text) && !/^[ \t]/.test(text)) return i;
  }
  return undefined;
}

/** True when a line between the goal line and the cursor is indented less than the cursor: the cursor sits under a field. */
function nestedUnderField(lines: readonly string[], goalLine: number, line: number, indent: number): boolean {
  return lines.slice(goalLine + 1, line).some((text) => !isQuiet(text) && indentOf(text).length < indent);
}
