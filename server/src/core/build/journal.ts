/** Reading journal lines into entries. */
import { entryKindsWhere } from '../entry-kinds';
import { findField, GOAL_FIELDS } from '../fields';
import { ENTRY_KINDS, type DateValue, type Entry, type Field, type Quantity, type Text } from '../model';
import type { Part, SyntaxLine } from '../syntax/line';
import { readLevel } from '../values/numbers';
import type { DiagnosticSink } from './diagnostics';
import { readKey } from './keys';
import { withKnown } from './messages';
import { didYouMean, suggest } from './suggest';
import { isGoalId, levelMessage, readDate, readQuantity, readValue } from './values';

const STATUS_KINDS: ReadonlySet<string> = new Set(entryKindsWhere((spec) => spec.status));
/** Kinds about the plan or one goal, with the client's own words: `note panic: ...`, `win -- ...`. */
const FREE_KINDS: ReadonlySet<string> = new Set(entryKindsWhere((spec) => spec.shape === 'maybe-goal'));
const KINDS: readonly string[] = ENTRY_KINDS;
const REVISABLE = [...new Set(GOAL_FIELDS.filter((f) => f.type !== 'scale' && f.type !== 'steps').map((f) => f.key))];

/**
 * Reads a journal line into its entries: one, or one per goal of a review of several goals; none
 * (after reporting why) when the line cannot become an entry.
 */
export function readEntries(line: SyntaxLine, index: number, sink: DiagnosticSink): Entry[] {
  const date = line.date && readDate(line.date, sink);
  const [kindPart, ...rest] = line.head;
  if (date && kindPart?.text.toLowerCase() === 'review') {
    return readReviews(line, rest, baseOf(line, index, date), sink);
  }
  if (!date) return [];
  const entry = readEntry(line, index, date, sink);
  return entry ? [entry] : [];
}

/** Reads a journal line of any kind but `review`. */
function readEntry(line: SyntaxLine, index: number, date: DateValue, sink: DiagnosticSink): Entry | undefined {
  const [kindPart, ...rest] = line.head;
  if (!kindPart) return undefined;
  const kind = kindPart.text.toLowerCase();
  const base = baseOf(line, index, date);

  if (!KINDS.includes(kind)) {
    if (rest.length === 0 && line.colon) return readMeasureEntry(line, kindPart, base, sink);
    const guess = suggest(kind, KINDS);
    // A near spelling of a kind is the likely slip; only a word like no kind may be a measure's name.
    const measureHint = rest.length === 0 && !guess ? ` To log a measure, give its value: '${kindPart.text}: 6/10'.` : '';
    // The list of kinds only when nothing closer helps: a guess or the measure's shape says it shorter.
    const head = `'${kindPart.text}' is not a kind of journal entry.${guess ? ` Did you mean '${guess}'?` : ''}${measureHint}`;
    const standard = guess || measureHint ? head : withKnown(head, ` The kinds are: ${KINDS.join(', ')}.`, '');
    const plainHint = guess ? ` Did you mean '${guess}'?` : measureHint ? ` To write down a score, add it after a colon: '${kindPart.text}: 6/10'.` : '';
    const plain = `'${kindPart.text}' is not a kind of journal line Goalpost knows.${plainHint}`;
    sink.error(kindPart.range, 'unknown-entry-kind', { standard, plain }, guess ? { replacement: guess } : undefined);
    return undefined;
  }
  if (kind === 'session' || (FREE_KINDS.has(kind) && rest.length === 0)) {
    if (rest.length > 0) return extraWords(rest, kind, sink);
    return kind === 'session'
      ? entryOf(base, { kind: 'session' as const }, withNote(base.note, line.value))
      : entryOf(base, { kind: kind as 'note' | 'win' | 'setback' | 'lapse' }, line.value && { text: line.value });
  }

  const comma = rest.find((part) => part.type === 'Comma');
  if (comma) {
    sink.error(comma.range, 'syntax-error', `Only a review line names several goals. Write one ${kind} line per goal.`);
    return undefined;
  }
  const goal = readGoalRef(rest[0], kind, line, sink);
  if (!goal) return undefined;
  const after = rest.slice(1);
  if (kind === 'revise') return readRevision(line, goal, after, base, sink);
  if (after.length > 0) return extraWords(after, kind, sink);
  if (FREE_KINDS.has(kind)) return entryOf(base, { kind: kind as 'note' | 'win' | 'setback' | 'lapse', goal }, line.value && { text: line.value });
  if (STATUS_KINDS.has(kind)) {
    return entryOf(base, { kind: kind as 'achieved' | 'paused' | 'dropped' | 'resumed', goal }, withNote(base.note, line.value));
  }
  if (!line.value) {
    sink.error(line.range, 'invalid-value', `This ${kind} line has no value. Add it after a colon: '${kind} ${goal.text}: 3 attacks/week'.`);
    return undefined;
  }
  const quantity = readNumberValue(line.value, sink);
  return quantity && entryOf(base, { kind: 'progress' as const, goal, quantity });
}

type Base = { date: DateValue; range: Entry['range']; index: number; note?: Text };

/** What every entry of a line has: its date, range, place and remark. */
function baseOf(line: SyntaxLine, index: number, date: DateValue): Base {
  const base: Base = { date, range: line.range, index };
  if (line.note) base.note = line.note;
  return base;
}

/**
 * An entry: the fields every entry has, then its kind's, then optional ones. Built with
 * `Object.assign`, not object spread: in V8 a spread copy gets a hidden class of its own, and
 * every rule that later reads the journal's entries then takes the slow path (a loop over a
 * large journal's entries ran 20 times slower; docs/performance.md).
 */
function entryOf<T extends object, U extends object = object>(base: Base, fields: T, extra?: U | false | '' | undefined): Base & T & Partial<U> {
  return Object.assign({}, base, fields, extra || undefined);
}

/** A value that is meant as a level: it starts with a digit, or a sign and a digit. */
const LEVEL_LIKE = /^[+\-\u2212\u2013]?\s*\d/;

/**
 * `review <goal>[, <goal>...] [: <level>] [-- <note>]`: a review of one goal or of several, with a
 * GAS level only for one goal. A value after the colon that is not meant as a level is the review's
 * remark, as it is for status lines (`review sober: on track`).
 */
function readReviews(line: SyntaxLine, parts: readonly Part[], base: Base, sink: DiagnosticSink): Entry[] {
  const goals = readGoalList(line, parts, sink);
  if (!goals) return [];
  const value = line.value;
  const levelMeant = value !== undefined && LEVEL_LIKE.test(value.text);
  if (levelMeant && goals.length > 1) {
    sink.error(value.range, 'invalid-value', {
      standard: `A GAS level belongs to one goal. Write one line per goal with its level, like '${base.date.iso} review ${goals[0]!.text}: ${value.text}'.`,
      plain: `A score is for one goal. Write one line for each, like '${base.date.iso} review ${goals[0]!.text}: ${value.text}'.`,
    });
    return [];
  }
  let level: { level: number; levelRange: Text['range'] } | undefined;
  if (levelMeant) {
    const read = readLevel(value.text);
    if (read === undefined) {
      sink.error(value.range, 'invalid-value', levelMessage(value.text));
      return [];
    }
    level = { level: read, levelRange: value.range };
  }
  const remark = levelMeant ? base.note : (base.note ?? value);
  return goals.map((goal) => Object.assign(entryOf(base, { kind: 'review' as const, goal, goals }, level), remark && { note: remark }));
}

/** The goal ids of a review line, separated by commas: `sober, meetings, evenings`. */
function readGoalList(line: SyntaxLine, parts: readonly Part[], sink: DiagnosticSink): Text[] | undefined {
  const goals: Text[] = [];
  let expectId = true;
  for (const part of parts) {
    if (part.type === 'Comma') {
      if (expectId) {
        sink.error(part.range, 'syntax-error', goals.length === 0 ? "Say which goal this review is about before the comma: 'review sober, meetings'." : 'Two commas in a row: put a goal id between them.');
        return undefined;
      }
      expectId = true;
      continue;
    }
    if (!expectId) {
      sink.error(part.range, 'syntax-error', `Put a comma between the goals a review names: 'review ${goals.at(-1)!.text}, ${part.text}'. A remark goes after ' -- '.`);
      return undefined;
    }
    const goal = readGoalRef(part, 'review', line, sink);
    if (!goal) return undefined;
    goals.push(goal);
    expectId = false;
  }
  if (goals.length === 0) {
    readGoalRef(undefined, 'review', line, sink);
    return undefined;
  }
  if (expectId) {
    const last = parts.at(-1)!;
    sink.error(last.range, 'syntax-error', `A comma ends the list of goals: add the next goal after it, or remove it.`);
    return undefined;
  }
  return goals;
}

/** Status and session lines may carry their remark after a colon instead of ` -- `. */
function withNote(note: Text | undefined, value: Text | undefined): { note?: Text } {
  const text = note ?? value;
  return text ? { note: text } : {};
}

function readMeasureEntry(line: SyntaxLine, name: Part, base: Base, sink: DiagnosticSink): Entry | undefined {
  if (!line.value) {
    sink.error(line.range, 'invalid-value', `'${name.text}' has no value. Write the measure like '${name.text}: 6/10'.`);
    return undefined;
  }
  const answer = readAnswer(line.value.text);
  const nameText = { text: name.text, range: name.range };
  if (answer !== undefined) return entryOf(base, { kind: 'measure' as const, name: nameText, answer: { yes: answer, text: line.value } });
  const quantity = readQuantity(line.value, sink, false);
  if (!quantity.measurement) {
    sink.error(line.value.range, 'invalid-value', `A measure is a number, like '${name.text}: 6/10', or yes or no (found '${line.value.text}').`);
    return undefined;
  }
  return entryOf(base, { kind: 'measure' as const, name: nameText, quantity });
}

/** The answers a yes/no measure takes: the words, their first letters, and ticks and crosses. */
const YES = new Set(['yes', 'y', '✓', '✔', '✅', '☑']);
const NO = new Set(['no', 'n', '✗', '✘', '❌', '☐']);

/** True for a yes, false for a no, undefined for anything else. */
function readAnswer(text: string): boolean | undefined {
  const word = text.trim().toLowerCase().replace(/\ufe0f/g, '');
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}

function readNumberValue(value: Text, sink: DiagnosticSink): Quantity | undefined {
  const quantity = readQuantity(value, sink, false);
  if (!quantity.measurement) {
    sink.error(value.range, 'invalid-value', `A measurement starts with a number, like '3 attacks/week' or '6/10' (found '${value.text}').`);
    return undefined;
  }
  return quantity;
}

function readGoalRef(part: Part | undefined, kind: string, line: SyntaxLine, sink: DiagnosticSink): Text | undefined {
  if (!part) {
    sink.error(line.head[0]!.range, 'syntax-error', `Say which goal this ${kind} is about: '${kind} <goal id>'.`);
    return undefined;
  }
  if (part.type !== 'Word' || !isGoalId(part.text)) {
    sink.error(part.range, 'syntax-error', `'${part.text}' is not a goal id. A ${kind} line names a goal, like '${kind} sleep'.`);
    return undefined;
  }
  return { text: part.text, range: part.range };
}

function extraWords(parts: readonly Part[], kind: string, sink: DiagnosticSink): undefined {
  const range = { start: parts[0]!.range.start, end: parts.at(-1)!.range.end };
  const words = parts.map((p) => p.text).join(' ');
  sink.error(range, 'syntax-error', `A ${kind} line does not take '${words}' here. Put a remark after ' -- ' instead.`);
  return undefined;
}

function readRevision(line: SyntaxLine, goal: Text, keyParts: readonly Part[], base: Base, sink: DiagnosticSink): Entry | undefined {
  const key = readKey(keyParts, sink);
  if (!key) {
    sink.error(goal.range, 'syntax-error', `Say which field of '${goal.text}' changes: 'revise ${goal.text} target: <new value>'.`);
    return undefined;
  }
  if (key.badDate) return undefined;
  const withArgument = key.date !== undefined || key.levelRange !== undefined;
  const spec = findField(GOAL_FIELDS, key.key.name, withArgument, true);
  if (spec?.type === 'steps') {
    sink.error(key.key.range, 'unknown-field', `Steps are not revised: tick one in place ('- [x]'), or add a new one under the goal's 'steps:'.`);
    return undefined;
  }
  if (spec?.type === 'scale') {
    sink.error(key.key.range, 'unknown-field', {
      standard: `A scale is revised one level at a time: 'revise ${goal.text} scale +1: <new text>'.`,
      plain: `Change one line of the scale at a time: 'revise ${goal.text} scale +1: <new words>'.`,
    });
    return undefined;
  }
  if (!spec) {
    const guess = suggest(key.key.name, REVISABLE);
    const hint = didYouMean(key.key.name, REVISABLE);
    sink.error(key.key.range, 'unknown-field', {
      standard: `'${key.key.name}' is not a field that a revision can change.${hint || ' A revision changes the statement, one scale level, or any field but steps.'}`,
      plain: `'${key.key.name}' is not something a 'revise' line can change.${hint || ' It can change the goal, one line of the scale, or any field but steps.'}`,
    }, guess ? { replacement: guess } : undefined);
    return undefined;
  }
  if (!line.value) {
    sink.error(line.range, 'invalid-value', `Give the new value after a colon: 'revise ${goal.text} ${key.key.name}: <new value>'.`);
    return undefined;
  }
  const value = readValue(spec, line.value, sink, { items: [], levels: [] });
  if (!value) return undefined;
  const field: Field = {
    key: key.key,
    value,
    raw: line.value,
    range: { start: key.key.range.start, end: line.value.range.end },
    ...(key.date && { keyDate: key.date }),
    ...(key.level !== undefined && { keyLevel: key.level }),
  };
  return entryOf(base, { kind: 'revise' as const, goal, field });
}
