/**
 * Reads one line into a `SyntaxLine`: which kind of line it is and its parts, each with a range.
 */
import type { IToken } from 'chevrotain';
import type { Range, Text } from '../model';
import { parseLineTokens } from './grammar';
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

/** The grammar's rule for each kind of line body, as the CST names it. */
const BODY_RULES: readonly (readonly [string, LineKind])[] = [
  ['goalLine', 'goal'],
  ['entryLine', 'entry'],
  ['levelLine', 'level'],
  ['itemLine', 'item'],
  ['fieldLine', 'field'],
];

/** The tokens a line's parts are read from, the first of each type (a line holds one of each at most that matters). */
interface FirstTokens {
  Colon?: IToken;
  NoteSeparator?: IToken;
  Checkbox?: IToken;
  Text?: IToken;
  NoteText?: IToken;
  Comment?: IToken;
  /** The first Text or Checkbox token: where a line's value starts. */
  value?: IToken;
}

function firstTokens(tokens: readonly IToken[]): FirstTokens {
  const first: Record<string, IToken> = {};
  for (const token of tokens) {
    const name = token.tokenType.name;
    if (first[name] === undefined) first[name] = token;
    if (first['value'] === undefined && (name === 'Text' || name === 'Checkbox')) first['value'] = token;
  }
  return first as FirstTokens;
}

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

/** A part (or text) moved to another line. */
function partOn<T extends Text>(part: T | undefined, line: number): T | undefined {
  return part && { ...part, range: onLine(part.range, line) };
}

/**
 * The same line read at another line number: what an edit above it does to a line it did not
 * touch. Lines are independent, so only the ranges change, and nothing is lexed again.
 */
export function movedTo(syntax: SyntaxLine, line: number): SyntaxLine {
  if (syntax.line === line) return syntax;
  const { error } = syntax;
  return {
    ...syntax,
    line,
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
  const { cst, error } = parseLineTokens(tokens);
  const indentToken = tokens[0]?.tokenType.name === 'Indent' ? tokens[0] : undefined;
  const indent = indentToken ? indentToken.image.length : 0;
  const body = tokens.filter((t) => t !== indentToken);
  const contentEnd = text.trimEnd().length;

  // The CST says which kind of line the grammar read (after an error too, when it got that far).
  // Every token of the line is in `tokens`, in order: the CST's copy of them is not needed.
  let kind: LineKind = intendedKind(body[0]);
  for (const [rule, ruleKind] of BODY_RULES) {
    const node = cst.children[rule]?.[0];
    if (node && 'children' in node) kind = ruleKind;
  }

  const first = firstTokens(body);
  const colon = first.Colon;
  const noteSeparator = first.NoteSeparator;
  const headEnd = colon ?? noteSeparator ?? first.value;
  const headTokens = body.filter(
    (t, i) => (!headEnd || t.startOffset < headEnd.startOffset) && !NOT_HEAD.has(t.tokenType.name) && !(kind === 'entry' && i === 0),
  );
  const part = (token: IToken | undefined) => (token ? toPart(token, line) : undefined);
  const textOf = (token: IToken | undefined) => (token ? toText(token, line) : undefined);
  const dateToken = kind === 'entry' ? body[0] : undefined;

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
    head: headTokens.map((t) => toPart(t, line)),
    date: part(dateToken),
    checkbox: part(first.Checkbox),
    colon: part(colon),
    value: textOf(first.Text),
    noteSeparator: part(noteSeparator),
    note: textOf(first.NoteText),
    comment: part(first.Comment),
    range: lineRange(line, indent, Math.max(indent, contentEnd)),
    error: errorInfo,
  };
}
