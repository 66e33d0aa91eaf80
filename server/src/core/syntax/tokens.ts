/**
 * Tokens of a single line of a `.goals` file.
 *
 * The lexer runs one line at a time, so its modes never have to be popped: the head of a line
 * (keys, dates, ids) is tokenised word by word, and after a `:`, a `- ` or a ` -- ` the rest of the
 * line is free text in the writer's own words, up to a comment.
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';

/** Builds a matcher from a sticky regular expression; Chevrotain cannot analyse Unicode classes. */
function sticky(source: RegExp, when?: (text: string, offset: number) => boolean): CustomPatternMatcherFunc {
  const re = new RegExp(source.source, `${source.flags.replace('g', '')}y`);
  return (text, offset) => {
    if (when && !when(text, offset)) return null;
    re.lastIndex = offset;
    return re.exec(text);
  };
}

const isBlank = (ch: string | undefined): boolean => ch === undefined || ch === ' ' || ch === '\t';
const atBoundary = (text: string, offset: number): boolean => isBlank(text[offset - 1]) || offset === 0;

/** Where free text stops: before a comment or a ` -- ` note, or at the end of the line. */
function textEnd(text: string, offset: number, stopAtNote: boolean): number {
  let end = offset;
  for (let i = offset; i < text.length; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t') continue;
    const startsWord = i === offset || isBlank(text[i - 1]);
    if (startsWord && ch === '#' && isBlank(text[i + 1])) break;
    if (startsWord && stopAtNote && ch === '-' && text[i + 1] === '-' && isBlank(text[i + 2])) break;
    end = i + 1;
  }
  return end;
}

function freeText(stopAtNote: boolean): CustomPatternMatcherFunc {
  return (text, offset) => {
    const end = textEnd(text, offset, stopAtNote);
    if (end <= offset) return null;
    const match = [text.slice(offset, end)] as unknown as RegExpExecArray;
    match.index = offset;
    match.input = text;
    return match;
  };
}

export const Indent = createToken({
  name: 'Indent',
  pattern: sticky(/[ \t]+/, (_text, offset) => offset === 0),
  line_breaks: false,
});
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t]+/, group: Lexer.SKIPPED });
export const Comment = createToken({
  name: 'Comment',
  pattern: sticky(/#(?=[ \t]|$).*/, atBoundary),
  line_breaks: false,
});
export const DateLiteral = createToken({ name: 'DateLiteral', pattern: sticky(/\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}])/u), line_breaks: false });
/** Something that looks like a date in another spelling, kept whole so the message can show it. */
export const MalformedDate = createToken({
  name: 'MalformedDate',
  pattern: sticky(/\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?![\p{L}\p{N}])/u),
  line_breaks: false,
});
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /[+-]?\d+(?:\.\d+)?/ });
export const NoteSeparator = createToken({
  name: 'NoteSeparator',
  pattern: sticky(/--(?=[ \t]|$)/, atBoundary),
  line_breaks: false,
  push_mode: 'note',
});
export const Dash = createToken({
  name: 'Dash',
  pattern: sticky(/-(?=[ \t]|$)/),
  line_breaks: false,
  push_mode: 'item',
});
export const Colon = createToken({ name: 'Colon', pattern: /:/, push_mode: 'text' });
export const Word = createToken({ name: 'Word', pattern: sticky(/[\p{L}\p{M}_][\p{L}\p{M}\p{N}_-]*/u), line_breaks: false });
export const GoalKeyword = createToken({
  name: 'GoalKeyword',
  pattern: sticky(/goal(?![\p{L}\p{M}\p{N}_-])/iu),
  line_breaks: false,
  longer_alt: Word,
});
/** A comma between the goal ids of a journal line that is about several goals (`review a, b`). */
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
/** Any other character in the head of a line; the parser rejects it with a message that names it. */
export const Stray = createToken({ name: 'Stray', pattern: sticky(/[^ \t]/u), line_breaks: false });
export const Checkbox = createToken({ name: 'Checkbox', pattern: /\[[ xX]\]/ });
export const Text = createToken({ name: 'Text', pattern: freeText(true), line_breaks: false });
export const NoteText = createToken({ name: 'NoteText', pattern: freeText(false), line_breaks: false });

const head: TokenType[] = [
  Indent,
  WhiteSpace,
  Comment,
  DateLiteral,
  MalformedDate,
  NumberLiteral,
  NoteSeparator,
  Dash,
  Colon,
  GoalKeyword,
  Word,
  Comma,
  Stray,
];

/** All token types, for the parser. */
export const allTokens: TokenType[] = [...head, Checkbox, Text, NoteText];

export const lineLexer = new Lexer(
  {
    modes: {
      head,
      text: [WhiteSpace, Comment, NoteSeparator, Text],
      item: [WhiteSpace, Comment, Checkbox, NoteSeparator, Text],
      note: [WhiteSpace, Comment, NoteText],
    },
    defaultMode: 'head',
  },
  { positionTracking: 'onlyOffset', ensureOptimizations: false },
);
