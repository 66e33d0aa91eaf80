/** The rule descriptors of the SARIF output: Goalpost's rules and the format's own problems, with their docs. */
import type { ReportingDescriptor } from 'sarif';
import { RULE_INFO, SYNTAX_CODES, type Severity } from '../../core/index';

/**
 * SARIF help links must be absolute URIs, and Goalpost has no public address to point at, so each rule
 * names its page in Goalpost's docs in `help` text instead of inventing a `helpUri`.
 */
const DOCS = 'docs';

// The parser's codes have no rule objects; their summaries follow the table in docs/format.md.
const SYNTAX_SUMMARIES: Readonly<Record<string, string>> = {
  'syntax-error': 'A line that cannot be read, such as a field without its colon.',
  'invalid-date': 'A date that does not exist or is not written YYYY-MM-DD.',
  'invalid-value': "A value that cannot be read as its field's type.",
  'unknown-field': 'A key that is not a field of the header or of a goal.',
  'duplicate-field': 'A key written twice in one goal or in the header.',
  'unknown-entry-kind': 'A journal line whose kind is not one of the kinds of entry.',
  'misplaced-line': 'A line where it cannot belong, such as an indented line with no goal above it.',
  'missing-statement': 'A goal line with nothing after its colon.',
};

/** SARIF has no "info" or "hint"; both are notes, which code scanning shows without failing anything. */
export const SARIF_LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/**
 * Describes every rule and format problem, then any other code the results use (so every result's ruleId
 * names a descriptor, even for a code added to the core after this list).
 */
export function describeRules(codes: readonly string[]): ReportingDescriptor[] {
  const rules: ReportingDescriptor[] = [
    ...SYNTAX_CODES.map((code) =>
      describe(code, SYNTAX_SUMMARIES[code] ?? 'A problem in the .goals format.', 'error', `${DOCS}/format.md (Errors in the format)`, 'format'),
    ),
    ...RULE_INFO.map((rule) => describe(rule.id, rule.summary, rule.severity, `${DOCS}/rules/${rule.id}.md`, rule.group)),
  ];
  const known = new Set(rules.map((rule) => rule.id));
  for (const code of codes) {
    if (known.has(code)) continue;
    known.add(code);
    rules.push(describe(code, 'A problem Goalpost found.', 'warning', `${DOCS}/rules/${code}.md`, 'other'));
  }
  return rules;
}

function describe(id: string, summary: string, severity: Severity, page: string, group: string): ReportingDescriptor {
  return {
    id,
    shortDescription: { text: summary },
    help: { text: `${summary} Goalpost documents it in ${page}.` },
    defaultConfiguration: { level: SARIF_LEVELS[severity] },
    properties: { tags: [group] },
  };
}
