/**
 * The `github` output: GitHub Actions workflow commands, which the runner turns into annotations on the
 * pull request's diff (`::error file=...,line=...::message`).
 */
import type { Diagnostic, Severity } from '../../core/index';
import type { FileReport } from '../output';

// GitHub has three annotation levels; info and hints are notices.
const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Formats every finding as one workflow command line; empty when there are none. */
export function formatGithub(reports: readonly FileReport[]): string {
  return reports
    .flatMap((report) => report.diagnostics.map((diagnostic) => `${toCommand(report.file, diagnostic)}\n`))
    .join('');
}

function toCommand(file: string, diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  const properties: [string, string | number][] = [
    ['file', file],
    ['line', start.line + 1],
    ['endLine', end.line + 1],
  ];
  // GitHub accepts columns only for a range within one line.
  if (start.line === end.line) properties.push(['col', start.character + 1], ['endColumn', end.character + 1]);
  properties.push(['title', diagnostic.code]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMANDS[diagnostic.severity]} ${list}::${escapeData(diagnostic.message)}`;
}

/** Escapes a command's message as the Actions toolkit does, so that a line break cannot end the command early. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value: as a message, and also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
