/** milestone-outside-timeline: a milestone dated before the goal starts or after it is due. */
import { effectiveDue, goalStart } from '../../queries';
import type { Rule } from '../rule';

export const milestoneOutsideTimeline: Rule = {
  id: 'milestone-outside-timeline',
  group: 'template',
  severity: 'warning',
  summary: 'A milestone dated before the goal starts or after its due date.',
  explanation: {
    standard:
      "Milestones are checkpoints on the way from a goal's start (its 'start:', else the plan's, else the baseline's date) to its due date, after revisions. One outside that window is usually a typo in the date, or a sign that the timeline has changed and the due date needs a revise line.",
    plain:
      'A milestone is a step on the way, so its date falls between the day a goal starts and the day it should be done. A date outside that is often a typo. If the plan has changed, move the end date instead.',
  },
  *check({ plan, today }) {
    for (const goal of plan.goals) {
      const start = goalStart(plan, goal)?.iso ?? goal.baseline?.date?.iso;
      const due = effectiveDue(plan, goal, today)?.iso;
      for (const milestone of goal.milestones) {
        const date = milestone.date.iso;
        if (start && date < start) {
          yield {
            range: milestone.date.range,
            goal: goal.id,
            message: `Milestone ${date} is before '${goal.id}' starts (${start}): date it between the start and the due date.`,
            plain: `This milestone, ${date}, comes before '${goal.id}' starts. Pick a later day, e.g. ${start} or after.`,
            data: { goal: goal.id, start },
          };
        } else if (due && date > due) {
          yield {
            range: milestone.date.range,
            goal: goal.id,
            message: `Milestone ${date} is after '${goal.id}' is due (${due}): move it earlier, or revise the due date.`,
            plain: `This milestone, ${date}, comes after '${goal.id}' should be done. Pick an earlier day, e.g. ${due} or before.`,
            data: { goal: goal.id, due },
          };
        }
      }
    }
  },
};
