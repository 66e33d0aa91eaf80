/**
 * The one helper rule tests call: runs a rule over a fixture on a fixed date and draws its
 * findings under the lines they point at, for inline snapshots.
 */
import { analyze, DEFAULT_CONFIG, findRule, ALL_RULES, type Config } from '../../server/src/core/index';
import { renderDiagnostics } from './render';

/** The date every rule test runs on unless it says otherwise: no test reads the clock. */
export const TODAY = '2026-11-25';

export interface RuleTestOptions {
  readonly today?: string;
  readonly config?: Partial<Config>;
}

/** The findings of rule `id` on `text`, rendered; the empty string when the rule stays silent. */
export function findings(id: string, text: string, options: RuleTestOptions = {}): string {
  const rule = ALL_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule '${id}' (known: ${findRule(id) ? 'an engine rule' : 'none'})`);
  const { diagnostics } = analyze(text, {
    today: options.today ?? TODAY,
    config: { ...DEFAULT_CONFIG, ...options.config },
    rules: [rule],
  });
  return renderDiagnostics(text, diagnostics.filter((d) => d.code === id));
}

/** True when rule `id` finds anything in `text`: for the tables of good and flawed goals. */
export function fires(id: string, text: string, options: RuleTestOptions = {}): boolean {
  return findings(id, text, options) !== '';
}
