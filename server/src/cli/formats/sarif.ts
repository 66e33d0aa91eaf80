/**
 * The `sarif` output: a SARIF 2.1.0 log, the format GitHub code scanning and other dashboards import.
 * Every rule and every format problem is described in `tool.driver.rules`, with a link to its documentation.
 */
import path from 'node:path';
import type { Log, Result } from 'sarif';
import type { Diagnostic } from '../../core/index';
import type { FileReport } from '../output';
import { version } from '../version';
import { describeRules, SARIF_LEVELS } from './sarif-rules';

/** Formats the reports as a SARIF log, indented, ending with a newline. */
export function formatSarif(reports: readonly FileReport[], today: string): string {
  const rules = describeRules(reports.flatMap((report) => report.diagnostics.map((d) => d.code)));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'goalpost', version, semanticVersion: version, rules } },
        // Goalpost's columns are LSP's, UTF-16 code units; SARIF's default is the same, but saying so costs nothing.
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) => report.diagnostics.map((d) => toResult(report.file, d, index))),
        // The date the plans were checked on: findings such as overdue reviews depend on it.
        properties: { today },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toResult(file: string, diagnostic: Diagnostic, index: ReadonlyMap<string, number>): Result {
  const { start, end } = diagnostic.range;
  return {
    ruleId: diagnostic.code,
    ruleIndex: index.get(diagnostic.code) ?? -1,
    level: SARIF_LEVELS[diagnostic.severity],
    message: { text: diagnostic.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(file), uriBaseId: '%SRCROOT%' },
          // SARIF lines and columns count from 1, and endColumn is the column just after the region, like LSP's end.
          region: {
            startLine: start.line + 1,
            startColumn: start.character + 1,
            endLine: end.line + 1,
            endColumn: end.character + 1,
          },
        },
      },
    ],
  };
}

/** A relative URI for a printed path: forward slashes, each segment percent-encoded (spaces, accents, `#`). */
function toUri(file: string): string {
  return file.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
}

