/**
 * Checking a plan: parse it, run every enabled rule, apply severities from the settings and the
 * plan's own suppression comments. The CLI and the language server both call `analyze`.
 */
import { DEFAULT_CONFIG, type Config } from './config';
import type { Diagnostic, Entry, ParseResult, Plan, Severity } from './model';
import { runToEnd } from './steps';
import { ALL_RULES, RULE_INFO } from './rules/index';
import { groupsOf, type Finding, type Rule, type RuleContext } from './rules/rule';
import { settle, type Checked } from './rules/overlaps';
import { applySuppressions, readSuppressions } from './rules/suppressions';
import { SYNTAX_CODES } from './build/diagnostics';
import type { EntryMemo, EntryResult, GroupResult } from './rules/entry-memo';

export interface AnalyzeOptions {
  /** The date to check against, `YYYY-MM-DD`: the caller's local date, or a fixed one in tests. */
  readonly today: string;
  readonly config?: Config;
  /** The rules to run; every rule by default. Tests of one rule pass just that rule. */
  readonly rules?: readonly Rule[];
}

/**
 * Where entry rules keep their findings between checks of successive versions of a document
 * (`Snapshot` passes it): the memo, and the plan outside its ordinary entries as one string.
 */
export interface KeptFindings {
  readonly memo: EntryMemo;
  readonly outsideEntries: string;
}

export interface Analysis extends ParseResult {
  /** Parse problems and rule findings together, in document order. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Findings the budget holds back until a goal's shown finding is dealt with (rules/overlaps.ts),
   * in document order; empty with `"budget": "all"`.
   */
  readonly held: readonly Diagnostic[];
}

/** What the rules found, settled: what is shown and what the budget holds back. */
export interface Findings {
  readonly shown: Diagnostic[];
  readonly held: Diagnostic[];
}

/**
 * Checks a parsed plan in steps, pausing between rules: the second half of `analyzeInSteps`, for
 * callers that put the parsed plan to use (hover, completion) before the rules have run.
 */
export function* checkInSteps(parsed: ParseResult, options: AnalyzeOptions, kept?: KeptFindings): Generator<void, Analysis> {
  const { shown, held } = yield* checkPlanInSteps(parsed.plan, options, kept);
  const voice = (options.config ?? DEFAULT_CONFIG).voice;
  const formatErrors = parsed.diagnostics.map(({ plain, ...error }) => (voice === 'plain' && plain ? { ...error, message: plain } : error));
  return { plan: parsed.plan, diagnostics: [...formatErrors, ...shown].sort(byPosition), held };
}

/** Runs the rules over a parsed plan and returns the findings it shows, suppressions, overlaps and budget applied. */
export function checkPlan(plan: Plan, options: AnalyzeOptions): Diagnostic[] {
  return runToEnd(checkPlanInSteps(plan, options)).shown;
}

/** The message of a finding in the voice the settings ask for. */
function voiced(finding: Finding, config: typeof DEFAULT_CONFIG): string {
  return config.voice === 'plain' ? (finding.plain ?? finding.message) : finding.message;
}

function* checkPlanInSteps(plan: Plan, options: AnalyzeOptions, memo?: KeptFindings): Generator<void, Findings> {
  const config = options.config ?? DEFAULT_CONFIG;
  const context: RuleContext = { plan, config, today: options.today };
  const setting = (id: string) => config.rules[id];
  const rules = (options.rules ?? ALL_RULES).filter((rule) => setting(rule.id) !== 'off');
  // Entry rules go over the journal together, entry by entry, keeping what they found where an
  // entry and its inputs are unchanged (rules/entry-memo.ts).
  // Without a memo (a plan read once) they still go over it together, in one pass.
  const byEntry = rules.filter((rule) => rule.checkEntry);
  const inputs = memo ? `${options.today}\n${JSON.stringify(config)}\n${byEntry.map((r) => r.id).join(' ')}\n${memo.outsideEntries}` : '';
  const entryFound = byEntry.length > 0 ? entryFindings(byEntry, context, memo?.memo.resultsFor(inputs)) : new Map<Rule, Finding[]>();
  const findings: Checked[] = [];
  for (const rule of rules) {
    const configured = setting(rule.id) as Severity | undefined;
    const byEntries = entryFound.get(rule);
    const outside = byEntries && rule.checkOutside ? runRule(rule, context, () => rule.checkOutside!(context)) : [];
    const found = byEntries
      ? [...outside, ...byEntries]
      : memo && rule.groupOf
        ? runRule(rule, context, () => groupFindings(rule, context, memo.memo, inputs))
        : runRule(rule, context);
    for (const finding of found) {
      findings.push({
        range: finding.range,
        message: voiced(finding, config),
        code: rule.id,
        severity: configured ?? finding.severity ?? rule.severity,
        facet: finding.facet ?? rule.facet ?? 'fact',
        ...(finding.goal !== undefined && { goal: finding.goal }),
        ...(finding.data && { data: finding.data }),
      });
    }
    yield;
  }

  const ids = RULE_INFO.map((r) => r.id);
  const { suppressions, problems } = readSuppressions(plan, ids, (code) => SYNTAX_CODES.includes(code));
  const { kept, unused } = applySuppressions(findings, suppressions);
  const ran = new Set((options.rules ?? ALL_RULES).filter((r) => setting(r.id) !== 'off').map((r) => r.id));
  const meta: Diagnostic[] = [
    ...problems.map(({ plain, ...problem }) => ({ ...problem, message: config.voice === 'plain' ? plain : problem.message, severity: 'warning' as const })),
    ...unused
      .filter(({ ruleId }) => ran.has(ruleId))
      .map(({ suppression, ruleId }) => ({
        range: suppression.comment.range,
        code: 'unused-suppression',
        severity: 'warning' as const,
        message:
          config.voice === 'plain'
            ? `Nothing here needs skipping any more; you can ${suppression.ruleIds.length === 1 ? 'delete this note' : `take '${ruleId}' out of this note`}.`
            : suppression.ruleIds.length === 1
              ? `Nothing here needs '${ruleId}' set aside any more; delete this goalpost-ignore comment.`
              : `Nothing here needs '${ruleId}' set aside any more; remove it from this goalpost-ignore comment.`,
      })),
  ].flatMap((d) => {
    const configured = setting(d.code);
    return configured === 'off' ? [] : [{ ...d, severity: configured ?? d.severity }];
  });
  const { shown, held } = settle(kept, config.budget);
  return { shown: [...shown.map(plainDiagnostic), ...meta].sort(byPosition), held: held.map(plainDiagnostic).sort(byPosition) };
}

/** A settled finding without the engine's bookkeeping, as callers see it. */
function plainDiagnostic({ goal: _goal, facet: _facet, ...diagnostic }: Checked): Diagnostic {
  return diagnostic;
}

/**
 * The findings of entry rules, entry by entry, from what was kept where an entry and the one above
 * it are unchanged (with `kept`). A rule that throws is left out here, and reported by `runRule` as a bug.
 */
function entryFindings(rules: readonly Rule[], context: RuleContext, kept?: WeakMap<Entry, EntryResult>): Map<Rule, Finding[]> {
  const out = rules.map((): Finding[] | undefined => []);
  const journal = context.plan.journal;
  // The rules that look at each kind of entry, by their place in `rules`.
  const byKind = new Map<Entry['kind'], number[]>();
  const rulesFor = (kind: Entry['kind']) => {
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = rules.flatMap((rule, r) => (!rule.kinds || rule.kinds.has(kind) ? [r] : []))));
    return list;
  };
  for (let index = 0; index < journal.length; index += 1) {
    const entry = journal[index]!;
    const above = journal[index - 1];
    let result = kept?.get(entry);
    if (!result || result.above !== above) {
      result = { above, found: checkEntry(rules, rulesFor(entry.kind), entry, context, above, out) };
      if (kept && out.every(Boolean)) kept.set(entry, result);
    }
    const { found } = result;
    if (found === undefined) continue;
    for (let r = 0; r < found.length; r += 1) if (found[r]!.length > 0) out[r]?.push(...found[r]!);
  }
  return new Map(rules.flatMap((rule, r) => (out[r] ? [[rule, out[r]!] as const] : [])));
}

/**
 * What each entry rule finds about one entry (rule by rule, in the order of `rules`), or undefined
 * for nothing; only the rules at `applying` look. A rule that throws is marked in `out`.
 */
function checkEntry(
  rules: readonly Rule[],
  applying: readonly number[],
  entry: Entry,
  context: RuleContext,
  above: Entry | undefined,
  out: (Finding[] | undefined)[],
): Finding[][] | undefined {
  let found: Finding[][] | undefined;
  for (const r of applying) {
    if (!out[r]) continue;
    try {
      const findings = [...rules[r]!.checkEntry!(entry, context, above)];
      if (findings.length === 0) continue;
      found ??= rules.map(() => []);
      found[r] = findings;
    } catch {
      out[r] = undefined;
    }
  }
  return found;
}

/** A group rule's findings, group by group, from what was kept where a group's entries are the same. */
function groupFindings(rule: Rule, context: RuleContext, memo: EntryMemo, inputs: string): Finding[] {
  const before = memo.groupsFor(inputs, rule.id);
  const now = new Map<string, GroupResult>();
  const out: Finding[] = [];
  for (const [key, entries] of groupsOf(context.plan.journal, rule.groupOf!)) {
    const kept = before.get(key);
    let same = kept !== undefined && kept.entries.length === entries.length;
    for (let i = 0; same && i < entries.length; i += 1) same = kept!.entries[i] === entries[i];
    const result = same && kept ? kept : { entries, found: [...rule.checkGroup!(entries, context)] };
    now.set(key, result);
    out.push(...result.found);
  }
  memo.keepGroups(rule.id, now);
  return out;
}

/** Runs one rule; a rule that throws is a bug, reported as a finding rather than crashing the caller. */
function runRule(rule: Rule, context: RuleContext, check: () => Iterable<Finding> = () => rule.check(context)): Finding[] {
  try {
    return [...check()];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: `Goalpost could not run the check '${rule.id}' on this plan (${reason}). This is a bug in Goalpost, not in the plan.`,
        severity: 'warning' as const,
      },
    ];
  }
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
