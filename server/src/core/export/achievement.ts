/**
 * A goal's FHIR `achievementStatus` (code system http://terminology.hl7.org/CodeSystem/goal-achievement).
 *
 * For a goal with GAS levels this is the HL7 Person-Centered Outcomes (PCO) IG's reading, STU 1 (HL7/pco-ig,
 * input/pagecontent/StructureDefinition-pco-gas-goal-profile-intro.md and user_stories.md, "Follow-up on PCO Goal
 * Using GAS"): "to achieve a goal, the patient must have achieved their Realistic Goal (0) or better [+1 or +2] by
 * their follow-up visit"; below 0 at the follow-up is the IG's "Did Not Achieve Goal by Follow-up" scenario, after
 * which the goal may be kept and followed up again. So, from the latest review with a level on the -2..+2 scale:
 * - 0 or better is `achieved`; 0 or better at two reviews in a row is `sustaining` (the code system: "met, but
 *   ongoing activity is needed to sustain the goal objective");
 * - below 0 at a review on or after the due date (the follow-up the goal was set for) is `not-achieved`;
 * - below 0 before then is on the way: `improving`, `worsening` or `no-change` against the review before (or the
 *   start level, -1 when none is given), the children of `in-progress` in the code system.
 * An abstinence goal with a lapse after its latest review is `in-progress` whatever the level said: the code
 * system defines in-progress to cover "reached in the past but there has been regression and the goal is again
 * being sought".
 *
 * Without GAS levels the reading follows progress, as the report does: the target reached is `achieved` (twice in
 * a row, `sustaining`), otherwise the trend of the latest measurement against the one before (or the baseline).
 * An abstinence goal is read by its count of days free, never by one measurement of 0 alone: after a lapse it is
 * `in-progress` until the run of days the goal names ("90 days") is complete again.
 *
 * Whatever the reading, a goal the journal marks achieved is `achieved`, and a dropped goal that was on its way
 * is `not-achieved` (it is no longer being sought).
 */
import { ASSUMED_START_LEVEL, startLevelOf } from '../clinical/gas';
import { abstinenceCount, isAbstinenceGoal, lapsesOf } from '../clinical/abstinence';
import { goalProgress, type MeasuredProgress } from '../clinical/progress';
import type { Goal, LevelReview, Measurement, Plan } from '../model';
import { effectiveDue, goalStatus, levelReviewsOf, progressOf } from '../queries';
import { normalizeUnit } from '../values/measurement';
import { isGasLevel, type Achievement } from './codes';

/** The goal's achievement status on `today`, or undefined for a dropped goal with nothing to read it from. */
export function achievementOf(plan: Plan, goal: Goal, today: string): Achievement | undefined {
  const status = goalStatus(plan, goal.id, today);
  if (status === 'achieved') return 'achieved';
  const reading = gasReading(plan, goal, today) ?? progressReading(plan, goal, today);
  if (status === 'dropped') return reading === undefined || isMet(reading) ? reading : 'not-achieved';
  return reading ?? 'in-progress';
}

function isMet(reading: Achievement): boolean {
  return reading === 'achieved' || reading === 'sustaining';
}

/** The PCO reading of the latest GAS level, or undefined when the goal has no review with a level on the scale. */
function gasReading(plan: Plan, goal: Goal, today: string): Achievement | undefined {
  const reviews = levelReviewsOf(plan, goal.id, today).filter((r) => isGasLevel(r.level));
  const latest = reviews.at(-1);
  if (!latest) return undefined;
  const previous = reviews.at(-2);
  if (latest.level >= 0) {
    if (lapsedSince(plan, goal, today, latest)) return 'in-progress';
    return previous && previous.level >= 0 ? 'sustaining' : 'achieved';
  }
  const due = effectiveDue(plan, goal, today)?.iso;
  if (due && latest.date.iso >= due) return 'not-achieved';
  const before = previous?.level ?? startLevelOf(plan, goal, today) ?? ASSUMED_START_LEVEL;
  return trend(latest.level - before);
}

/** True when an abstinence goal has had a lapse after this review. */
function lapsedSince(plan: Plan, goal: Goal, today: string, review: LevelReview): boolean {
  return isAbstinenceGoal(plan, goal, today) && lapsesOf(plan, goal, today).some((lapse) => lapse.date.iso > review.date.iso);
}

/** The reading from measurements, with an abstinence goal's count of days free in charge of it. */
function progressReading(plan: Plan, goal: Goal, today: string): Achievement | undefined {
  const measured = measuredReading(plan, goal, today);
  if (!isAbstinenceGoal(plan, goal, today)) return measured;
  const count = abstinenceCount(plan, goal, today);
  if (!count) return lapsesOf(plan, goal, today).length > 0 ? 'in-progress' : measured;
  if (count.goalDays !== undefined && count.days >= count.goalDays) return 'achieved';
  if (count.from === 'restart') return 'in-progress';
  // No lapse since the start: a measurement of none is the goal being kept, not finished.
  if (measured === undefined) return 'in-progress';
  if (isMet(measured)) return count.goalDays === undefined ? 'sustaining' : 'improving';
  return measured;
}

/** Target reached (twice in a row: sustained), else the trend of the latest measurement. */
function measuredReading(plan: Plan, goal: Goal, today: string): Achievement | undefined {
  const progress = goalProgress(plan, goal, today);
  if (progress.kind !== 'measured') return undefined;
  const previous = progressOf(plan, goal.id, today).at(-2)?.quantity.measurement;
  const comparable = previous && normalizeUnit(previous.unit) === normalizeUnit(progress.unit) ? middle(previous) : undefined;
  if (progress.status === 'achieved') return comparable !== undefined && reaches(progress, comparable) ? 'sustaining' : 'achieved';
  const change = progress.latest - (comparable ?? progress.baseline);
  return trend(progress.direction === 'increase' ? change : -change);
}

function reaches(progress: MeasuredProgress, value: number): boolean {
  return progress.direction === 'decrease' ? value <= progress.target : value >= progress.target;
}

function trend(change: number): Achievement {
  return change > 0 ? 'improving' : change < 0 ? 'worsening' : 'no-change';
}

function middle(m: Measurement): number {
  return m.upper === undefined ? m.value : (m.value + m.upper) / 2;
}
