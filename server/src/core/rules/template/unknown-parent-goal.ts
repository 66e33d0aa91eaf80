/** unknown-parent-goal: `part of:` names a goal that is not in the plan, or the goal itself. */
import { suggest } from '../../build/suggest';
import type { Rule } from '../rule';

export const unknownParentGoal: Rule = {
  id: 'unknown-parent-goal',
  group: 'template',
  severity: 'error',
  summary: "A 'part of:' link to a goal that is not in the plan, to the goal itself, or round in a circle.",
  *check({ plan }) {
    const ids = plan.goals.map((g) => g.id);
    const parentOf = new Map(plan.goals.map((g) => [g.id, g.partOf?.text]));
    for (const goal of plan.goals) {
      const ref = goal.partOf;
      if (!ref) continue;
      if (ref.text === goal.id) {
        yield { range: ref.range, message: `'${goal.id}' cannot be part of itself. Name the long-term goal it serves, or remove 'part of:'.` };
        continue;
      }
      if (!ids.includes(ref.text)) {
        // A goal cannot be its own parent, so its own id is never the suggestion.
        const guess = suggest(ref.text, ids.filter((id) => id !== goal.id));
        yield {
          range: ref.range,
          message: `There is no goal '${ref.text}' in this plan.${guess ? ` Did you mean '${guess}'?` : ` Add 'goal ${ref.text}: ...' for the long-term goal, or link to one that exists.`}`,
          data: guess ? { replacement: guess } : {},
        };
        continue;
      }
      // Follow the links upward; coming back to this goal means the links go round in a circle.
      const path = [goal.id];
      for (let at = parentOf.get(goal.id); at !== undefined && parentOf.has(at); at = parentOf.get(at)) {
        path.push(at);
        if (at === goal.id) {
          yield { range: ref.range, message: `The 'part of' links go round in a circle: ${path.join(' → ')}. A long-term goal cannot be part of its own short-term goals.` };
          break;
        }
        if (path.indexOf(at) < path.length - 1) break; // a circle further up, reported on its own goals
      }
    }
  },
};
