import type { Diagnostic, Severity } from '../core/model';

/** The findings of one checked file, under the path it is shown as. */
export interface FileReport {
  /** The path as printed: relative to the current directory. */
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/**
 * Formats one finding as `file:line:col  severity  message  [code]`.
 * Lines and columns count from 1, as editors show them; the column counts UTF-16 code units, as LSP does.
 */
export function formatFinding(file: string, diagnostic: Diagnostic): string {
  const { line, character } = diagnostic.range.start;
  // One finding per line keeps the output easy to grep, so a message never breaks the line.
  const message = diagnostic.message.replace(/\s*[\r\n]+\s*/g, ' ');
  return `${file}:${line + 1}:${character + 1}  ${diagnostic.severity}  ${message}  [${diagnostic.code}]`;
}

/** Formats every finding, sorted by file and then by position, one per line; empty when there are none. */
export function formatFindings(reports: readonly FileReport[]): string {
  const lines = sortReports(reports).flatMap((report) =>
    sortDiagnostics(report.diagnostics).map((diagnostic) => formatFinding(report.file, diagnostic)),
  );
  return lines.map((line) => `${line}\n`).join('');
}

/** Formats the closing line, such as `2 errors, 1 warning in 1 file (5 files checked)`. */
export function formatSummary(reports: readonly FileReport[]): string {
  const checked = countNoun(reports.length, 'file', 'files');
  const withFindings = reports.filter((report) => report.diagnostics.length > 0).length;
  if (withFindings === 0) return `${checked} checked, no problems\n`;
  const counts = SEVERITIES.map((severity) => [severity, countSeverity(reports, severity)] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => countNoun(count, severity, pluralOf(severity)));
  return `${counts.join(', ')} in ${countNoun(withFindings, 'file', 'files')} (${checked} checked)\n`;
}

/** Tells whether any finding is an error, which makes the check fail. */
export function hasErrors(reports: readonly FileReport[]): boolean {
  return reports.some((report) => report.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
}

function sortReports(reports: readonly FileReport[]): FileReport[] {
  // Compare code units rather than with the locale, so the order is the same on every machine.
  return [...reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  // The sort is stable, so findings at the same position keep the order the core gave them.
  return [...diagnostics].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

function countSeverity(reports: readonly FileReport[], severity: Severity): number {
  return reports.reduce((sum, report) => sum + report.diagnostics.filter((d) => d.severity === severity).length, 0);
}

function pluralOf(severity: Severity): string {
  // "info" is a mass noun: "3 info" reads better than "3 infos".
  return severity === 'info' ? 'info' : `${severity}s`;
}

function countNoun(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
