/**
 * The `json` output: one document with every checked file, its findings and a summary; its shape is documented
 * in docs/cli.md and changes only with a new `schemaVersion`.
 */
import type { Diagnostic } from '../../core/index';
import type { FileReport, Summary } from '../output';

/** The version of the document's shape; a change that could break a reader raises it. */
export const JSON_SCHEMA_VERSION = 1;

/** Formats the reports as one JSON document, indented for people, ending with a newline. */
export function formatJson(reports: readonly FileReport[], summary: Summary, today: string): string {
  const document = {
    schemaVersion: JSON_SCHEMA_VERSION,
    today,
    files: reports.map((report) => ({ file: report.file, findings: report.diagnostics.map(toFinding) })),
    summary,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A finding with 1-based lines and columns; the end column is the one just after the last character. */
function toFinding(diagnostic: Diagnostic) {
  const { start, end } = diagnostic.range;
  return {
    range: {
      start: { line: start.line + 1, column: start.character + 1 },
      end: { line: end.line + 1, column: end.character + 1 },
    },
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.message,
  };
}
