/** unknown-goal: a journal entry names a goal id that no goal in the plan has. */
import { suggest } from '../../build/suggest';
import { entryGoal, findGoal } from '../../queries';
import type { Plan } from '../../model';
import { entryRule, perPlan } from '../rule';

/** Up to this many goals, the message lists every id; beyond it the list would bury the point. */
const LIST_LIMIT = 10;
/** How many leading characters an id must share with a goal's to be suggested on that ground alone. */
const SHARED_START = 4;

export const unknownGoal = entryRule({
  id: 'unknown-goal',
  group: 'journal',
  severity: 'error',
  summary: 'A journal entry names a goal that the plan does not have.',
  explanation: {
    standard:
      'A measurement, review or status change for a goal id the plan does not have reaches no goal: the goal it was meant for shows no progress, and reports and reviews are built on a gap. It is most often a typo, so the closest id is suggested; ids are case-sensitive.',
    plain:
      "Each journal line names a goal, written exactly as the goal's name in your plan. When the name is spelled another way, the line reaches no goal and your progress goes missing. It is usually a typo, e.g. 'pnaic' for 'panic'.",
  },
  *checkEntry(entry, { plan }) {
    const ref = entryGoal(entry);
    if (!ref || findGoal(plan, ref.text)) return;
    const ids = goalIds(plan);
    const suggestion = suggest(ref.text, ids) ?? sameStart(ref.text, ids);
    const name = ref.text;
    const [message, plain] = suggestion
      ? [`No goal is called '${name}'. Did you mean '${suggestion}'?`, `There is no goal called '${name}'. Did you mean '${suggestion}'?`]
      : ids.length === 0
        ? [
            `No goal is called '${name}' yet: add a 'goal ${name}: <statement>' line above the journal first.`,
            `There is no goal called '${name}' yet. Add it first, e.g. 'goal ${name}: <your goal, in your words>'.`,
          ]
        : ids.length <= LIST_LIMIT
          ? [`No goal is called '${name}', so this ${entry.kind} line reaches none. The goals are: ${ids.join(', ')}.`, `There is no goal called '${name}'. Use one of yours: ${ids.join(', ')}.`]
          : [`No goal is called '${name}', so this ${entry.kind} line reaches none: check the id.`, `There is no goal called '${name}'. Check the spelling, e.g. against the goal's first line.`];
    yield {
      range: ref.range,
      message,
      plain,
      data: { id: ref.text, suggestion: suggestion ?? null },
    };
  },
});

/** The plan's goal ids, each once, in the order the goals are written. */
const goalIds = perPlan((plan: Plan) => [...new Set(plan.goals.map((g) => g.id))]);

/**
 * The one goal id that starts like `id` (`sleeping` → `sleep-hours`, `walking` → `walk`): a spelling
 * too far for `suggest` but plainly the same word. Undefined when none or several match.
 */
function sameStart(id: string, ids: readonly string[]): string | undefined {
  const lower = id.toLowerCase();
  const matches = ids.filter((known) => {
    const other = known.toLowerCase();
    let shared = 0;
    while (shared < lower.length && lower[shared] === other[shared]) shared++;
    return shared >= SHARED_START && (shared === lower.length || shared === other.length || /[-_]/.test(other[shared] ?? '') || /[-_]/.test(lower[shared] ?? ''));
  });
  return matches.length === 1 ? matches[0] : undefined;
}
