/** missing-field: a goal lacks one of the documentation template's fields. */
import type { Field, Goal, Severity } from '../../model';
import { effectiveStatement, goalStatus } from '../../queries';
import { mentionsQuantity } from '../../text/quantities';
import type { Finding, Rule } from '../rule';

interface Check {
  readonly field: string;
  readonly severity: Severity;
  /** What the goal still needs, as a list item in each voice: 'a baseline' / 'how things are now'. */
  readonly standard: string;
  readonly plain: string;
}

/**
 * The template fields this rule asks for, in the template's order. The value connection and the
 * due date are template fields too, but they are SMART criteria first and have their own rules
 * (missing-value and missing-deadline), so a goal never hears about them twice. For the same
 * reason the success indicators are asked for here only when the statement has a number: a goal
 * with nothing countable anywhere hears it from vague-goal or unmeasurable-goal instead. And then
 * only as information: 'Call my mum every Sunday' already says what counts, so a 'measure:' line
 * only names how it is logged, which the client may well leave to the journal.
 */
const CHECKS: readonly Check[] = [
  { field: 'baseline', severity: 'warning', standard: 'a baseline', plain: 'how things are now' },
  { field: 'measure', severity: 'info', standard: "a 'measure:' or 'target:'", plain: "how you'll count it" },
  { field: 'steps', severity: 'info', standard: 'steps', plain: 'first steps' },
  { field: 'obstacles', severity: 'info', standard: 'obstacles', plain: 'what might get in the way' },
  { field: 'supports', severity: 'info', standard: 'supports', plain: 'who can help' },
  { field: 'review', severity: 'info', standard: 'a review schedule', plain: 'when to look again' },
];

/** 'a, b and c'. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A field written with nothing in it (`steps:` without steps) is as good as missing. */
function hasContent(field: Field): boolean {
  const value = field.value;
  // A value written but not readable ('review: evry 2 weeks') is there: invalid-value speaks about it.
  if (!value) return Boolean(field.raw?.text.trim());
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
  facet: 'prompt',
  severity: 'warning',
  summary: 'A goal lacks fields of the documentation template: baseline, measure, steps, obstacles, supports or review.',
  explanation: {
    standard:
      'The template is a checklist of what makes a goal workable. Without a baseline there is nothing to measure progress against, and without a measure no one can tell whether the plan works. Steps, obstacles and supports help the client start and keep going; they are often filled in together over the first sessions. In an editor, the quick fix adds every missing field, ready to fill in.',
    plain:
      'A few more lines make a goal easier to follow: how things are now, how you will count it, your first steps, what could get in the way and who can help. You can fill them in bit by bit, with your therapist if you like. In an editor, the quick fix adds them for you to fill in.',
  },
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
      // One finding lists every gap: a goal with five gaps is one thing to fill in, not five.
      const missing = CHECKS.filter((check) => !has[check.field]);
      if (missing.length === 0) continue;
      const finding: Finding = {
        range: goal.idRange,
        goal: goal.id,
        message: `'${goal.id}' still needs ${listed(missing.map((m) => m.standard))}.`,
        plain: `'${goal.id}' needs a few more lines: ${listed(missing.map((m) => m.plain))}.`,
        severity: missing.some((m) => m.severity === 'warning') ? 'warning' : 'info',
        data: { goal: goal.id, fields: missing.map((m) => m.field), afterLine: goal.range.end.line },
      };
      yield finding;
    }
  },
};
