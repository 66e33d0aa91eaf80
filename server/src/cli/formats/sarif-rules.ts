/** The rule descriptors of the SARIF output: Goalpost's rules and the format's own problems, with their docs. */
import type { ReportingDescriptor } from 'sarif';
import { RULE_INFO, SYNTAX_CODE_INFO, type Severity } from '../../core/index';

/**
 * SARIF help links must be absolute URIs, and Goalpost has no public address to point at, so each rule
 * names its page in Goalpost's docs in `help` text instead of inventing a `helpUri`.
 */
const DOCS = 'docs';

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
    // The parser's codes have no rule objects; their summaries are in the core's table of them.
    ...SYNTAX_CODE_INFO.map(({ code, summary }) => describe(code, summary, 'error', `${DOCS}/format.md (Errors in the format)`, 'format')),
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
