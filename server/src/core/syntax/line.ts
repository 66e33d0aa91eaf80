/**
 * Reads one line into a `SyntaxLine`: which kind of line it is and its parts, each with a range.
 */
import type { IToken } from 'chevrotain';
import type { Range, Text } from '../model';
import { parseLineTokens, type BodyRule } from './grammar';
import { lineLexer } from './tokens';

export type LineKind = 'blank' | 'goal' | 'entry' | 'level' | 'item' | 'field';

/** A token's text and range on its line. */
export interface Part extends Text {
  readonly type: string;
}

export interface SyntaxLine {
  readonly line: number;
  /** The line's text, without its line break. */
  readonly text: string;
  /** The length of the line's indentation; 0 for a line that is not indented. */
  readonly indent: number;
  readonly kind: LineKind;
  /** The key words of a field or entry, the id of a goal, or the level of a scale line. */
  readonly head: readonly Part[];
  /** The date of a journal entry. */
  readonly date?: Part;
  readonly checkbox?: Part;
  readonly colon?: Part;
  readonly value?: Text;
  readonly noteSeparator?: Part;
  readonly note?: Text;
  readonly comment?: Part;
  /** The whole line, without its indentation or line break. */
  readonly range: Range;
  /** Where the grammar stopped, when the line is not well formed. */
  readonly error?: { readonly part: Part; readonly rule: string; readonly atEnd: boolean };
}

/** Returns the range of characters `[start, end)` on `line`. */
export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function toText(token: IToken, line: number): Text {
  return { text: token.image, range: lineRange(line, token.startOffset, token.startOffset + token.image.length) };
}

function toPart(token: IToken, line: number): Part {
  const start = token.startOffset;
  return { type: token.tokenType.name, text: token.image, range: lineRange(line, start, start + token.image.length) };
}

/** The kind of line each body rule of the grammar reads. */
const BODY_KINDS: Readonly<Record<BodyRule, LineKind>> = {
  goalLine: 'goal',
  entryLine: 'entry',
  levelLine: 'level',
  itemLine: 'item',
  fieldLine: 'field',
};

const NOT_HEAD: ReadonlySet<string> = new Set(['Comment', 'Dash', 'GoalKeyword']);

/** The kind a line was meant to be, judged by its first token, for lines the grammar rejected. */
function intendedKind(first: IToken | undefined): LineKind {
  switch (first?.tokenType.name) {
    case undefined:
    case 'Comment':
      return 'blank';
    case 'GoalKeyword':
      return 'goal';
    case 'DateLiteral':
    case 'MalformedDate':
      return 'entry';
    case 'NumberLiteral':
      return 'level';
    case 'Dash':
      return 'item';
    default:
      return 'field';
  }
}

/** A range moved to another line, same columns. */
function onLine(range: Range, line: number): Range {
  return lineRange(line, range.start.character, range.end.character);
}

/** A part (or text) moved to another line (`Object.assign`, not spread: see docs/ARCHITECTURE.md, Invariants). */
function partOn<T extends Text>(part: T | undefined, line: number): T | undefined {
  return part && Object.assign({}, part, { range: onLine(part.range, line) });
}

/**
 * The same line read at another line number: what an edit above it does to a line it did not
 * touch. Lines are independent, so only the ranges change, and nothing is lexed again.
 */
export function movedTo(syntax: SyntaxLine, line: number): SyntaxLine {
  if (syntax.line === line) return syntax;
  const { error } = syntax;
  return {
    line,
    text: syntax.text,
    indent: syntax.indent,
    kind: syntax.kind,
    head: syntax.head.map((part) => partOn(part, line)!),
    date: partOn(syntax.date, line),
    checkbox: partOn(syntax.checkbox, line),
    colon: partOn(syntax.colon, line),
    value: partOn(syntax.value, line),
    noteSeparator: partOn(syntax.noteSeparator, line),
    note: partOn(syntax.note, line),
    comment: partOn(syntax.comment, line),
    range: onLine(syntax.range, line),
    error: error && { ...error, part: partOn(error.part, line)! },
  };
}

/** Tokenises and parses one line of text (without its line break). */
export function readLine(text: string, line: number): SyntaxLine {
  const { tokens } = lineLexer.tokenize(text);
  const { body: bodyRule, error } = parseLineTokens(tokens);
  const from = tokens[0]?.tokenType.name === 'Indent' ? 1 : 0;
  const indent = from === 1 ? tokens[0]!.image.length : 0;
  const contentEnd = text.trimEnd().length;

  // The parser says which kind of line it read (after an error too, when it got that far). Every
  // token of the line is in `tokens`, in order, so the parts are read from them in one pass.
  const kind: LineKind = bodyRule ? BODY_KINDS[bodyRule] : intendedKind(tokens[from]);
  let colon: IToken | undefined;
  let noteSeparator: IToken | undefined;
  let checkbox: IToken | undefined;
  let value: IToken | undefined;
  let valueText: IToken | undefined;
  let noteText: IToken | undefined;
  let comment: IToken | undefined;
  for (let i = from; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    switch (token.tokenType.name) {
      case 'Colon':
        colon ??= token;
        break;
      case 'NoteSeparator':
        noteSeparator ??= token;
        break;
      case 'Checkbox':
        checkbox ??= token;
        value ??= token;
        break;
      case 'Text':
        valueText ??= token;
        value ??= token;
        break;
      case 'NoteText':
        noteText ??= token;
        break;
      case 'Comment':
        comment ??= token;
        break;
    }
  }
  // The head: the tokens before the colon, the note or the value, but for comments, dashes, the
  // goal keyword and an entry's date.
  const headEnd = (colon ?? noteSeparator ?? value)?.startOffset ?? Infinity;
  const head: Part[] = [];
  for (let i = from + (kind === 'entry' ? 1 : 0); i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.startOffset >= headEnd) break;
    if (!NOT_HEAD.has(token.tokenType.name)) head.push(toPart(token, line));
  }

  let errorInfo: SyntaxLine['error'];
  if (error) {
    const atEnd = error.token.tokenType.name === 'EOF';
    const errorPart: Part = atEnd
      ? { type: 'EOF', text: '', range: lineRange(line, contentEnd, contentEnd) }
      : toPart(error.token, line);
    errorInfo = { part: errorPart, rule: error.rule, atEnd };
  }

  return {
    line,
    text,
    indent,
    kind,
    head,
    date: kind === 'entry' && tokens[from] ? toPart(tokens[from]!, line) : undefined,
    checkbox: checkbox && toPart(checkbox, line),
    colon: colon && toPart(colon, line),
    value: valueText && toText(valueText, line),
    noteSeparator: noteSeparator && toPart(noteSeparator, line),
    note: noteText && toText(noteText, line),
    comment: comment && toPart(comment, line),
    range: lineRange(line, indent, Math.max(indent, contentEnd)),
    error: errorInfo,
  };
}
