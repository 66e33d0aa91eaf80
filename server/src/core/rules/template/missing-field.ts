/** missing-field: a goal lacks one of the documentation template's fields. */
import type { Severity } from '../../model';
import { goalStatus } from '../../queries';
import type { Finding, Rule } from '../rule';

interface Check {
  readonly field: string;
  readonly severity: Severity;
  readonly message: (id: string) => string;
}

/**
 * The template fields this rule asks for. The value connection and the due date are template
 * fields too, but they are SMART criteria first and have their own rules (missing-value and
 * missing-deadline), so a goal never hears about them twice.
 */
const CHECKS: readonly Check[] = [
  {
    field: 'baseline',
    severity: 'warning',
    message: (id) => `Where do things stand today for '${id}'? A baseline, such as 'baseline: 3 attacks/week on 2026-11-01', is what progress will be measured against.`,
  },
  {
    field: 'measure',
    severity: 'warning',
    message: (id) => `How will you know '${id}' is moving? Add 'measure:' (what you count, and when) and a 'target:', such as 'measure: attacks noted in my diary each evening'.`,
  },
  {
    field: 'steps',
    severity: 'info',
    message: (id) => `'${id}' has no action steps yet. Small, concrete steps make a start easier: 'steps:' then '- [ ] <first step>'.`,
  },
  {
    field: 'obstacles',
    severity: 'info',
    message: (id) => `What might get in the way of '${id}'? Naming obstacles now ('obstacles: night shifts') lets you plan around them.`,
  },
  {
    field: 'supports',
    severity: 'info',
    message: (id) => `Who or what can help with '${id}'? Add 'supports:', such as 'supports: my sister Jo; the breathing app'.`,
  },
  {
    field: 'review',
    severity: 'info',
    message: (id) => `When will '${id}' be reviewed? Add 'review: every 2 weeks' here, or once at the top of the plan for every goal.`,
  },
];

export const missingField: Rule = {
  id: 'missing-field',
  group: 'template',
  severity: 'warning',
  summary: 'A goal lacks a field of the documentation template: baseline, measure, steps, obstacles, supports or review.',
  *check({ plan, config }) {
    const parents = new Set(plan.goals.map((g) => g.partOf?.text).filter(Boolean));
    for (const goal of plan.goals) {
      const status = goalStatus(plan, goal.id);
      if (status === 'achieved' || status === 'dropped') continue;
      const present = new Set(goal.fields.map((f) => f.key.name));
      const has: Record<string, boolean> = {
        baseline: present.has('baseline'),
        // A target or a GAS scale also says what success looks like.
        measure: present.has('measure') || present.has('target') || present.has('scale'),
        // A long-term goal's steps are the short-term goals that are part of it.
        steps: present.has('steps') || parents.has(goal.id),
        obstacles: present.has('obstacles'),
        supports: present.has('supports'),
        review: present.has('review') || plan.header.review !== undefined || config.defaultReview !== undefined,
      };
      for (const check of CHECKS) {
        if (has[check.field]) continue;
        const finding: Finding = {
          range: goal.idRange,
          message: check.message(goal.id),
          severity: check.severity,
          data: { goal: goal.id, field: check.field, afterLine: goal.range.end.line },
        };
        yield finding;
      }
    }
  },
};
