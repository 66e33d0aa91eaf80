/** Collecting the parser's diagnostics; every one of them is an error in the file's format. */
import type { Diagnostic, Range } from '../model';

/** The codes the parser reports. Rules report their own ids. */
export const SYNTAX_CODES: readonly string[] = [
  'syntax-error',
  'invalid-date',
  'invalid-value',
  'unknown-field',
  'duplicate-field',
  'unknown-entry-kind',
  'misplaced-line',
  'missing-statement',
] as const;
export type SyntaxCode =
  | 'syntax-error'
  | 'invalid-date'
  | 'invalid-value'
  | 'unknown-field'
  | 'duplicate-field'
  | 'unknown-entry-kind'
  | 'misplaced-line'
  | 'missing-statement';

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
