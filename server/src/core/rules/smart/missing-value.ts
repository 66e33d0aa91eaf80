/** missing-value: a goal says nothing about why it matters to the person working on it. */
import { effectiveField, findGoal } from '../../queries';
import type { Goal, Plan } from '../../model';
import { PURPOSE_MARKERS } from '../../text/lexicon';
import { findPhrases, maskQuotes } from '../../text/words';
import type { Rule } from '../rule';
import { openGoals, shorten } from './open-goals';

/** True when the goal, or the long-term goal it is `part of`, has a `value:` line today. */
function hasValue(plan: Plan, goal: Goal, today: string, seen = new Set<string>()): boolean {
  const value = effectiveField(plan, goal, 'value', today);
  if (value?.raw?.text.trim()) return true;
  // A short-term goal serves its long-term goal, and so the value written there.
  const parent = goal.partOf && findGoal(plan, goal.partOf.text);
  if (!parent || seen.has(parent.id)) return false;
  seen.add(goal.id);
  return hasValue(plan, parent, today, seen);
}

export const missingValue: Rule = {
  id: 'missing-value',
  group: 'smart',
  severity: 'info',
  summary: "A goal with no value connection: no 'value:' line, and no 'so that...' in the statement saying why it matters.",
  *check(context) {
    const { plan, today } = context;
    for (const { goal, statement } of openGoals(context)) {
      if (hasValue(plan, goal, today)) continue;
      // 'Walk 3 times a week so I can keep up with my grandchildren' names its why in the statement.
      if (findPhrases(maskQuotes(statement.text), PURPOSE_MARKERS).length > 0) continue;
      yield {
        range: goal.idRange,
        message: `What makes '${shorten(statement.text)}' matter to you? A 'value:' line in your own words, such as 'value: more energy for the people I love', keeps the goal tied to what you care about.`,
        data: { goal: goal.id, field: 'value', afterLine: goal.range.end.line },
      };
    }
  },
};
