/**
 * Where a goal stands, in the words every output shares: its status and the date it took it, its
 * abstinence day count, and its latest GAS level with what that level means. Hovers, code lenses,
 * the agenda and the report all read these, so none of them tells a different story.
 */
import type { Goal, MomentEntry, Plan, StatusEntry } from '../model';
import { entriesOf, generalLapses, goalStatus, latestLevelReview, mergedByDate, statusEntriesOf, type GoalStatus } from '../queries';
import { abstinenceCount, type AbstinenceCount } from '../clinical/abstinence';
import { isGasGoal, startLevelOf } from '../clinical/gas';
import { formatLevel, isGasLevel, LEVEL_MEANINGS } from '../rules/gas/levels';

/** A goal's status on a date, with the entry that set it (none for a goal that was always active). */
export interface GoalState {
  readonly status: GoalStatus;
  /** The `achieved`, `paused` or `dropped` entry behind a status other than active. */
  readonly entry?: StatusEntry;
}

/** The goal's status on `today` and the entry that set it. */
export function goalState(plan: Plan, goal: Goal, today: string): GoalState {
  const status = goalStatus(plan, goal.id, today);
  if (status === 'active') return { status };
  const entry = statusEntriesOf(plan, goal.id, today)
    .filter((e) => e.kind === status)
    .at(-1);
  return entry ? { status, entry } : { status };
}

/** `achieved on 2026-11-09`, `paused since 2026-10-27`, `dropped on 2026-10-01`, or `active`. */
export function statusWords(state: GoalState): string {
  const date = state.entry?.date.iso;
  switch (state.status) {
    case 'active':
      return 'active';
    case 'achieved':
      return date ? `achieved on ${date}` : 'achieved';
    case 'paused':
      return date ? `paused since ${date}` : 'paused';
    case 'dropped':
      return date ? `dropped on ${date}` : 'dropped';
  }
}

/** The day count of an abstinence goal, as of the day it was achieved or dropped, else `today`. */
export function dayCountOf(plan: Plan, goal: Goal, today: string): AbstinenceCount | undefined {
  const state = goalState(plan, goal, today);
  const until = state.status === 'achieved' || state.status === 'dropped' ? (state.entry?.date.iso ?? today) : today;
  return abstinenceCount(plan, goal, until);
}

/**
 * `31 of 90 days since the restart on 2026-10-25`, `72 days since the start on 2026-09-14`: the
 * count of days free, never a percentage, so a lapse reads as a new start and not as a failure.
 */
export function dayCountWords(count: AbstinenceCount): string {
  const days = count.days === 1 ? '1 day' : `${count.days} days`;
  const since = `since the ${count.from} on ${count.since}`;
  if (count.goalDays === undefined) return `${days} ${since}`;
  if (count.days >= count.goalDays) return `${days} ${since}: all ${count.goalDays} done`;
  return `${count.days} of ${count.goalDays} days ${since}`;
}

/** The GAS part of a goal's progress line: its latest level and what it means, or why that level does not count. */
export function gasWords(plan: Plan, goal: Goal, today: string): string | undefined {
  const review = latestLevelReview(plan, goal.id, today);
  if (review) {
    if (!isGasLevel(review.level)) {
      return `the review on ${review.date.iso} gives level ${formatLevel(review.level)}, which is not on the scale from -2 to +2, so it is left out of the GAS score`;
    }
    return `GAS ${formatLevel(review.level)} on ${review.date.iso}: ${levelMeaning(goal, review.level)}`;
  }
  if (!isGasGoal(plan, goal, today)) return undefined;
  const start = startLevelOf(plan, goal, today);
  if (start === undefined) return 'no GAS level yet';
  if (!isGasLevel(start)) return `its start level, ${formatLevel(start)}, is not on the scale from -2 to +2`;
  return `GAS ${formatLevel(start)} at the start: ${levelMeaning(goal, start)}; no review with a level yet`;
}

/**
 * What a level means for this goal: its scale's own words, else what the level means in GAS, said
 * to be only that when the goal has no scale, as the checker points out.
 */
export function levelMeaning(goal: Goal, level: number): string {
  const own = goal.scale?.find((l) => l.level === level)?.text.text;
  if (own) return own;
  const general = LEVEL_MEANINGS[level] ?? 'not on the scale';
  return (goal.scale?.length ?? 0) > 0 ? general : `${general} (the goal has no scale of its own)`;
}

/** The wins, setbacks and lapses that concern a goal up to `today`, in date order; for an abstinence goal, also lapses of the plan. */
export function momentsOf(plan: Plan, goal: Goal, today: string): MomentEntry[] {
  const own = entriesOf(plan, goal.id, today).filter((e): e is MomentEntry => e.kind === 'win' || e.kind === 'setback' || e.kind === 'lapse');
  if (!dayCountOf(plan, goal, today)) return own;
  return mergedByDate(own, generalLapses(plan, today));
}

/** `2026-10-02: walked the long way home`: a moment with its own words, when it has any. */
export function momentWords(moment: MomentEntry): string {
  const words = [moment.text?.text, moment.note?.text].filter(Boolean).join(' – ');
  const kind = moment.kind === 'lapse' ? ' (a lapse)' : '';
  return `${moment.date.iso}${kind}${words ? `: ${words}` : ''}`;
}
