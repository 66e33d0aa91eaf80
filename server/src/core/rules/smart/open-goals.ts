/**
 * What the SMART and challenge rules share: the goals worth checking today, with the statement in
 * force after revisions, and how to point a finding at words inside that statement.
 */
import type { Goal, Plan, Range, Text } from '../../model';
import { effectiveField, effectiveStatement, goalStatus } from '../../queries';
import type { RuleContext } from '../rule';
import { countsSomething } from '../../text/measures';
import type { Span } from '../../text/words';

export interface OpenGoal {
  readonly goal: Goal;
  /** The statement as it stands today: the latest `revise <goal> statement:` or the goal line. */
  readonly statement: Text;
}

/**
 * The goals that are still in play today, with a statement to read. An achieved or dropped goal
 * is history, and rewording it helps no one; a paused goal is checked, since it will come back.
 * A goal without a statement is left to the parser's own message.
 */
export function openGoals({ plan, today }: RuleContext): OpenGoal[] {
  return plan.goals
    .filter((goal) => !['achieved', 'dropped'].includes(goalStatus(plan, goal.id, today)))
    .map((goal) => ({ goal, statement: effectiveStatement(plan, goal, today) }))
    .filter(({ statement }) => statement.text.trim() !== '');
}

/** The range of a span of a one-line text. */
export function rangeIn(text: Text, span: Pick<Span, 'start' | 'end'>): Range {
  const { line, character } = text.range.start;
  return { start: { line, character: character + span.start }, end: { line, character: character + span.end } };
}

/** A statement short enough to quote in a message. */
export function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The most a message may say: one line a reader takes in at a glance (rules/rule.ts `Finding`). */
export const MESSAGE_LIMIT = 160;

/**
 * The message `say` builds around a quote of `text`, with the quote shortened as far as it takes
 * (down to 16 characters) for the whole to fit in MESSAGE_LIMIT: the example matters more than
 * quoting all of the client's words back to them.
 */
export function fitted(text: string, say: (quote: string) => string): string {
  let said = '';
  for (const max of [40, 36, 32, 28, 24, 20, 16]) {
    said = say(shorten(text, max));
    if (said.length <= MESSAGE_LIMIT) break;
  }
  return said;
}

/** The value of a field as it stands today, when it has one. */
function fieldToday(plan: Plan, goal: Goal, key: string, today: string) {
  return effectiveField(plan, goal, key, today)?.value;
}

/**
 * True when the goal's fields say how progress is seen: a `measure` or `target` that counts or
 * checks something (a number, a unit, a scale, a yes or no), a milestone, a GAS scale, or a
 * baseline with a number in it. Any of these is a success indicator; 'measure: how I feel' and
 * 'target: better than now' are not, being as vague as the goal they were to pin down.
 */
export function measuredByFields(plan: Plan, goal: Goal, today: string): boolean {
  const counts = (key: string) => {
    const field = effectiveField(plan, goal, key, today);
    return field?.value !== undefined && countsSomething(field.raw?.text ?? '');
  };
  if (counts('measure') || counts('target')) return true;
  if (goal.milestones.length > 0 || (goal.scale?.length ?? 0) > 0) return true;
  const baseline = fieldToday(plan, goal, 'baseline', today);
  return baseline?.type === 'quantity' && baseline.quantity.measurement !== undefined;
}
