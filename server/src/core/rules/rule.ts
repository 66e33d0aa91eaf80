/** What a rule is: a stable id, a default severity, a one-line summary and a check over a plan. */
import type { Config } from '../config';
import type { Plan, Range, Severity } from '../model';

/** The groups rules are listed in, in docs and in `goalpost check --help`. */
export type RuleGroup = 'smart' | 'challenge' | 'template' | 'gas' | 'journal' | 'review' | 'suppression';

/** What a rule sees: the plan, the settings and the date it is checked on. */
export interface RuleContext {
  readonly plan: Plan;
  readonly config: Config;
  /** The date the plan is checked on, `YYYY-MM-DD`; never read from a clock inside the core. */
  readonly today: string;
}

/** One problem a rule found. */
export interface Finding {
  readonly range: Range;
  readonly message: string;
  /** A severity for this finding when it differs from the rule's default (e.g. per missing field). */
  readonly severity?: Severity;
  /** What a quick fix needs, as plain JSON; it travels to the editor in `Diagnostic.data`. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A rule's identity, as configs, docs and `--help` list it. */
export interface RuleInfo {
  /** Stable kebab-case id used in configs, suppressions and docs: never rename one. */
  readonly id: string;
  readonly group: RuleGroup;
  readonly severity: Severity;
  /** One line on what the rule checks. */
  readonly summary: string;
}

export interface Rule extends RuleInfo {
  check(context: RuleContext): Iterable<Finding>;
}
