/**
 * Goal ids as symbols: where a goal is defined, where it is referred to, and what renaming it
 * would change. One plan at a time; the language server combines plans across the workspace.
 */
import type { Plan, Position, Range, Text } from '../model';
import { entryGoal } from '../queries';
import type { DocumentContext } from './context';
import { contains } from './positions';

/** A goal id at a place in the document: its definition (`goal <id>:`) or a reference to it. */
export interface GoalOccurrence {
  readonly id: string;
  readonly range: Range;
  readonly kind: 'definition' | 'reference';
}

/** Every occurrence of every goal id in a plan, definitions first, then in document order. */
export function goalOccurrences(plan: Plan): GoalOccurrence[] {
  const definitions = plan.goals.map((g): GoalOccurrence => ({ id: g.id, range: g.idRange, kind: 'definition' }));
  const refs: Text[] = [
    ...plan.goals.map((g) => g.partOf).filter((r): r is Text => r !== undefined),
    ...plan.journal.map(entryGoal).filter((r): r is Text => r !== undefined),
  ];
  const references = refs.map((r): GoalOccurrence => ({ id: r.text, range: r.range, kind: 'reference' }));
  return [...definitions, ...references.sort((a, b) => a.range.start.line - b.range.start.line)];
}

/** The goal id at `position` in a plan, if any. */
export function occurrenceAt(plan: Plan, position: Position): GoalOccurrence | undefined {
  return goalOccurrences(plan).find((o) => contains(o.range, position));
}

/** The goal id under the cursor, if any. */
export function goalAt({ snapshot: { plan } }: DocumentContext, position: Position): GoalOccurrence | undefined {
  return occurrenceAt(plan, position);
}

/** Where a goal id is defined in this plan (the first definition when ids repeat). */
export function goalDefinition(plan: Plan, id: string): GoalOccurrence | undefined {
  return goalOccurrences(plan).find((o) => o.id === id && o.kind === 'definition');
}

/** Every occurrence of one goal id in a plan: the document's, or another plan of the workspace. */
export function occurrencesOf(plan: Plan, id: string): GoalOccurrence[] {
  return goalOccurrences(plan).filter((o) => o.id === id);
}

const GOAL_ID = /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_-]*$/u;

/** Explains why the goal `oldId` cannot be renamed `name`, or returns undefined when it can. */
export function checkNewGoalId({ snapshot: { plan } }: DocumentContext, oldId: string, name: string): string | undefined {
  if (!GOAL_ID.test(name)) return `'${name}' cannot be a goal id: start with a letter, then use letters, digits, '-' or '_'.`;
  if (name !== oldId && plan.goals.some((g) => g.id === name)) return `This plan already has a goal called '${name}'.`;
  return undefined;
}
