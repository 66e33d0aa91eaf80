/** What is under the cursor, in the model's terms: the one lookup hover and friends share. */
import { findField, GOAL_FIELDS, HEADER_FIELDS, type FieldSpec } from '../fields';
import { hasLevel, type DateValue, type Goal, type LevelReview, type Plan, type Position, type Range, type ScaleLevel, type Text } from '../model';
import { findGoal } from '../queries';
import { occurrenceAt, type GoalOccurrence } from './goal-references';
import { contains } from './positions';

export type NodeAt =
  | { readonly kind: 'goal'; readonly occurrence: GoalOccurrence; readonly goal?: Goal }
  | { readonly kind: 'category'; readonly category: Text }
  | { readonly kind: 'field-key'; readonly spec: FieldSpec; readonly range: Range; readonly inHeader: boolean }
  | { readonly kind: 'date'; readonly date: DateValue }
  | { readonly kind: 'review-level'; readonly entry: LevelReview; readonly goal?: Goal }
  | { readonly kind: 'scale-level'; readonly level: ScaleLevel; readonly goal: Goal };

/** Every date the plan holds, wherever it was written. */
function allDates(plan: Plan): DateValue[] {
  const dates: (DateValue | undefined)[] = [plan.header.start];
  for (const goal of plan.goals) {
    dates.push(goal.start, goal.due, goal.baseline?.date);
    for (const field of goal.fields) {
      dates.push(field.keyDate);
      if (field.value?.type === 'date') dates.push(field.value.date);
    }
  }
  for (const entry of plan.journal) {
    dates.push(entry.date);
    if (entry.kind === 'revise') {
      dates.push(entry.field.keyDate);
      if (entry.field.value?.type === 'date') dates.push(entry.field.value.date);
    }
  }
  return dates.filter((d): d is DateValue => d !== undefined);
}

function keySpec(name: string, specs: readonly FieldSpec[], withArgument: boolean): FieldSpec | undefined {
  return findField(specs, name, withArgument) ?? findField(specs, name, !withArgument);
}

/** Finds the most specific thing at `position`, or undefined over plain text. */
export function nodeAt(plan: Plan, position: Position): NodeAt | undefined {
  const occurrence = occurrenceAt(plan, position);
  if (occurrence) return { kind: 'goal', occurrence, ...withGoal(plan, occurrence.id) };
  const date = allDates(plan).find((d) => contains(d.range, position));
  if (date) return { kind: 'date', date };
  for (const goal of plan.goals) {
    if (!contains(goal.range, position)) continue;
    if (goal.category && contains(goal.category.range, position)) return { kind: 'category', category: goal.category };
    for (const level of goal.scale ?? []) if (contains(level.levelRange, position)) return { kind: 'scale-level', level, goal };
    for (const field of goal.fields) {
      const spec = contains(field.key.range, position) && keySpec(field.key.name, GOAL_FIELDS, field.keyDate !== undefined);
      if (spec) return { kind: 'field-key', spec, range: field.key.range, inHeader: false };
    }
  }
  for (const field of plan.header.fields) {
    const spec = contains(field.key.range, position) && keySpec(field.key.name, HEADER_FIELDS, field.key.name === 'track');
    if (spec) return { kind: 'field-key', spec, range: field.key.range, inHeader: true };
  }
  for (const entry of plan.journal) {
    if (entry.kind === 'review' && hasLevel(entry) && contains(entry.levelRange, position)) return { kind: 'review-level', entry, ...withGoal(plan, entry.goal.text) };
    if (entry.kind === 'revise' && contains(entry.field.key.range, position)) {
      const spec = keySpec(entry.field.key.name, GOAL_FIELDS, entry.field.keyDate !== undefined || entry.field.keyLevel !== undefined);
      if (spec) return { kind: 'field-key', spec, range: entry.field.key.range, inHeader: false };
    }
  }
  return undefined;
}

function withGoal(plan: Plan, id: string): { goal?: Goal } {
  const goal = findGoal(plan, id);
  return goal ? { goal } : {};
}
