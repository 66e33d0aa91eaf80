/**
 * Reading a JSON settings file: the value, or the first syntax error with its line and column, so a
 * person can go straight to the mistake.
 */
// The ESM build, not the package's UMD main: esbuild cannot follow the UMD wrapper's `require` calls.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';

/** A JSON syntax error; line and column count from 1, the column in UTF-16 code units, as editors show them. */
export interface JsonSyntaxError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export type JsonResult = { readonly value: unknown } | { readonly error: JsonSyntaxError };

// jsonc-parser's error names, in the words of someone fixing the file.
const REASONS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected text after the end of the settings',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'not a valid number',
  InvalidUnicode: 'invalid \\u escape in a string',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'a control character in a string (write \\n or \\t instead)',
};

/**
 * Parses strict JSON (no comments, no trailing commas), as `JSON.parse` does; a leading byte-order mark,
 * which some editors write, is ignored. On an error, says what is wrong and where.
 */
export function readJson(text: string): JsonResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { value: JSON.parse(source) as unknown };
  } catch (error) {
    return { error: locateError(source, error) };
  }
}

/** Finds where `JSON.parse` failed with a strict jsonc-parser pass, which reports the offset of every error. */
function locateError(source: string, thrown: unknown): JsonSyntaxError {
  const errors: ParseError[] = [];
  parse(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) {
    // Both parsers should agree; if they do not, JSON.parse's own words are still better than nothing.
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return { message, line: 1, column: 1 };
  }
  const reason = REASONS[printParseErrorCode(first.error)] ?? 'not valid JSON';
  const message = first.offset >= source.length ? `${reason} (the file ends too early)` : reason;
  return { message, ...positionAt(source, first.offset) };
}

/** The 1-based line and column of an offset, counting LF, CRLF and CR as line breaks. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}
