/** missing-field: a goal lacks one of the documentation template's fields. */
import type { Field, Goal, Severity } from '../../model';
import { effectiveStatement, goalStatus } from '../../queries';
import { mentionsQuantity } from '../../text/quantities';
import type { Finding, Rule } from '../rule';

interface Check {
  readonly field: string;
  readonly severity: Severity;
  readonly message: (id: string) => string;
}

/**
 * The template fields this rule asks for. The value connection and the due date are template
 * fields too, but they are SMART criteria first and have their own rules (missing-value and
 * missing-deadline), so a goal never hears about them twice. For the same reason the success
 * indicators are asked for here only when the statement has a number: a goal with nothing
 * countable anywhere hears it from vague-goal or unmeasurable-goal instead.
 */
const CHECKS: readonly Check[] = [
  {
    field: 'baseline',
    severity: 'warning',
    message: (id) => `Where do things stand today for '${id}'? A baseline, such as 'baseline: 1 day/week on <date>', is what progress will be measured against.`,
  },
  {
    field: 'measure',
    severity: 'warning',
    message: (id) => `The goal '${id}' names a number; say how you will count it, with 'measure:' (what you count, and when) and 'target:' (the number that means success).`,
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

/** A field written with nothing in it (`steps:` without steps) is as good as missing. */
function hasContent(field: Field): boolean {
  const value = field.value;
  if (!value) return false;
  if (value.type === 'list') return value.items.some((item) => item.text.text !== '');
  if (value.type === 'scale') return value.levels.length > 0;
  return true;
}

function statesNumber(plan: Parameters<typeof effectiveStatement>[0], goal: Goal, today: string): boolean {
  return mentionsQuantity(effectiveStatement(plan, goal, today).text);
}

export const missingField: Rule = {
  id: 'missing-field',
  group: 'template',
  severity: 'warning',
  summary: 'A goal lacks a field of the documentation template: baseline, measure, steps, obstacles, supports or review.',
  *check({ plan, config, today }) {
    const parents = new Set(plan.goals.map((g) => g.partOf?.text).filter(Boolean));
    for (const goal of plan.goals) {
      const status = goalStatus(plan, goal.id, today);
      if (status === 'achieved' || status === 'dropped') continue;
      const present = new Set(goal.fields.filter(hasContent).map((f) => f.key.name));
      const has: Record<string, boolean> = {
        baseline: present.has('baseline'),
        // A target or a GAS scale also says what success looks like.
        measure: present.has('measure') || present.has('target') || present.has('scale') || !statesNumber(plan, goal, today),
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
