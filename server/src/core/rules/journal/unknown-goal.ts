/** unknown-goal: a journal entry names a goal id that no goal in the plan has. */
import { suggest } from '../../build/suggest';
import { entryGoal } from '../../queries';
import type { Rule } from '../rule';

/** Up to this many goals, the message lists every id; beyond it the list would bury the point. */
const LIST_LIMIT = 10;
/** How many leading characters an id must share with a goal's to be suggested on that ground alone. */
const SHARED_START = 4;

export const unknownGoal: Rule = {
  id: 'unknown-goal',
  group: 'journal',
  severity: 'error',
  summary: 'A journal entry names a goal that the plan does not have.',
  *check({ plan }) {
    const ids = [...new Set(plan.goals.map((g) => g.id))];
    for (const entry of plan.journal) {
      const ref = entryGoal(entry);
      if (!ref || ids.includes(ref.text)) continue;
      const suggestion = suggest(ref.text, ids) ?? sameStart(ref.text, ids);
      const hint = suggestion
        ? ` Did you mean '${suggestion}'?`
        : ids.length === 0
          ? ` Add a 'goal ${ref.text}: <statement>' line above the journal first.`
          : ids.length <= LIST_LIMIT
            ? ` The goals are: ${ids.join(', ')}.`
            : '';
      yield {
        range: ref.range,
        message: `No goal is called '${ref.text}', so this ${entry.kind} line cannot be added to any goal yet.${hint}`,
        data: { id: ref.text, suggestion: suggestion ?? null },
      };
    }
  },
};

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
