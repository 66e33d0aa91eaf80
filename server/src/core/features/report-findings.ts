/**
 * The analysis' findings sorted by what they are about: a goal (its block, or a journal line that
 * names it) or the plan. The report's "meets the SMART checks" badge is only for a goal with no
 * finding at all, so that it never contradicts what `goalpost check` says about the same goal.
 */
import type { Diagnostic, Goal, Plan } from '../model';
import { entryGoal } from '../queries';
import { RULE_INFO } from '../rules/index';

/** A finding about a goal or the plan, in the words the rule uses for people. */
export interface ReportCheck {
  readonly rule: string;
  /** The rule's one-line summary; empty for a format error, which is no rule. */
  readonly summary: string;
  readonly message: string;
  readonly severity: Diagnostic['severity'];
}

/** The findings of one goal: those of the SMART and challenge rules, and every other one. */
export interface GoalFindings {
  readonly checks: readonly ReportCheck[];
  readonly other: readonly ReportCheck[];
}

/** The groups whose findings make up a goal's SMART status. */
const SMART_GROUPS = new Set(['smart', 'challenge']);

/** Sorts the findings of an analysis by goal; the plan's are the SMART and challenge findings that name no goal. */
export function findingsByGoal(plan: Plan, diagnostics: readonly Diagnostic[]): { of: (goal: Goal) => GoalFindings; plan: ReportCheck[] } {
  // A journal line's findings belong to the goals it names; a review of several goals names each.
  const goalsOfLine = new Map<number, string[]>();
  for (const entry of plan.journal) {
    const ids = entry.kind === 'review' ? entry.goals.map((g) => g.text) : [entryGoal(entry)?.text].filter((id): id is string => id !== undefined);
    const line = entry.range.start.line;
    goalsOfLine.set(line, [...new Set([...(goalsOfLine.get(line) ?? []), ...ids])]);
  }
  const byGoal = new Map<Goal, { checks: ReportCheck[]; other: ReportCheck[] }>();
  const planChecks: ReportCheck[] = [];
  for (const diagnostic of diagnostics) {
    const check = toCheck(diagnostic);
    const smart = SMART_GROUPS.has(RULE_INFO.find((r) => r.id === diagnostic.code)?.group ?? '');
    const line = diagnostic.range.start.line;
    const block = plan.goals.find((g) => line >= g.range.start.line && line <= g.range.end.line);
    const named = block ? [block] : (goalsOfLine.get(line) ?? []).map((id) => plan.goals.find((g) => g.id === id)).filter((g): g is Goal => g !== undefined);
    if (named.length === 0) {
      if (smart) planChecks.push(check);
      continue;
    }
    for (const goal of named) {
      const list = byGoal.get(goal) ?? { checks: [], other: [] };
      (smart ? list.checks : list.other).push(check);
      byGoal.set(goal, list);
    }
  }
  return { of: (goal) => byGoal.get(goal) ?? { checks: [], other: [] }, plan: planChecks };
}

function toCheck(diagnostic: Diagnostic): ReportCheck {
  const info = RULE_INFO.find((r) => r.id === diagnostic.code);
  return { rule: diagnostic.code, summary: info?.summary ?? '', message: diagnostic.message, severity: diagnostic.severity };
}
