/**
 * The data of a session-ready report on one plan: header, the plan's errors, each goal's nine
 * template fields with its findings, progress, milestones, GAS levels, revisions and journal, the
 * tracked measures week by week, and the plan's T-score over time, as plain values. The CLI renders
 * it as Markdown or HTML and the extension as its chart page; nothing here knows about either.
 */
import type { Diagnostic, GoalKind, GoalTerm, SetBy } from '../model';
import type { GoalStatus } from '../queries';
import { gasTimeline, type GasExclusion, type TScore } from '../clinical/gas';
import { formatInterval } from '../values/interval';
import type { DocumentContext } from './context';
import { findingsByGoal, type ReportCheck } from './report-findings';
import { goalReport } from './report-goal';
import { planJournal } from './report-journal';
import { trackedMeasures, type ReportMeasure } from './report-measures';

export type { ReportCheck } from './report-findings';
export type { ReportMeasure, ReportWeek } from './report-measures';

/** A value as written in the plan, with the one number a chart draws for it (the middle of a range). */
export interface ReportValue {
  readonly text: string;
  /** The number as written, without its unit (`1-2`, `6/10`), when the value is a measurement. */
  readonly amount?: string;
  readonly value?: number;
  readonly date?: string;
  /** The note written after ` -- ` on the field, such as where a baseline came from. */
  readonly note?: string;
}

/** A milestone after revisions, and whether the journal has reached it. */
export interface ReportMilestone extends ReportValue {
  /** The date the journal first reached it. */
  readonly reachedOn?: string;
  /** True for a count of days free (`30 days alcohol-free`), which is charted with the day count, not the measurements. */
  readonly dayCount: boolean;
  /** The date of the revision that set it, when it was revised. */
  readonly revisedOn?: string;
  /** True when it is a number in the goal's own unit, so the measurements chart can draw it. */
  readonly inUnit: boolean;
  /** True when its date is before the report's day and the journal has not reached it. */
  readonly passed?: boolean;
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
  /** False for a level off the scale from -2 to +2, which the T-score leaves out. */
  readonly valid: boolean;
}

/** A measured point for the chart. */
export interface ReportPoint {
  readonly date: string;
  readonly value: number;
  readonly text: string;
  /** The number as written, without its unit. */
  readonly amount: string;
}

/** A dated line of the journal, as the report lists it beside its goal or for the plan. */
export interface ReportMoment {
  readonly date: string;
  readonly kind: 'progress' | 'review' | 'win' | 'setback' | 'lapse' | 'note' | 'achieved' | 'paused' | 'dropped' | 'resumed';
  /** What happened, in a few words: `Win`, `Reviewed`, `Reviewed at GAS 0`, `Measured 3 drinks/week`. */
  readonly label: string;
  /** The client's or clinician's own words on that line, when it has any. */
  readonly text?: string;
}

/** A revision of one field of a goal, with the reason its note gives. */
export interface ReportRevision {
  readonly date: string;
  /** The field's key, such as `target` or `milestone 2026-11-13`. */
  readonly field: string;
  readonly value: string;
  readonly reason?: string;
}

/** One run of days free. */
export interface ReportRun {
  readonly from: string;
  /** The lapse that ended the run, or `until` for the run still going. */
  readonly to: string;
  readonly days: number;
  /** True for the run still going. */
  readonly current: boolean;
}

/** An abstinence goal's count of days free, with the runs between lapses for its own chart. */
export interface ReportDayCount {
  /** `31 of 90 days since the restart on 2026-10-25`. */
  readonly text: string;
  readonly days: number;
  readonly goalDays?: number;
  /** The day the count started from: the goal's start, or the day after the last lapse. */
  readonly since: string;
  readonly from: 'start' | 'restart';
  /**
   * The runs of days free, from the goal's start to `until`: each from its first day to the day of
   * the lapse that ended it (not a day free), the last one still going on `until`.
   */
  readonly runs: readonly ReportRun[];
  /** The day the count is taken on: today, or the day the goal was achieved or dropped. */
  readonly until: string;
  readonly lapses: number;
}

/** One step of the goal's action plan. */
export interface ReportStep {
  readonly text: string;
  readonly done: boolean;
  readonly note?: string;
}

/** Everything the report shows about one goal. */
export interface GoalReport {
  readonly id: string;
  readonly statement: string;
  readonly category?: string;
  readonly kind?: GoalKind;
  readonly term?: GoalTerm;
  readonly status: GoalStatus;
  /** The date of the entry that set a status other than active. */
  readonly statusDate?: string;
  /** `active, 2026-09-21 to 2026-12-18`, `achieved on 2026-11-09`, `paused since 2026-10-27`. */
  readonly statusText: string;
  readonly start?: string;
  readonly due?: string;
  /** The note on the goal line. */
  readonly note?: string;
  /** The value connection (template field 2), after revisions. */
  readonly value?: string;
  /** How progress is measured (part of template field 4). */
  readonly measure: readonly string[];
  readonly steps: readonly ReportStep[];
  readonly obstacles: readonly string[];
  readonly supports: readonly string[];
  /** `on 2026-09-14 by Dan and Ruth`: when and by whom the goal was agreed. */
  readonly agreed?: string;
  /** Whose goal it is: the client's own, the clinician's, or set together. */
  readonly setBy?: SetBy;
  /** The SMART and challenge findings about the goal; empty when it meets the checks. */
  readonly checks: readonly ReportCheck[];
  /** Every other finding about the goal (its fields and its journal lines): any finding takes away the "meets the checks" badge. */
  readonly otherFindings: readonly ReportCheck[];
  readonly baseline?: ReportValue;
  readonly latest?: ReportValue;
  readonly target?: ReportValue;
  /** The unit the chart's numbers are in, or the empty string. */
  readonly unit: string;
  /** The goal's story in one line: status, progress or day count, and GAS level with its meaning. */
  readonly progress: string;
  readonly review: string;
  readonly gas?: string;
  readonly milestones: readonly ReportMilestone[];
  readonly levels: readonly ReportLevel[];
  /** The goal's GAS scale, from -2 up, with what each level means for this goal; empty without a scale. */
  readonly scale: readonly { readonly level: string; readonly value: number; readonly text: string }[];
  /** The progress measurements in the chart's unit, in date order; a goal with none gets no chart. */
  readonly measurements: readonly ReportPoint[];
  /** For an abstinence goal, its count of days free. */
  readonly dayCount?: ReportDayCount;
  readonly revisions: readonly ReportRevision[];
  /** The spans the goal was paused (or dropped before it resumed), from the status entry to the next `resumed`, or to today. */
  readonly paused: readonly { readonly from: string; readonly to: string }[];
  /** The journal about this goal, in date order: reviews, wins, setbacks, lapses, notes, status changes, progress with notes. */
  readonly timeline: readonly ReportMoment[];
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
  /** The GAS goals left out of this score, and why (a level off the scale, dropped, not started yet). */
  readonly notCounted: readonly { readonly goal: string; readonly reason: string }[];
  /** False when this score counts other goals (or weights) than the baseline does, so the numbers are not like for like. */
  readonly comparable: boolean;
}

/** A format error of the plan, which `goalpost check` reports too. */
export interface ReportError {
  /** The 1-based line. */
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

/** The whole report. */
export interface ReportData {
  readonly title: string;
  readonly client?: string;
  readonly clinician?: string;
  readonly start?: string;
  readonly review?: string;
  readonly today: string;
  /** The errors among the analysis' findings: lines that could not be read, or facts that cannot be true. */
  readonly errors: readonly ReportError[];
  readonly goals: readonly GoalReport[];
  /** SMART and challenge findings about the plan as a whole (such as too many active goals). */
  readonly planChecks: readonly ReportCheck[];
  /** The journal about the plan as a whole: wins, setbacks, lapses and notes that name no goal. */
  readonly journal: readonly ReportMoment[];
  /** The tracked daily measures (`track mood: 1-10`), week by week. */
  readonly measures: readonly ReportMeasure[];
  readonly gasGoals: readonly string[];
  readonly rho: number;
  readonly scores: readonly ReportScore[];
}

/** Builds the report of a plan as it stands on `today`, from the document and the diagnostics of its analysis. */
export function reportData({ snapshot: { plan }, today, config }: DocumentContext, diagnostics: readonly Diagnostic[]): ReportData {
  const findings = findingsByGoal(plan, diagnostics);
  const timeline = gasTimeline(plan, today, config);
  const score = (s: TScore) => (s.kind === 'score' ? { tScore: s.value } : { reason: s.reason });
  const left = (out: readonly GasExclusion[]) => out.map((e) => ({ goal: e.goal, reason: e.reason }));
  const { header } = plan;
  return {
    title: header.title?.text ?? 'Untitled plan',
    ...(header.client && { client: header.client.text }),
    ...(header.clinician && { clinician: header.clinician.text }),
    ...(header.start && { start: header.start.iso }),
    ...(header.review && { review: formatInterval(header.review) }),
    today,
    errors: diagnostics
      .filter((d) => d.severity === 'error')
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
      .map((d) => ({ line: d.range.start.line + 1, code: d.code, message: d.message })),
    goals: plan.goals.map((goal) => goalReport(plan, goal, today, config, findings.of(goal))),
    planChecks: findings.plan,
    journal: planJournal(plan, today),
    measures: trackedMeasures(plan, today),
    gasGoals: timeline.goals,
    rho: timeline.rho,
    scores: [
      {
        label: 'baseline',
        ...(timeline.baseline.date && { date: timeline.baseline.date }),
        ...score(timeline.baseline.score),
        notCounted: left(timeline.baseline.notCounted),
        comparable: timeline.baseline.notCounted.length === 0,
      },
      ...timeline.reviews.map((r) => ({
        label: r.date,
        date: r.date,
        ...score(r.score),
        ...(r.change !== undefined && { change: r.change }),
        notCounted: left(r.notCounted),
        comparable: r.notCounted.length === 0 && r.sameGoalsAsBaseline,
      })),
    ],
  };
}
