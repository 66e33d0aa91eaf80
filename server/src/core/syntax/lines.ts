/** Splitting a document into lines the way LSP counts them: LF, CRLF and CR all end a line. */

export interface SourceLine {
  /** The line's text without its line break. */
  readonly text: string;
  /** The offset of the line's first character in the document. */
  readonly offset: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Splits `text` into lines. A leading byte-order mark is dropped, as editors do not show it or
 * count it as a character, so positions match what the user sees.
 */
export function splitLines(text: string): SourceLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines: SourceLine[] = [];
  let start = 0;
  for (const match of body.matchAll(LINE_BREAK)) {
    lines.push({ text: body.slice(start, match.index), offset: start });
    start = match.index + match[0].length;
  }
  lines.push({ text: body.slice(start), offset: start });
  return lines;
}
