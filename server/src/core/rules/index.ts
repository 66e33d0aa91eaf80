/** The one list of every rule, by group; configs, docs and the catalog test read it. */
import { RULES as CHALLENGE } from './challenges/index';
import { RULES as GAS } from './gas/index';
import { RULES as JOURNAL } from './journal/index';
import { RULES as REVIEW } from './review/index';
import type { Rule, RuleInfo } from './rule';
import { RULES as SMART } from './smart/index';
import { SUPPRESSION_RULES } from './suppressions';
import { RULES as TEMPLATE } from './template/index';

/** Every rule that checks a plan. */
export const ALL_RULES: readonly Rule[] = [...SMART, ...CHALLENGE, ...TEMPLATE, ...GAS, ...JOURNAL, ...REVIEW];

/** Every rule id a config or suppression may name, including the suppression checks themselves. */
export const RULE_INFO: readonly RuleInfo[] = [...ALL_RULES, ...SUPPRESSION_RULES];

export function findRule(id: string): RuleInfo | undefined {
  return RULE_INFO.find((rule) => rule.id === id);
}
