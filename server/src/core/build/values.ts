/** Turning the text after a field's colon into a typed value, with a diagnostic when it cannot be read. */
import { suggestChoice } from './suggest';
import type { FieldSpec } from '../fields';
import type { DateValue, FieldValue, ListItem, Quantity, Range, ScaleLevel, Text } from '../model';
import { explainBadDate, isoForm, toDate } from '../values/dates';
import { formatInterval, MAX_INTERVAL_COUNT, readInterval } from '../values/interval';
import { readMeasurement } from '../values/measurement';
import { readLevel, readWeight } from '../values/numbers';
import type { DiagnosticSink, Wording } from './diagnostics';

/** The part of `text` from character `from` to `to` (relative to the start of its text), as a Text. */
export function slice(text: Text, from: number, to: number = text.text.length): Text {
  const { line, character } = text.range.start;
  const raw = text.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  const start = character + from + lead;
  return { text: trimmed, range: { start: { line, character: start }, end: { line, character: start + trimmed.length } } };
}

/** Reads a date, reporting `invalid-date` when the text is not a real `YYYY-MM-DD` date. */
export function readDate(text: Text, sink: DiagnosticSink): DateValue | undefined {
  const problem = explainBadDate(text.text);
  if (problem) {
    const iso = isoForm(text.text);
    sink.error(text.range, 'invalid-date', problem, iso ? { replacement: iso } : undefined);
    return undefined;
  }
  return { iso: text.text, range: text.range };
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * Finds a trailing `<spaces>on<spaces><word>`: where the spaces before `on` begin, and where the
 * word begins. Scanned backwards from the end, so it is linear; the regular expression it replaces
 * was retried from every space of the value, which was quadratic in a long run of spaces.
 */
function trailingOn(text: string): { readonly start: number; readonly word: number } | undefined {
  let word = text.length;
  while (word > 0 && !isSpace(text[word - 1])) word--;
  if (word === text.length) return undefined;
  let on = word;
  while (on > 0 && isSpace(text[on - 1])) on--;
  if (on === word || on < 2 || text.slice(on - 2, on) !== 'on') return undefined;
  let start = on - 2;
  if (!isSpace(text[start - 1])) return undefined;
  while (start > 0 && isSpace(text[start - 1])) start--;
  return { start, word };
}

/** Reads a measurement or plain text, with an optional `on <date>` at the end. */
export function readQuantity(text: Text, sink: DiagnosticSink, allowDate: boolean): Quantity {
  let body = text;
  let date: DateValue | undefined;
  const dated = allowDate ? trailingOn(text.text) : undefined;
  if (dated && /^\d/.test(text.text.slice(dated.word))) {
    date = readDate(slice(text, dated.word), sink);
    body = slice(text, 0, dated.start);
  }
  const parts = readMeasurement(body.text);
  // Object.assign, not spread, for objects every rule reads: see `entryOf` in build/journal.ts.
  return Object.assign({ text: body }, parts && { measurement: Object.assign({}, parts, { range: body.range }) }, date && { date });
}

/** `2026-09-14 by Dan and Ruth`, `2026-09-14`, or `by Dan and Ruth` (`with` works as well as `by`). */
function readAgreement(raw: Text, sink: DiagnosticSink): FieldValue | undefined {
  const match = /^(\S*\d\S*)?\s*(?:(by|with)\s+(.+))?$/i.exec(raw.text);
  if (!match || (!match[1] && !match[3])) {
    sink.error(raw.range, 'invalid-value', `Write when and by whom the goal was agreed, like 'agreed: 2026-09-14 by Dan and Ruth' (found ${quote(raw.text)}).`);
    return undefined;
  }
  const date = match[1] ? readDate(slice(raw, 0, match[1].length), sink) : undefined;
  if (match[1] && !date) return undefined;
  const byAt = match[3] ? raw.text.length - match[3].length : -1;
  const by = byAt >= 0 ? slice(raw, byAt) : undefined;
  const word = match[2]?.toLowerCase() === 'with' ? 'with' : 'by';
  return { type: 'agreement', agreement: { text: raw, ...(date && { date }), ...(by && { by, word }) } };
}

function quote(text: string): string {
  return `'${text}'`;
}

/** Reads the value of a one-line field; list and scale fields get their items from the caller. */
export function readValue(
  spec: FieldSpec,
  raw: Text | undefined,
  sink: DiagnosticSink,
  children: { items: readonly ListItem[]; levels: readonly ScaleLevel[] },
): FieldValue | undefined {
  if (spec.type === 'steps') return { type: 'list', items: children.items };
  if (spec.type === 'scale') return { type: 'scale', levels: children.levels };
  if (!raw) return spec.list ? { type: 'list', items: children.items } : undefined;
  switch (spec.type) {
    case 'text':
      return { type: 'text', text: raw };
    case 'quantity':
      return { type: 'quantity', quantity: readQuantity(raw, sink, spec.key === 'baseline') };
    case 'date': {
      const date = readDate(raw, sink);
      return date && { type: 'date', date };
    }
    case 'interval': {
      const parts = readInterval(raw.text);
      if (!parts) {
        const count = /^\s*every\s+(\d+)\s/i.exec(raw.text)?.[1];
        const tooLong = count !== undefined && Number(count) > MAX_INTERVAL_COUNT;
        sink.error(
          raw.range,
          'invalid-value',
          tooLong
            ? `${quote(raw.text)} is longer than a review schedule can be: use a count from 1 to ${MAX_INTERVAL_COUNT}, like 'every 6 months'.`
            : `${quote(raw.text)} is not a review schedule. Write it like 'every 2 weeks', 'every month' or 'every 4 sessions'.`,
        );
        return undefined;
      }
      return { type: 'interval', interval: { ...parts, range: raw.range } };
    }
    case 'category':
      return { type: 'category', category: raw };
    case 'agreement':
      return readAgreement(raw, sink);
    case 'choice': {
      const choices = spec.choices ?? [];
      const choice = raw.text.toLowerCase();
      if (!choices.includes(choice)) {
        const listed = choices.length === 2 ? `either ${choices.map(quote).join(' or ')}` : `one of ${choices.slice(0, -1).map(quote).join(', ')} or ${quote(choices.at(-1)!)}`;
        const guess = suggestChoice(choice, choices);
        sink.error(raw.range, 'invalid-value', `${spec.key} is ${listed}${guess ? `; did you mean ${quote(guess)}?` : '.'}`);
        return undefined;
      }
      return { type: 'choice', choice: { text: choice, range: raw.range } };
    }
    case 'ref':
      if (!isGoalId(raw.text)) {
        sink.error(raw.range, 'invalid-value', `${spec.key} takes a goal id, such as 'sleep' or 'drive-to-work'.`);
        return undefined;
      }
      return { type: 'ref', ref: raw };
    case 'weight': {
      const weight = readWeight(raw.text);
      if (!weight) {
        sink.error(raw.range, 'invalid-value', `A weight is a number such as 2, or importance x difficulty such as 2 x 3.`);
        return undefined;
      }
      return { type: 'weight', weight: { ...weight, range: raw.range } };
    }
    case 'level': {
      const level = readLevel(raw.text);
      if (level === undefined) {
        sink.error(raw.range, 'invalid-value', levelMessage(raw.text));
        return undefined;
      }
      return { type: 'level', level, range: raw.range };
    }
  }
}

/** Explains that `text` is not a GAS level. */
export function levelMessage(text: string): Wording {
  return {
    standard: `${quote(text)} is not a GAS level. Use a whole number from -2 to +2: -2, -1, 0, +1 or +2.`,
    plain: `${quote(text)} is not a step on the scale. Use -2, -1, 0, +1 or +2.`,
  };
}

const GOAL_ID = /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_-]*$/u;

/** Tells whether `text` has the shape of a goal id. */
export function isGoalId(text: string): boolean {
  return GOAL_ID.test(text);
}

/** A range that covers two ranges on the same or different lines. */
export function cover(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

export { formatInterval, toDate };
