/** What every output format of `goalpost check` shares: the findings per file, their order, and the counts. */
import type { Diagnostic, Severity, Voice } from '../core/index';

/** The findings of one checked file, under the path it is shown as. */
export interface FileReport {
  /** The path as printed: relative to the current directory, or the name given to standard input. */
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** How many findings the budget holds back in this file (see docs/rules/budget.md). */
  readonly held?: number;
  /** The voice the file's findings are written in, for `--explain`. */
  readonly voice?: Voice;
}

/** How many files were checked and how many findings of each severity they hold. */
export interface Summary {
  readonly files: number;
  readonly filesWithFindings: number;
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  readonly hints: number;
  /** Findings held back by the budget until a goal's shown finding is dealt with. */
  readonly held: number;
}

/** Sorts files by path and each file's findings by position, so that every format prints the same order. */
export function sortReports(reports: readonly FileReport[]): FileReport[] {
  // Compare code units rather than with the locale, so the order is the same on every machine.
  return [...reports]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((report) => ({ ...report, diagnostics: sortDiagnostics(report.diagnostics) }));
}

/** Counts the files and the findings of each severity. */
export function summarize(reports: readonly FileReport[]): Summary {
  const count = (severity: Severity) =>
    reports.reduce((sum, report) => sum + report.diagnostics.filter((d) => d.severity === severity).length, 0);
  return {
    files: reports.length,
    filesWithFindings: reports.filter((report) => report.diagnostics.length > 0).length,
    errors: count('error'),
    warnings: count('warning'),
    info: count('info'),
    hints: count('hint'),
    held: reports.reduce((sum, report) => sum + (report.held ?? 0), 0),
  };
}

/** Formats the closing line for stderr, such as `2 errors, 1 warning in 1 file (5 files checked)`. */
export function formatSummary(summary: Summary): string {
  const checked = countNoun(summary.files, 'file', 'files');
  if (summary.filesWithFindings === 0) return `${checked} checked, no problems\n`;
  const counts = [
    countNoun(summary.errors, 'error', 'errors'),
    countNoun(summary.warnings, 'warning', 'warnings'),
    // "info" is a mass noun: "3 info" reads better than "3 infos".
    countNoun(summary.info, 'info', 'info'),
    countNoun(summary.hints, 'hint', 'hints'),
  ].filter((text) => !text.startsWith('0 '));
  const waiting = summary.held > 0 ? `; ${countNoun(summary.held, 'more finding waits', 'more findings wait')} until the goal's wording is settled (--budget all shows them)` : '';
  return `${counts.join(', ')} in ${countNoun(summary.filesWithFindings, 'file', 'files')} (${checked} checked)${waiting}\n`;
}

/** A message on one line: a finding is one line of text output, and one annotation in CI. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  // The sort is stable, so findings at the same position keep the order the core gave them.
  return [...diagnostics].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

function countNoun(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
