/** too-many-active-goals: more goals are active at once than the plan's limit (three by default). */
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
    const max = config.maxActiveGoals;
    const first = active[max];
    if (!first) return;
    yield {
      range: first.idRange,
      message:
        `${active.length} goals are active at once, and ${max === 1 ? 'one' : max} at a time is usually plenty: a few goals worked on well tend to go further than many at once. ` +
        `Choose the ${max === 1 ? 'one that matters' : `${max} that matter`} most now and pause the others until one is done, with a journal line such as '${today} paused ${first.id}'.`,
      data: { active: active.map((g) => g.id), max, pause: active.slice(max).map((g) => g.id), date: today },
    };
  },
};
