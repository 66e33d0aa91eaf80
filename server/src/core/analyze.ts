/**
 * Checking a plan: parse it, run every enabled rule, apply severities from the settings and the
 * plan's own suppression comments. The CLI and the language server both call `analyze`.
 */
import { DEFAULT_CONFIG, type Config } from './config';
import type { Diagnostic, ParseResult, Plan } from './model';
import { parseInSteps, runToEnd } from './parse';
import { ALL_RULES, RULE_INFO } from './rules/index';
import type { Finding, Rule, RuleContext } from './rules/rule';
import { settle, type Checked } from './rules/overlaps';
import { applySuppressions, readSuppressions } from './rules/suppressions';
import { SYNTAX_CODES } from './build/diagnostics';

export interface AnalyzeOptions {
  /** The date to check against, `YYYY-MM-DD`: the caller's local date, or a fixed one in tests. */
  readonly today: string;
  readonly config?: Config;
  /** The rules to run; every rule by default. Tests of one rule pass just that rule. */
  readonly rules?: readonly Rule[];
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

/** Parses and checks a document. */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  return runToEnd(analyzeInSteps(text, options));
}

/**
 * Parses and checks a document, pausing between slices of lines and between rules, for callers
 * that must stay responsive on a large journal (the language server) or drop stale work.
 */
export function* analyzeInSteps(text: string, options: AnalyzeOptions): Generator<void, Analysis> {
  const parsed = yield* parseInSteps(text);
  return yield* checkInSteps(parsed, options);
}

/**
 * Checks what `parseInSteps` read, in steps: the second half of `analyzeInSteps`, for callers that
 * put the parsed plan to use (hover, completion) before the rules have run.
 */
export function* checkInSteps(parsed: ParseResult, options: AnalyzeOptions): Generator<void, Analysis> {
  const { shown, held } = yield* checkPlanInSteps(parsed.plan, options);
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

function* checkPlanInSteps(plan: Plan, options: AnalyzeOptions): Generator<void, Findings> {
  const config = options.config ?? DEFAULT_CONFIG;
  const context: RuleContext = { plan, config, today: options.today };
  const setting = (id: string) => config.rules[id];
  const findings: Checked[] = [];
  for (const rule of options.rules ?? ALL_RULES) {
    const configured = setting(rule.id);
    if (configured === 'off') continue;
    for (const finding of runRule(rule, context)) {
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

/** Runs one rule; a rule that throws is a bug, reported as a finding rather than crashing the caller. */
function runRule(rule: Rule, context: RuleContext) {
  try {
    return [...rule.check(context)];
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
