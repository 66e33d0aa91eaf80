/**
 * The Goal Attainment Scaling T-score (Kiresuk & Sherman 1968): one number for where a plan's goals
 * stand on their GAS scales, at the baseline and at each review date, and how far it has moved.
 *
 * T = 50 + 10·Σ(wᵢxᵢ) / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), with xᵢ a goal's level (-2..+2), wᵢ its weight and
 * ρ the expected correlation between goals. Every result is a finite number or says why there is none.
 */
import { DEFAULT_CONFIG, type Config } from '../config';
import { hasLevel, type Entry, type Goal, type Plan } from '../model';
import { effectiveField, entriesOf, goalStart, goalStatus, latestLevelReview, levelReviewsOf } from '../queries';

/** The level a goal is taken to start at when it has no `start level`: the usual GAS baseline. */
export const ASSUMED_START_LEVEL = -1;

/** The levels a GAS scale has; a level outside them cannot be scored. */
const LOWEST_LEVEL = -2;
const HIGHEST_LEVEL = 2;

/** A goal's level with the weight it carries in the plan's score. */
export interface WeightedLevel {
  readonly level: number;
  readonly weight: number;
}

/** A T-score, or the reason there is none. */
export type TScore = { readonly kind: 'score'; readonly value: number } | { readonly kind: 'undefined'; readonly reason: string };

/** Where a goal's level at a date comes from: a review, its `start level`, or the assumed -1. */
export type LevelSource = 'review' | 'start-level' | 'assumed';

/** A goal that counts in the score at a date, with its level and weight there. */
export interface GasStanding {
  readonly kind: 'counted';
  readonly goal: string;
  readonly level: number;
  readonly weight: number;
  readonly source: LevelSource;
  /** The date of the review the level comes from, when it comes from one. */
  readonly reviewedOn?: string;
}

/** A GAS goal that does not count at a date, and why. */
export interface GasExclusion {
  readonly kind: 'not-counted';
  readonly goal: string;
  readonly reason: string;
}

/** The plan's score at its baseline: every GAS goal at its start level. */
export interface GasBaseline {
  /** The plan's `start`, when it has one. */
  readonly date?: string;
  readonly counted: readonly GasStanding[];
  readonly notCounted: readonly GasExclusion[];
  readonly score: TScore;
}

/** The plan's score on a review date, and its change from the baseline of the same goals. */
export interface GasReviewPoint {
  readonly date: string;
  readonly counted: readonly GasStanding[];
  readonly notCounted: readonly GasExclusion[];
  readonly score: TScore;
  /** The T-score of the goals counted on this date, each at its start level with today's weight. */
  readonly baselineScore: TScore;
  /** `score − baselineScore`; undefined when either is undefined. */
  readonly change?: number;
  /** True when the goals and weights counted here are exactly those of the plan's baseline row. */
  readonly sameGoalsAsBaseline: boolean;
}

/** The plan's GAS scores from the baseline through every review date up to `today`. */
export interface GasTimeline {
  readonly rho: number;
  /** The GAS goals, in plan order: goals with a scale, a start level or a review. */
  readonly goals: readonly string[];
  readonly baseline: GasBaseline;
  readonly reviews: readonly GasReviewPoint[];
}

const noScore = (reason: string): TScore => ({ kind: 'undefined', reason });

/**
 * The T-score of a set of weighted levels. Undefined, with a reason, when there are no levels, when
 * every weight is 0, or when ρ is outside [0, 1); never NaN or Infinity.
 */
export function gasTScore(levels: readonly WeightedLevel[], rho: number = DEFAULT_CONFIG.gasRho): TScore {
  if (levels.length === 0) return noScore('no goals with a GAS level');
  if (!(rho >= 0 && rho < 1)) return noScore(`rho must be from 0 up to (not including) 1, not ${rho}`);
  if (levels.some((l) => !Number.isFinite(l.level) || !Number.isFinite(l.weight))) return noScore('a level or weight is not a number');
  let weighted = 0;
  let sum = 0;
  let squares = 0;
  for (const { level, weight } of levels) {
    weighted += weight * level;
    sum += weight;
    squares += weight * weight;
  }
  // Σw² is 0 only when every weight is 0; otherwise the variance term below is positive for ρ in [0, 1).
  if (squares === 0) return noScore('every goal counted has weight 0');
  const value = 50 + (10 * weighted) / Math.sqrt((1 - rho) * squares + rho * sum * sum);
  return Number.isFinite(value) ? { kind: 'score', value } : noScore('the weights are too large to score');
}

/** True when a goal is scored with GAS by `today`: it has a scale, a start level or a review with a level. */
export function isGasGoal(plan: Plan, goal: Goal, today: string): boolean {
  return (goal.scale?.length ?? 0) > 0 || startLevelOf(plan, goal, today) !== undefined || levelReviewsOf(plan, goal.id, today).length > 0;
}

/** A goal's `start level` after revisions up to `asOf`, or undefined when it has none. */
export function startLevelOf(plan: Plan, goal: Goal, asOf?: string): number | undefined {
  const value = effectiveField(plan, goal, 'start level', asOf)?.value;
  return value?.type === 'level' ? value.level : undefined;
}

/** A goal's weight on a date (after revisions up to it), or as written when `asOf` is undefined; 1 by default. */
export function weightOf(plan: Plan, goal: Goal, asOf?: string): number {
  const value = (asOf === undefined ? goal.fields.find((f) => f.key.name === 'weight' && f.value) : effectiveField(plan, goal, 'weight', asOf))?.value;
  return value?.type === 'weight' ? value.weight.value : 1;
}

/**
 * Whether and how a goal counts in the score on `date`: its latest review on or before the date,
 * else its start level, else -1. Goals not started yet and dropped goals do not count; achieved and
 * paused goals keep counting at their last level, since what they reached is still true.
 */
export function gasStandingOn(plan: Plan, goal: Goal, date: string, today: string = date): GasStanding | GasExclusion {
  const notCounted = (reason: string): GasExclusion => ({ kind: 'not-counted', goal: goal.id, reason });
  const start = goalStart(plan, goal)?.iso;
  if (goal.start && start && start > date) return notCounted(`starts on ${start}`);
  if (goalStatus(plan, goal.id, date) === 'dropped') return notCounted(`dropped on ${lastStatusChange(plan, goal, date)?.date.iso ?? date}`);
  const weight = weightOf(plan, goal, date);
  const review = latestLevelReview(plan, goal.id, date);
  const startLevel = startLevelOf(plan, goal, today);
  const standing: GasStanding = review
    ? { kind: 'counted', goal: goal.id, level: review.level, weight, source: 'review', reviewedOn: review.date.iso }
    : { kind: 'counted', goal: goal.id, level: startLevel ?? ASSUMED_START_LEVEL, weight, source: startLevel === undefined ? 'assumed' : 'start-level' };
  return checkStanding(standing) ?? standing;
}

/** The plan's baseline: every GAS goal at its start level (or -1), with its weight as written. */
export function gasBaseline(plan: Plan, today: string, config: Config = DEFAULT_CONFIG): GasBaseline {
  const counted: GasStanding[] = [];
  const notCounted: GasExclusion[] = [];
  for (const goal of plan.goals.filter((g) => isGasGoal(plan, g, today))) {
    const startLevel = startLevelOf(plan, goal, today);
    const standing: GasStanding = {
      kind: 'counted',
      goal: goal.id,
      level: startLevel ?? ASSUMED_START_LEVEL,
      weight: weightOf(plan, goal),
      source: startLevel === undefined ? 'assumed' : 'start-level',
    };
    const problem = checkStanding(standing);
    if (problem) notCounted.push(problem);
    else counted.push(standing);
  }
  return { ...(plan.header.start && { date: plan.header.start.iso }), counted, notCounted, score: gasTScore(counted, config.gasRho) };
}

/** The dates, up to `today`, with at least one review that gives a GAS level to a goal in the plan, in order. */
export function gasReviewDates(plan: Plan, today: string): string[] {
  const ids = new Set(plan.goals.map((g) => g.id));
  const dates = plan.journal.filter((e) => e.kind === 'review' && hasLevel(e) && ids.has(e.goal.text) && e.date.iso <= today).map((e) => e.date.iso);
  return [...new Set(dates)].sort();
}

/** The plan's T-score at its baseline and on every review date up to `today`, with the change from baseline. */
export function gasTimeline(plan: Plan, today: string, config: Config = DEFAULT_CONFIG): GasTimeline {
  const goals = plan.goals.filter((g) => isGasGoal(plan, g, today));
  const baseline = gasBaseline(plan, today, config);
  const reviews = gasReviewDates(plan, today).map((date): GasReviewPoint => {
    const standings = goals.map((goal) => gasStandingOn(plan, goal, date, today));
    const counted = standings.filter((s): s is GasStanding => s.kind === 'counted');
    const notCounted = standings.filter((s): s is GasExclusion => s.kind === 'not-counted');
    const score = gasTScore(counted, config.gasRho);
    // The change compares like with like: the goals counted today, each at its own start level.
    const starts = counted.map((s) => ({ goal: s.goal, start: baseline.counted.find((b) => b.goal === s.goal), weight: s.weight }));
    const unscored = starts.find((s) => !s.start);
    const baselineScore = unscored
      ? noScore(`${unscored.goal} has no start level on the scale from -2 to +2`)
      : gasTScore(starts.map((s) => ({ level: s.start!.level, weight: s.weight })), config.gasRho);
    const change = score.kind === 'score' && baselineScore.kind === 'score' ? score.value - baselineScore.value : undefined;
    const sameGoalsAsBaseline =
      counted.length === baseline.counted.length && counted.every((s, i) => s.goal === baseline.counted[i]?.goal && s.weight === baseline.counted[i]?.weight);
    return { date, counted, notCounted, score, baselineScore, ...(change !== undefined && { change }), sameGoalsAsBaseline };
  });
  return { rho: config.gasRho, goals: goals.map((g) => g.id), baseline, reviews };
}

/** Why a standing cannot be scored (a level off the scale, a negative weight), or undefined when it can. */
function checkStanding(standing: GasStanding): GasExclusion | undefined {
  const { goal, level, weight, source } = standing;
  const where = source === 'review' ? `its review on ${standing.reviewedOn} gives` : 'it starts at';
  if (!Number.isInteger(level) || level < LOWEST_LEVEL || level > HIGHEST_LEVEL) {
    return { kind: 'not-counted', goal, reason: `${where} level ${level}, which is not on the scale from -2 to +2` };
  }
  if (!Number.isFinite(weight) || weight < 0) return { kind: 'not-counted', goal, reason: `its weight, ${weight}, is below 0` };
  return undefined;
}

function lastStatusChange(plan: Plan, goal: Goal, asOf: string): Entry | undefined {
  return entriesOf(plan, goal.id, asOf)
    .filter((e) => e.kind === 'achieved' || e.kind === 'paused' || e.kind === 'dropped' || e.kind === 'resumed')
    .at(-1);
}
