/**
 * When the core throws while checking a plan (a bug: the core is meant never to throw), the version
 * of the document is marked as failed instead of crashing the server or retrying on every request.
 * Its diagnostics then say so in one line, and requests about it answer RequestFailed.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';

export class AnalysisFailed extends Error {
  override readonly name = 'AnalysisFailed';

  /**
   * `description` names the kind of error and where it was thrown (see `describeError`), never the
   * text; `version` is the document version that failed (undefined for a file that is not open).
   */
  constructor(
    readonly description: string,
    readonly version?: number,
  ) {
    super(`The check of a plan failed: ${description}`);
  }
}

/** The one diagnostic of a plan whose check failed, at the top of the document. */
export function analysisFailedDiagnostic(): Diagnostic {
  const top = { line: 0, character: 0 };
  return {
    range: { start: top, end: top },
    severity: DiagnosticSeverity.Error,
    code: 'internal-error',
    source: 'goalpost',
    message: 'Goalpost hit an internal error and could not check this plan. Your text is unchanged, and checking starts again with your next edit.',
  };
}
