/** too-many-active-goals: more goals are active at once than the plan's limit (three by default). */
import type { Goal } from '../../model';
import { activeGoals, goalStart } from '../../queries';
import type { Rule } from '../rule';

export const tooManyActiveGoals: Rule = {
  id: 'too-many-active-goals',
  group: 'challenge',
  severity: 'warning',
  summary: 'More goals are active at once than the limit (maxActiveGoals, 3 by default): depth beats breadth.',
  *check({ plan, config, today }) {
    // A goal that starts after today has not begun yet, so it does not take up attention today.
    const active = activeGoals(plan, today).filter((goal) => (goalStart(plan, goal)?.iso ?? today) <= today);
    const families = familiesOf(active);
    const max = config.maxActiveGoals;
    const beyond = families[max];
    if (!beyond) return;
    const first = beyond[0]!;
    const counted = families.length === active.length ? `${active.length} goals are active at once` : `${families.length} goals are active at once (counting a long-term goal and the short-term goals that serve it as one)`;
    yield {
      range: first.idRange,
      message:
        `${counted}, and ${max === 1 ? 'one' : max} at a time is usually plenty: a few goals worked on well tend to go further than many at once. ` +
        `Choose the ${max === 1 ? 'one that matters' : `${max} that matter`} most now and pause the others until one is done, with a journal line such as '${today} paused ${first.id}'.`,
      data: { active: active.map((g) => g.id), max, pause: families.slice(max).flat().map((g) => g.id), date: today },
    };
  },
};

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
