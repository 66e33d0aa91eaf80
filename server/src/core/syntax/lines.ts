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
  return splitPart(body, 0, body.length);
}

/**
 * Splits the part `[start, end)` of a document's body (its text after any byte-order mark) into
 * lines, with their offsets in the body; the part must start where a line starts.
 */
export function splitPart(body: string, start: number, end: number): SourceLine[] {
  const part = start === 0 && end === body.length ? body : body.slice(start, end);
  const lines: SourceLine[] = [];
  let from = 0;
  for (const match of part.matchAll(LINE_BREAK)) {
    lines.push({ text: part.slice(from, match.index), offset: start + from });
    from = match.index + match[0].length;
  }
  lines.push({ text: part.slice(from), offset: start + from });
  return lines;
}
