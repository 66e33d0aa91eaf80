/** too-many-active-goals: more goals are active at once than the plan's limit (three by default). */
import type { Goal } from '../../model';
import { activeGoals, effectiveStatement, goalStart } from '../../queries';
import { isAbstinence, isMedication, isStayingSafe } from '../../text/goal-kind';
import type { Rule } from '../rule';

export const tooManyActiveGoals: Rule = {
  id: 'too-many-active-goals',
  group: 'challenge',
  severity: 'warning',
  summary: 'More goals are active at once than the limit (maxActiveGoals, 3 by default): depth beats breadth.',
  explanation: {
    standard:
      "A few goals worked on well tend to go further than many at once, and for a client with executive-function difficulties a long list is itself a barrier. Choose together which goals matter most now and pause the others with a 'paused' journal line; a long-term goal and the short-term goals that serve it count as one. The limit is the maxActiveGoals setting.",
    plain:
      "Working on a few goals at a time is easier than many. Pick the ones that matter most now and pause the rest with a line like '2026-12-01 paused walk'. You can pick them up again later.",
  },
  *check({ plan, config, today }) {
    // A goal that starts after today has not begun yet, so it does not take up attention today.
    const active = activeGoals(plan, today).filter((goal) => (goalStart(plan, goal)?.iso ?? today) <= today);
    // Staying safe, staying sober or clean and taking a medicine are kept every day, not worked on
    // for a while: a family of only such goals is not counted against the limit, and such a goal is
    // never the one offered for pausing.
    const standing = new Set(active.filter((goal) => isStanding(effectiveStatement(plan, goal, today).text)));
    const families = familiesOf(active).filter((family) => family.some((goal) => !standing.has(goal)));
    const max = config.maxActiveGoals;
    const beyond = families[max];
    if (!beyond) return;
    const first = beyond.find((goal) => !standing.has(goal))!;
    // A long-term goal and the short-term goals that serve it count as one.
    const count = families.length;
    const grouped = families.every((family) => family.length === 1) ? '' : ' (a long-term goal and its steps count as one)';
    const keep = max === 1 ? 'one' : `${max}`;
    yield {
      range: first.idRange,
      message: `${count} goals are active at once${grouped}, and ${keep} at a time is usually plenty: pause the rest, e.g. '${today} paused ${first.id}'.`,
      plain: `You have ${count} goals on the go. Pick ${keep} to work on now and pause the rest, like '${today} paused ${first.id}'.`,
      data: {
        active: active.map((g) => g.id),
        max,
        pause: families.slice(max).flat().filter((g) => !standing.has(g)).map((g) => g.id),
        date: today,
      },
    };
  },
};

/** A goal kept every day for safety, recovery or health, which a client must never be told to pause. */
function isStanding(statement: string): boolean {
  // Staying safe in the sense of a crisis: 'Keep the kids safe online' or 'Drive safely' is an ordinary goal.
  return isAbstinence(statement) || isStayingSafe(statement) || isMedication(statement);
}

/**
 * The active goals grouped into families: a long-term goal with the active goals that are `part of`
 * it (at any depth), which together are one thing to work on; every other goal on its own. In the
 * order the first goal of each family is written.
 */
function familiesOf(active: readonly Goal[]): Goal[][] {
  const byId = new Map(active.map((goal) => [goal.id, goal]));
  const rootOf = (goal: Goal): Goal => {
    const seen = new Set<Goal>();
    let at = goal;
    for (let parent = byId.get(at.partOf?.text ?? ''); parent && !seen.has(parent); parent = byId.get(at.partOf?.text ?? '')) {
      seen.add(at);
      at = parent;
    }
    return at;
  };
  const families = new Map<Goal, Goal[]>();
  for (const goal of active) {
    const root = rootOf(goal);
    const family = families.get(root);
    if (family) family.push(goal);
    else families.set(root, [goal]);
  }
  return [...families.values()];
}
