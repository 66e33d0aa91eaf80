/**
 * Text from outside (file names, words of a plan) as the CLI prints it to a terminal: one finding or one error is
 * always one line, and nothing in a file name or a plan can move the cursor, change colours or reorder the line.
 */

// C0 controls (line feed, escape...), DEL, C1 controls, the Unicode line and paragraph separators, and the
// bidirectional controls that can make a line read differently from what it holds ("Trojan Source").
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** The escape of one unsafe character: `\n`, `\t`, `\r`, `\x1b`, `\u{202e}`. */
function escapeChar(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/**
 * A path as printed: as it is, or, when it holds a control character, in double quotes with that character
 * escaped as in C (`"a\nb.goals"`), and `"` and `\` escaped inside the quotes, as Git prints such names.
 * Ordinary names, Windows paths with backslashes included, are never quoted.
 */
export function showPath(file: string): string {
  if (!UNSAFE.test(file)) return file;
  return `"${file.replace(/["\\]/g, (char) => `\\${char}`).replace(UNSAFE_ALL, escapeChar)}"`;
}

/** Text from a plan or a message, on one line: each control character shown as its escape. */
export function showText(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, escapeChar) : text;
}
