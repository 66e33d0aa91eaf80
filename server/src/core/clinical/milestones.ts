/**
 * A goal's milestones as they stand after revisions, and whether the journal has reached each one:
 * a small win worth showing. A measured milestone is reached by a progress line that is at least as
 * far along; a day count ("30 days alcohol-free") by that many days free. A milestone set by a
 * revision is reached by where the goal stood when it was set and what the journal shows after, never
 * before the revision's own date, unless the revision corrects a milestone whose date had already
 * passed.
 */
import type { Goal, Milestone, Plan } from '../model';
import { effectiveField, goalStart, progressOf, revisionsOf } from '../queries';
import { normalizeUnit } from '../values/measurement';
import { shiftDate } from '../values/dates';
import { abstinenceCount, isAbstinenceGoal, isDayCount, lapsesOf } from './abstinence';
import { goalProgress } from './progress';

/** A milestone and whether it has been reached by the date asked about. */
export interface MilestoneStanding {
  readonly milestone: Milestone;
  /** The date it was first reached, or undefined when it has not been (yet). */
  readonly reachedOn?: string;
}

/** The goal's milestones on `asOf`: as written, with `revise <goal> milestone <date>:` lines applied, by date. */
export function effectiveMilestones(plan: Plan, goal: Goal, asOf: string): Milestone[] {
  const byDate = new Map(goal.milestones.map((m) => [m.date.iso, m]));
  for (const revision of revisionsOf(plan, goal.id, 'milestone', asOf)) {
    const date = revision.field.keyDate;
    const value = revision.field.value;
    if (!date || value?.type !== 'quantity') continue;
    byDate.set(date.iso, { date, quantity: value.quantity, field: revision.field });
  }
  return [...byDate.values()].sort((a, b) => a.date.iso.localeCompare(b.date.iso));
}

/** Each milestone of a goal on `today`, with the date the journal reached it. */
export function milestoneStandings(plan: Plan, goal: Goal, today: string): MilestoneStanding[] {
  return effectiveMilestones(plan, goal, today).map((milestone) => {
    const reachedOn = reachedDate(plan, goal, milestone, today);
    return reachedOn ? { milestone, reachedOn } : { milestone };
  });
}

function reachedDate(plan: Plan, goal: Goal, milestone: Milestone, today: string): string | undefined {
  const m = milestone.quantity.measurement;
  if (!m) return undefined;
  // A milestone set by a revision is about what comes after it: a lapse's restart ("counting again from
  // the wedding"), a gentler or a bolder step. What the journal showed before the revision does not reach it.
  // A revision dated after the milestone's own date corrects a milestone already past, so the
  // journal before it counts as it stands.
  const revision = revisionsOf(plan, goal.id, 'milestone', today).find((r) => r.field === milestone.field)?.date.iso;
  const revisedOn = revision !== undefined && revision < milestone.date.iso ? revision : undefined;
  if (isDayCount(m.unit) && isAbstinenceGoal(plan, goal, today)) return dayCountReached(plan, goal, m.value, today, revisedOn);
  // Measured milestones are reached in the goal's direction: down for a goal that reduces something.
  const progress = goalProgress(plan, goal, today);
  const direction = progress.kind === 'measured' ? progress.direction : directionOf(plan, goal, today);
  if (!direction) return undefined;
  const unit = normalizeUnit(m.unit);
  const inUnit = progressOf(plan, goal.id, today).filter((entry) => {
    const value = entry.quantity.measurement;
    return value !== undefined && (unit === '' || normalizeUnit(value.unit) === '' || normalizeUnit(value.unit) === unit);
  });
  // After a revision, the journal counts from where the goal stood when the milestone was set: its
  // latest measurement then (reaching it on the revision's day), and every one after.
  const standing = revisedOn === undefined ? -1 : inUnit.filter((e) => e.date.iso <= revisedOn).length - 1;
  const from = Math.max(0, standing);
  const reached = inUnit.slice(from).find((entry) => {
    const value = entry.quantity.measurement!;
    return direction === 'decrease' ? value.value <= m.value : value.value >= m.value;
  });
  if (!reached) return undefined;
  return revisedOn !== undefined && reached.date.iso < revisedOn ? revisedOn : reached.date.iso;
}

/**
 * The first day a run of `days` days free was complete, by `today`: each run goes from the goal's
 * start (or the day after a lapse) up to the next lapse, and the earliest run long enough counts.
 * For a milestone set by a revision, a run a lapse ended before the revision does not count.
 */
function dayCountReached(plan: Plan, goal: Goal, days: number, today: string, revisedOn?: string): string | undefined {
  const start = goalStart(plan, goal)?.iso;
  if (!start || !abstinenceCount(plan, goal, today)) return undefined;
  const lapses = lapsesOf(plan, goal, today).filter((l) => l.date.iso >= start);
  const runs = [start, ...lapses.map((l) => shiftDate(l.date.iso, 1, 'day'))];
  for (const [i, from] of runs.entries()) {
    // The first day of a run is day one, so N days are complete on its (N-1)th day after.
    const reached = from && shiftDate(from, Math.max(days - 1, 0), 'day');
    const end = lapses[i]?.date.iso;
    if (revisedOn !== undefined && end !== undefined && end < revisedOn) continue;
    // A run already long enough when the milestone was set reaches it that day.
    if (reached && reached <= today && (end === undefined || reached < end)) return revisedOn !== undefined && reached < revisedOn ? revisedOn : reached;
  }
  return undefined;
}

/** Which way a goal moves, from its baseline and target, when its progress cannot be measured yet. */
function directionOf(plan: Plan, goal: Goal, today: string): 'increase' | 'decrease' | undefined {
  const baseline = effectiveField(plan, goal, 'baseline', today)?.value;
  const target = effectiveField(plan, goal, 'target', today)?.value;
  const from = baseline?.type === 'quantity' ? baseline.quantity.measurement?.value : undefined;
  const to = target?.type === 'quantity' ? target.quantity.measurement?.value : undefined;
  if (from === undefined || to === undefined || from === to) return undefined;
  return to < from ? 'decrease' : 'increase';
}
