/** What a rule is: a stable id, a default severity, a one-line summary and a check over a plan. */
import type { Config } from '../config';
import { entryKindsWhere } from '../entry-kinds';
import type { Entry, Plan, Range, Severity } from '../model';

/** The groups rules are listed in, in docs and in `goalpost check --help`. */
export type RuleGroup = 'smart' | 'challenge' | 'template' | 'gas' | 'journal' | 'review' | 'suppression';

/** What a rule sees: the plan, the settings and the date it is checked on. */
export interface RuleContext {
  readonly plan: Plan;
  readonly config: Config;
  /** The date the plan is checked on, `YYYY-MM-DD`; never read from a clock inside the core. */
  readonly today: string;
}

/**
 * Who a message is written for. `standard` speaks to clients and clinicians in the words of the
 * format; `plain` is for a client who needs simple words: one short sentence and an example, with
 * none of the jargon in `JARGON_WORDS` (text/lexicon.ts).
 */
export type Voice = 'standard' | 'plain';

/** The same thing said in both voices. */
export interface Wording {
  readonly standard: string;
  readonly plain: string;
}

/**
 * What a finding is about, for the per-goal budget (rules/overlaps.ts):
 * - `statement`: the goal's own words (vague, unmeasurable, external, avoidance, all-or-nothing);
 * - `prompt`: a template gap to fill in later (missing fields, value, deadline);
 * - `fact`: everything else: errors, journal problems, dates passed. Never held back.
 */
export type Facet = 'statement' | 'prompt' | 'fact';

/** One problem a rule found. */
export interface Finding {
  readonly range: Range;
  /** The message in the standard voice: one line, at most 160 characters, the specific part first. */
  readonly message: string;
  /** The same message in the plain voice (see `Voice`). */
  readonly plain?: string;
  /** The goal the finding is about, when it is about one: the budget counts findings per goal. */
  readonly goal?: string;
  /** What the finding is about, when it differs from the rule's `facet`. */
  readonly facet?: Facet;
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
  /** What its findings are about, for the budget; `fact` when not given. */
  readonly facet?: Facet;
  /**
   * The why and how behind a finding, a few sentences in each voice: what the hover on a finding
   * and `goalpost check --explain` show. The rule's page in docs/rules/ says it at length.
   */
  readonly explanation?: Wording;
}

export interface Rule extends RuleInfo {
  check(context: RuleContext): Iterable<Finding>;
  /**
   * Set on an entry rule (`entryRule`): its findings about one journal entry, which depend only on
   * that entry and the entry's inputs (see `entryRule`), so the engine keeps them while neither changes.
   */
  readonly checkEntry?: (entry: Entry, context: RuleContext, above: Entry | undefined) => Iterable<Finding>;
  /** Set on an entry rule that looks only at some kinds of entry: `checkEntry` is called for those alone. */
  readonly kinds?: ReadonlySet<Entry['kind']>;
  /** Set on an entry rule that also checks what is outside the journal (the goals), on every version. */
  readonly checkOutside?: (context: RuleContext) => Iterable<Finding>;
  /** Set on a group rule (`groupRule`): the group an entry belongs to, and its findings about one group. */
  readonly groupOf?: (entry: Entry) => string;
  readonly checkGroup?: (entries: readonly Entry[], context: RuleContext) => Iterable<Finding>;
}

/** The kinds of entry that change how a goal stands, which an entry rule may read beside its entry. */
export const GOAL_CHANGING_KINDS: ReadonlySet<Entry['kind']> = new Set(entryKindsWhere((spec) => spec.changesGoal));

/**
 * A rule that looks at journal entries one at a time. Its findings about an entry may depend on the
 * entry, the entry written just above it (`above`, in source order), and the inputs of every entry:
 * the plan outside the journal, the journal's entries that change a goal (`GOAL_CHANGING_KINDS`),
 * today and the settings. Never on other entries: a rule that compares entries further apart (for
 * duplicates on one day, or reviews due) is a plan rule. The engine keeps each entry's findings
 * while those stay the same, so a version of the document that only adds or edits ordinary entries
 * is checked again only there.
 */
export function entryRule<K extends Entry['kind'] = Entry['kind']>(
  rule: RuleInfo & {
    /** The kinds of entry the rule looks at; every kind when not given. */
    kinds?: readonly K[];
    checkEntry(entry: Extract<Entry, { kind: K }>, context: RuleContext, above: Entry | undefined): Iterable<Finding>;
    /** Findings outside the journal, such as about the goals themselves: checked on every version. */
    checkOutside?(context: RuleContext): Iterable<Finding>;
  },
): Rule {
  // The engine calls checkEntry only with entries of the rule's kinds (`Rule.kinds`).
  const checkEntry = rule.checkEntry.bind(rule) as (entry: Entry, context: RuleContext, above: Entry | undefined) => Iterable<Finding>;
  const checkOutside = rule.checkOutside?.bind(rule);
  const { kinds: kindList, ...info } = rule;
  const kinds: ReadonlySet<Entry['kind']> | undefined = kindList && new Set(kindList);
  return {
    ...info,
    checkEntry,
    ...(kinds && { kinds }),
    ...(checkOutside && { checkOutside }),
    check(context) {
      const found: Finding[] = checkOutside ? [...checkOutside(context)] : [];
      const journal = context.plan.journal;
      for (let index = 0; index < journal.length; index += 1) {
        const entry = journal[index]!;
        if (kinds && !kinds.has(entry.kind)) continue;
        for (const finding of checkEntry(entry, context, journal[index - 1])) found.push(finding);
      }
      return found;
    },
  };
}

/**
 * A rule that compares journal entries within groups, such as the entries of one day. Its findings
 * about a group may depend on the group's entries, in source order, and on the inputs of every
 * entry (see `entryRule`). The engine keeps a group's findings while its entries are the same, so
 * a new line is compared only with the entries of its own group.
 */
export function groupRule(
  rule: RuleInfo & {
    groupOf(entry: Entry): string;
    checkGroup(entries: readonly Entry[], context: RuleContext): Iterable<Finding>;
  },
): Rule {
  const groupOf = rule.groupOf.bind(rule);
  const checkGroup = rule.checkGroup.bind(rule);
  return {
    ...rule,
    groupOf,
    checkGroup,
    check(context) {
      const found: Finding[] = [];
      for (const entries of groupsOf(context.plan.journal, groupOf).values()) for (const finding of checkGroup(entries, context)) found.push(finding);
      return found;
    },
  };
}

/** The journal's entries by group, each group in source order, the groups in the order they first appear. */
export function groupsOf(journal: readonly Entry[], groupOf: (entry: Entry) => string): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const entry of journal) {
    const key = groupOf(entry);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
}

/**
 * A value worked out once per plan (goal ids, tracked measures) for the rules that ask for it
 * entry by entry.
 */
export function perPlan<T>(compute: (plan: Plan) => T): (plan: Plan) => T {
  const values = new WeakMap<Plan, T>();
  return (plan) => {
    if (values.has(plan)) return values.get(plan)!;
    const value = compute(plan);
    values.set(plan, value);
    return value;
  };
}
