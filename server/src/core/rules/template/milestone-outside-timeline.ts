/** milestone-outside-timeline: a milestone dated before the goal starts or after it is due. */
import { effectiveDue, goalStart } from '../../queries';
import type { Rule } from '../rule';

export const milestoneOutsideTimeline: Rule = {
  id: 'milestone-outside-timeline',
  group: 'template',
  severity: 'warning',
  summary: 'A milestone dated before the goal starts or after its due date.',
  *check({ plan, today }) {
    for (const goal of plan.goals) {
      const start = goalStart(plan, goal)?.iso ?? goal.baseline?.date?.iso;
      const due = effectiveDue(plan, goal, today)?.iso;
      for (const milestone of goal.milestones) {
        const date = milestone.date.iso;
        if (start && date < start) {
          yield {
            range: milestone.date.range,
            message: `This milestone (${date}) comes before '${goal.id}' starts (${start}). A milestone marks a step on the way, between the start and the due date.`,
            data: { goal: goal.id, start },
          };
        } else if (due && date > due) {
          yield {
            range: milestone.date.range,
            message: `This milestone (${date}) comes after '${goal.id}' is due (${due}). Move it before the due date, or revise the due date if the plan has changed.`,
            data: { goal: goal.id, due },
          };
        }
      }
    }
  },
};
