/**
 * When findings step back for other findings: declared here as data, applied once by the engine
 * (analyze.ts) after the settings and the plan's suppressions, so that no rule runs another rule.
 *
 * Two mechanisms, on purpose separate:
 * - an overlap is one thing said twice; the weaker finding always steps back;
 * - the budget is one clear thing at a time for each goal; it can be turned off (`"budget": "all"`)
 *   by a clinician who wants to see everything at once.
 * docs/rules/budget.md explains both to users; a test holds that page to this table.
 */
import type { Diagnostic } from '../model';
import type { Facet } from './rule';

/** A finding as the engine sees it before it settles what is shown. */
export interface Checked extends Diagnostic {
  readonly goal?: string;
  readonly facet: Facet;
}

export interface Overlap {
  /** The rule whose finding steps back. */
  readonly rule: string;
  /** It steps back for a shown `statement` finding of any of these rules... */
  readonly yieldsTo: readonly string[];
  /** ...on the same goal, or on an overlapping stretch of the same line. */
  readonly where: 'goal' | 'range';
  /** Why, in one sentence, for the docs. */
  readonly why: string;
}

export const OVERLAPS: readonly Overlap[] = [
  {
    rule: 'unmeasurable-goal',
    yieldsTo: ['vague-goal', 'overly-ambitious', 'external-focus', 'avoidance-goal'],
    where: 'goal',
    why: 'Each of these already suggests a rewording with something to count in it.',
  },
  {
    rule: 'overly-ambitious',
    yieldsTo: ['avoidance-goal'],
    where: 'range',
    why: "'Never feel anxious again' is first of all a goal about not feeling something; its reframe also removes the 'never'.",
  },
];

/**
 * The order in which a goal's statement findings are best worked on, first shown first: whose
 * goal it is, then what it aims at, then how much it asks, then how clearly it says it.
 */
export const STATEMENT_ORDER: readonly string[] = ['external-focus', 'avoidance-goal', 'overly-ambitious', 'vague-goal', 'unmeasurable-goal'];

export type Budget = 'focused' | 'all';

export interface Settled {
  readonly shown: Checked[];
  /** What the budget holds back until the shown finding is dealt with; never overlaps. */
  readonly held: Checked[];
}

const overlapsOnLine = (a: Diagnostic, b: Diagnostic) =>
  a.range.start.line === b.range.start.line && a.range.start.character < b.range.end.character && b.range.start.character < a.range.end.character;

const rank = (code: string) => {
  const index = STATEMENT_ORDER.indexOf(code);
  return index < 0 ? STATEMENT_ORDER.length : index;
};

/** Applies the overlap table, then (when focused) the budget, to findings already filtered by settings and suppressions. */
export function settle(findings: readonly Checked[], budget: Budget): Settled {
  const statements = findings.filter((f) => f.facet === 'statement');
  const stepsBack = (finding: Checked) =>
    OVERLAPS.some(
      (overlap) =>
        overlap.rule === finding.code &&
        statements.some(
          (other) =>
            other !== finding &&
            overlap.yieldsTo.includes(other.code) &&
            (overlap.where === 'goal' ? other.goal !== undefined && other.goal === finding.goal : overlapsOnLine(other, finding)),
        ),
    );
  const remaining = findings.filter((f) => !stepsBack(f));
  if (budget === 'all') return { shown: remaining, held: [] };

  // The one statement finding each goal shows: the first in STATEMENT_ORDER, then by position.
  const first = new Map<string, Checked>();
  for (const finding of remaining) {
    if (finding.facet !== 'statement' || finding.goal === undefined) continue;
    const current = first.get(finding.goal);
    if (!current || rank(finding.code) < rank(current.code)) first.set(finding.goal, finding);
  }
  const shown: Checked[] = [];
  const held: Checked[] = [];
  for (const finding of remaining) {
    const leading = finding.goal === undefined ? undefined : first.get(finding.goal);
    const waits = leading !== undefined && leading !== finding && (finding.facet === 'statement' || finding.facet === 'prompt');
    (waits ? held : shown).push(finding);
  }
  return { shown, held };
}
