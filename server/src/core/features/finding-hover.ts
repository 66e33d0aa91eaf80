/**
 * The explanation one step away from a finding: what the hover over a finding adds to the
 * message the editor already shows. The message says what and where in one line; this says why
 * and how, in the reader's voice.
 */
import type { Diagnostic, Position } from '../model';
import { findRule } from '../rules/index';
import type { DocumentContext } from './context';
import { comparePositions } from './positions';

export interface FindingHoverOptions {
  /** Where a rule's page can be opened, if the install has one; the hover links to it. */
  readonly pageOf?: (ruleId: string) => string | undefined;
}

const covers = (d: Diagnostic, at: Position) => comparePositions(d.range.start, at) <= 0 && comparePositions(at, d.range.end) <= 0;

/**
 * Markdown explaining each rule with one of the document's findings at `position`, once per rule,
 * in the voice of its settings; undefined where there is none.
 */
export function explainFindings(
  { config }: DocumentContext,
  diagnostics: readonly Diagnostic[],
  position: Position,
  options: FindingHoverOptions = {},
): string | undefined {
  const ids = [...new Set(diagnostics.filter((d) => covers(d, position)).map((d) => d.code))];
  const parts = ids.flatMap((id) => {
    const rule = findRule(id);
    if (!rule?.explanation) return [];
    const page = options.pageOf?.(id);
    const more = page ? ` [More about \`${id}\`](${page})` : '';
    return [`**${id}**: ${rule.explanation[config.voice]}${more}`];
  });
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}
