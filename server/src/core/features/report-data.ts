/**
 * The data of a session-ready report on one plan: header, each goal's SMART status, progress,
 * milestones, GAS levels and measurements, and the plan's T-score over time, as plain values.
 * The CLI renders it as Markdown or HTML; nothing here knows about either.
 */
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import type { Diagnostic, Goal, Measurement, Plan, Quantity } from '../model';
import { effectiveDue, effectiveField, effectiveStatement, effectiveTarget, goalStart, goalStatus, levelReviewsOf, progressOf, type GoalStatus } from '../queries';
import { gasTimeline, startLevelOf, type TScore } from '../clinical/gas';
import { goalProgress } from '../clinical/progress';
import { RULE_INFO } from '../rules/index';
import { formatLevel } from '../rules/gas/levels';
import { formatInterval } from '../values/interval';
import { normalizeUnit } from '../values/measurement';
import { formatNumber, gasSummary, progressSummary, reviewSummary } from './summaries';

/** A value as written in the plan, with the one number a chart draws for it (the middle of a range). */
export interface ReportValue {
  readonly text: string;
  /** The number as written, without its unit (`1-2`, `6/10`), when the value is a measurement. */
  readonly amount?: string;
  readonly value?: number;
  readonly date?: string;
}

/** A finding of a SMART or challenge rule about a goal, in the words the rule uses for people. */
export interface ReportCheck {
  readonly rule: string;
  readonly summary: string;
  readonly message: string;
}

/** A goal's level on its GAS scale on a date, with what that level means for this goal. */
export interface ReportLevel {
  readonly date: string;
  /** `+1`, `0`, `-2`: as the format writes levels. */
  readonly level: string;
  readonly value: number;
  readonly meaning?: string;
  /** Where the level comes from: the goal's `start level`, or a review. */
  readonly source: 'start level' | 'review';
}

/** A measured point for the chart. */
export interface ReportPoint {
  readonly date: string;
  readonly value: number;
  readonly text: string;
  /** The number as written, without its unit. */
  readonly amount: string;
}

/** Everything the report shows about one goal. */
export interface GoalReport {
  readonly id: string;
  readonly statement: string;
  readonly category?: string;
  readonly status: GoalStatus;
  readonly start?: string;
  readonly due?: string;
  /** The SMART and challenge findings about the goal; empty when it meets the checks. */
  readonly checks: readonly ReportCheck[];
  readonly baseline?: ReportValue;
  readonly latest?: ReportValue;
  readonly target?: ReportValue;
  /** The unit the chart's numbers are in, or the empty string. */
  readonly unit: string;
  /** `3 → 1 → 1 attacks/week · 100% of the way · target reached`, or why there is no such line. */
  readonly progress: string;
  readonly review: string;
  readonly gas?: string;
  readonly milestones: readonly ReportValue[];
  readonly levels: readonly ReportLevel[];
  /** The goal's GAS scale, from -2 up, with what each level means for this goal; empty without a scale. */
  readonly scale: readonly { readonly level: string; readonly value: number; readonly text: string }[];
  /** The progress measurements in the chart's unit, in date order; a goal with none gets no chart. */
  readonly measurements: readonly ReportPoint[];
}

/** The plan's T-score on one date. */
export interface ReportScore {
  /** `baseline` or a review date. */
  readonly label: string;
  readonly date?: string;
  readonly tScore?: number;
  /** Why there is no T-score, when there is none. */
  readonly reason?: string;
  /** The change from the baseline of the same goals. */
  readonly change?: number;
}

/** The whole report. */
export interface ReportData {
  readonly title: string;
  readonly client?: string;
  readonly clinician?: string;
  readonly start?: string;
  readonly review?: string;
  readonly today: string;
  readonly goals: readonly GoalReport[];
  /** SMART and challenge findings about the plan as a whole (such as too many active goals). */
  readonly planChecks: readonly ReportCheck[];
  readonly gasGoals: readonly string[];
  readonly rho: number;
  readonly scores: readonly ReportScore[];
}

/** The groups whose findings make up a goal's SMART status. */
const SMART_GROUPS = new Set(['smart', 'challenge']);

/** Builds the report of a plan as it stands on `today`, from the plan and the diagnostics of its analysis. */
export function reportData(plan: Plan, diagnostics: readonly Diagnostic[], today: string, config: Config = DEFAULT_CONFIG): ReportData {
  const checks = smartChecks(diagnostics);
  const inGoal = (goal: Goal, d: Diagnostic) => d.range.start.line >= goal.range.start.line && d.range.start.line <= goal.range.end.line;
  const timeline = gasTimeline(plan, today, config);
  const score = (s: TScore) => (s.kind === 'score' ? { tScore: s.value } : { reason: s.reason });
  const { header } = plan;
  return {
    title: header.title?.text ?? 'Untitled plan',
    ...(header.client && { client: header.client.text }),
    ...(header.clinician && { clinician: header.clinician.text }),
    ...(header.start && { start: header.start.iso }),
    ...(header.review && { review: formatInterval(header.review) }),
    today,
    goals: plan.goals.map((goal) =>
      goalReport(
        plan,
        goal,
        today,
        config,
        checks.filter(({ diagnostic }) => inGoal(goal, diagnostic)).map(({ check }) => check),
      ),
    ),
    planChecks: checks.filter(({ diagnostic }) => !plan.goals.some((g) => inGoal(g, diagnostic))).map(({ check }) => check),
    gasGoals: timeline.goals,
    rho: timeline.rho,
    scores: [
      { label: 'baseline', ...(timeline.baseline.date && { date: timeline.baseline.date }), ...score(timeline.baseline.score) },
      ...timeline.reviews.map((r) => ({ label: r.date, date: r.date, ...score(r.score), ...(r.change !== undefined && { change: r.change }) })),
    ],
  };
}

function smartChecks(diagnostics: readonly Diagnostic[]): { diagnostic: Diagnostic; check: ReportCheck }[] {
  return diagnostics.flatMap((diagnostic) => {
    const info = RULE_INFO.find((r) => r.id === diagnostic.code);
    if (!info || !SMART_GROUPS.has(info.group)) return [];
    return [{ diagnostic, check: { rule: info.id, summary: info.summary, message: diagnostic.message } }];
  });
}

function goalReport(plan: Plan, goal: Goal, today: string, config: Config, checks: readonly ReportCheck[]): GoalReport {
  const baselineField = effectiveField(plan, goal, 'baseline', today)?.value;
  const baseline = baselineField?.type === 'quantity' ? baselineField.quantity : undefined;
  const target = effectiveTarget(plan, goal, today);
  const unit = [baseline, target].find((q) => q?.measurement?.unit)?.measurement?.unit ?? '';
  const sameUnit = (m: Measurement) => m.unit === '' || unit === '' || normalizeUnit(m.unit) === normalizeUnit(unit);
  const measurements = progressOf(plan, goal.id, today).flatMap((entry) => {
    const m = entry.quantity.measurement;
    return m && sameUnit(m) ? [{ date: entry.date.iso, value: middle(m), text: measurementText(m), amount: amountText(m) }] : [];
  });
  const latestEntry = progressOf(plan, goal.id, today).at(-1);
  const start = goalStart(plan, goal)?.iso;
  const due = effectiveDue(plan, goal, today)?.iso;
  const gas = gasSummary(plan, goal, today);
  const progress = goalProgress(plan, goal, today);
  return {
    id: goal.id,
    statement: effectiveStatement(plan, goal, today).text,
    ...(goal.category && { category: goal.category.text }),
    status: goalStatus(plan, goal.id, today),
    ...(start && { start }),
    ...(due && { due }),
    checks,
    ...(baseline && { baseline: reportValue(baseline) }),
    ...(latestEntry && { latest: reportValue(latestEntry.quantity, latestEntry.date.iso) }),
    ...(target && { target: reportValue(target) }),
    unit,
    progress: progress.kind === 'measured' ? progressSummary(plan, goal, today) : progress.reason,
    review: reviewSummary(plan, goal, today, config),
    ...(gas && { gas }),
    milestones: goal.milestones.map((m) => reportValue(m.quantity, m.date.iso)),
    levels: levelHistory(plan, goal, today),
    scale: [...(goal.scale ?? [])].sort((a, b) => a.level - b.level).map((l) => ({ level: formatLevel(l.level), value: l.level, text: l.text.text })),
    measurements,
  };
}

/** The goal's start level (dated at its start) and every review up to today. */
function levelHistory(plan: Plan, goal: Goal, today: string): ReportLevel[] {
  const meaning = (level: number) => goal.scale?.find((l) => l.level === level)?.text.text;
  const level = (value: number, date: string, source: ReportLevel['source']): ReportLevel => {
    const text = meaning(value);
    return { date, level: formatLevel(value), value, ...(text && { meaning: text }), source };
  };
  const startLevel = startLevelOf(plan, goal, today);
  const start = goalStart(plan, goal)?.iso;
  return [
    ...(startLevel !== undefined ? [level(startLevel, start ?? '', 'start level')] : []),
    ...levelReviewsOf(plan, goal.id, today).map((r) => level(r.level, r.date.iso, 'review')),
  ];
}

function reportValue(quantity: Quantity, date = quantity.date?.iso): ReportValue {
  const m = quantity.measurement;
  // A baseline written `3 attacks/week on 2026-09-14` shows without its date, which has its own place.
  const text = m ? measurementText(m) : quantity.text.text;
  return { text, ...(m && { value: middle(m), amount: amountText(m) }), ...(date && { date }) };
}

function measurementText(m: Measurement): string {
  return `${amountText(m)}${m.unit ? ` ${m.unit}` : ''}`;
}

function amountText(m: Measurement): string {
  const range = m.upper === undefined ? formatNumber(m.value) : `${formatNumber(m.value)}-${formatNumber(m.upper)}`;
  return `${range}${m.outOf === undefined ? '' : `/${formatNumber(m.outOf)}`}`;
}

/** A measurement as one number: the middle of a range such as `1-2 attacks/week`. */
function middle(m: Measurement): number {
  return m.upper === undefined ? m.value : (m.value + m.upper) / 2;
}
