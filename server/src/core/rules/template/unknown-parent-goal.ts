/** unknown-parent-goal: `part of:` names a goal that is not in the plan, or the goal itself. */
import { suggest } from '../../build/suggest';
import type { Goal } from '../../model';
import type { Rule } from '../rule';

/** How many ids of a circle the message spells out; a longer circle is shortened in the middle. */
const CIRCLE_SHOWN = 6;

export const unknownParentGoal: Rule = {
  id: 'unknown-parent-goal',
  group: 'template',
  severity: 'error',
  summary: "A 'part of:' link to a goal that is not in the plan, to the goal itself, or round in a circle.",
  explanation: {
    standard:
      "'part of: <id>' links a short-term goal to the long-term goal it serves, so each small win shows as a step towards something that matters. The id must name another goal of the same plan, and following the links upward must never come back to where it started. A broken link hides the connection and a circle makes it meaningless.",
    plain:
      "The 'part of:' line links a small goal to the bigger goal it helps with, so each small win shows as a step on the way. It has to name another goal in this plan, written exactly as that goal's name. Two goals cannot each be part of the other.",
  },
  *check({ plan }) {
    const ids = plan.goals.map((g) => g.id);
    const known = new Set(ids);
    const circles = circlesOf(plan.goals);
    let children: Map<string, string[]> | undefined;
    for (const goal of plan.goals) {
      const ref = goal.partOf;
      if (!ref) continue;
      if (ref.text === goal.id) {
        yield {
          range: ref.range,
          goal: goal.id,
          message: `'${goal.id}' cannot be part of itself. Name the long-term goal it serves, or remove 'part of:'.`,
          plain: `'${goal.id}' can't be part of itself. Name the bigger goal it helps with, or take out the 'part of:' line.`,
        };
        continue;
      }
      if (!known.has(ref.text)) {
        // A goal cannot be its own parent, nor part of a goal below it (that would close a circle),
        // so neither is ever the suggestion.
        children ??= childrenOf(plan.goals);
        const below = descendantsOf(goal.id, children);
        const guess = suggest(ref.text, ids.filter((id) => id !== goal.id && !below.has(id)));
        yield {
          range: ref.range,
          goal: goal.id,
          message: `There is no goal '${ref.text}' in this plan.${guess ? ` Did you mean '${guess}'?` : ` Add 'goal ${ref.text}: ...' for the long-term goal, or link to one that exists.`}`,
          plain: guess
            ? `There is no goal called '${ref.text}'. Did you mean '${guess}'?`
            : `There is no goal called '${ref.text}' yet. Add it, e.g. 'goal ${ref.text}: <the bigger goal, in your words>'.`,
          data: guess ? { replacement: guess } : {},
        };
        continue;
      }
      const circle = circles.get(goal.id);
      if (circle) {
        yield {
          range: ref.range,
          goal: goal.id,
          message: `The 'part of' links go round in a circle: ${showCircle(circle)}. A long-term goal cannot be part of its own short-term goals.`,
          plain: `These goals are each part of the next, round in a circle: ${showCircle(circle)}. Take out one 'part of:' line.`,
        };
      }
    }
  },
};

/**
 * The goals whose `part of` links lead back to themselves, each with its circle starting from it
 * (`a → b → a`). Every goal has at most one parent, so one walk per goal that stops at the first
 * goal already seen finds every circle in time linear in the number of goals.
 */
function circlesOf(goals: readonly Goal[]): Map<string, string[]> {
  // The first goal with an id is the one a link reaches, as everywhere else.
  const parentOf = new Map<string, string | undefined>();
  for (const goal of goals) if (!parentOf.has(goal.id)) parentOf.set(goal.id, goal.partOf?.text);
  const circles = new Map<string, string[]>();
  const done = new Set<string>();
  for (const start of parentOf.keys()) {
    const walk: string[] = [];
    const onWalk = new Map<string, number>();
    let at: string | undefined = start;
    while (at !== undefined && parentOf.has(at) && !done.has(at) && !onWalk.has(at)) {
      onWalk.set(at, walk.length);
      walk.push(at);
      at = parentOf.get(at);
    }
    if (at !== undefined && onWalk.has(at)) {
      const circle = walk.slice(onWalk.get(at));
      circle.forEach((id, i) => circles.set(id, [...circle.slice(i), ...circle.slice(0, i), id]));
    }
    for (const id of walk) done.add(id);
  }
  return circles;
}

/** The goals that name each goal in `part of`, reading only the first goal with an id, as links do. */
function childrenOf(goals: readonly Goal[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const goal of goals) {
    if (seen.has(goal.id)) continue;
    seen.add(goal.id);
    const parent = goal.partOf?.text;
    if (parent === undefined) continue;
    const list = children.get(parent);
    if (list) list.push(goal.id);
    else children.set(parent, [goal.id]);
  }
  return children;
}

/**
 * The goals whose `part of` links lead up to `id`. Only a goal whose own link names no goal in the
 * plan asks, and each such goal heads its own tree, so all the walks together stay linear.
 */
function descendantsOf(id: string, children: ReadonlyMap<string, readonly string[]>): Set<string> {
  const below = new Set<string>();
  const queue = [...(children.get(id) ?? [])];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (below.has(next)) continue;
    below.add(next);
    for (const child of children.get(next) ?? []) queue.push(child);
  }
  return below;
}

function showCircle(path: readonly string[]): string {
  if (path.length <= CIRCLE_SHOWN) return path.join(' → ');
  const head = path.slice(0, CIRCLE_SHOWN - 2);
  return `${head.join(' → ')} → … → ${path.at(-2)} → ${path.at(-1)} (${path.length - 1} goals)`;
}
