/** Collecting the parser's diagnostics; every one of them is an error in the file's format. */
import type { Diagnostic, Range } from '../model';

/**
 * The codes the parser reports, each with a one-line summary (docs/format.md's table of errors says
 * each at more length). Rules report their own ids. The rows keep their literal types so that the
 * codes become the `SyntaxCode` union.
 */
export const SYNTAX_CODE_INFO = [
  { code: 'syntax-error', summary: 'A line that cannot be read, such as a field without its colon.' },
  { code: 'invalid-date', summary: 'A date that does not exist or is not written YYYY-MM-DD.' },
  { code: 'invalid-value', summary: "A value that cannot be read as its field's type." },
  { code: 'unknown-field', summary: 'A key that is not a field of the header or of a goal.' },
  { code: 'duplicate-field', summary: 'A key written twice in one goal or in the header.' },
  { code: 'unknown-entry-kind', summary: 'A journal line whose kind is not one of the kinds of entry.' },
  { code: 'misplaced-line', summary: 'A line where it cannot belong, such as an indented line with no goal above it.' },
  { code: 'missing-statement', summary: 'A goal line with nothing after its colon.' },
] as const satisfies readonly { readonly code: string; readonly summary: string }[];

export type SyntaxCode = (typeof SYNTAX_CODE_INFO)[number]['code'];

/** The codes alone, as strings, so that any diagnostic's code can be looked up in them. */
export const SYNTAX_CODES: readonly string[] = SYNTAX_CODE_INFO.map((info) => info.code);

/**
 * A format error's message: one sentence, or two voices when the usual one needs a word of the
 * method ('GAS level') that the plain voice avoids.
 */
export type Wording = string | { readonly standard: string; readonly plain: string };

export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];

  /** Reports a format error; `data` carries what a quick fix needs, as the rules' findings do. */
  error(range: Range, code: SyntaxCode, wording: Wording, data?: Readonly<Record<string, unknown>>): void {
    const voices = typeof wording === 'string' ? { message: wording } : { message: wording.standard, plain: wording.plain };
    this.diagnostics.push({ range, severity: 'error', code, ...voices, ...(data && { data }) });
  }
}
