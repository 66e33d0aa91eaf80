/** missing-value: a goal says nothing about why it matters to the person working on it. */
import { effectiveField, findGoal } from '../../queries';
import type { Goal, Plan } from '../../model';
import { PURPOSE_MARKERS } from '../../text/lexicon';
import { isAbstinence, isStayingSafe } from '../../text/goal-kind';
import { findPhrases, maskQuotes } from '../../text/words';
import type { Rule } from '../rule';
import { fitted, openGoals } from './open-goals';

/**
 * Whether each goal, or the long-term goal it is `part of` (and so on up), has a `value:` line
 * today: a short-term goal serves its long-term goal, and so the value written there. Each goal is
 * settled once, so a long chain of `part of` links costs its length, not its length cubed.
 */
function valuedGoals(plan: Plan, today: string): (goal: Goal) => boolean {
  const known = new Map<Goal, boolean>();
  const hasOwnValue = (goal: Goal) => Boolean(effectiveField(plan, goal, 'value', today)?.raw?.text.trim());
  return (goal) => {
    const chain = new Set<Goal>();
    let answer = false;
    for (let at: Goal | undefined = goal; at; at = at.partOf && findGoal(plan, at.partOf.text)) {
      const settled = known.get(at);
      if (settled !== undefined) {
        answer = settled;
        break;
      }
      if (chain.has(at)) break; // round in a circle: unknown-parent-goal reports it
      chain.add(at);
      if (hasOwnValue(at)) {
        answer = true;
        break;
      }
    }
    for (const member of chain) known.set(member, answer);
    return answer;
  };
}

export const missingValue: Rule = {
  id: 'missing-value',
  group: 'smart',
  facet: 'prompt',
  severity: 'info',
  summary: "A goal with no value connection: no 'value:' line, and no 'so that...' in the statement saying why it matters.",
  explanation: {
    standard:
      "A goal tied to what the client cares about is easier to keep going with on a hard week, and it keeps the plan theirs. Ask why it matters and write the answer in their words, on a 'value:' line or as 'so that...' in the statement. A short-term goal shares the value of the long-term goal it is part of.",
    plain:
      "Writing down why a goal matters to you helps on the days it feels hard. Use your own words, like 'value: more energy for my kids', or add 'so that...' to the goal.",
  },
  *check(context) {
    const { plan, today } = context;
    const hasValue = valuedGoals(plan, today);
    for (const { goal, statement } of openGoals(context)) {
      if (hasValue(goal)) continue;
      // 'Walk 3 times a week so I can keep up with my grandchildren' names its why in the statement.
      if (findPhrases(maskQuotes(statement.text), PURPOSE_MARKERS).length > 0) continue;
      // Asking why staying alive matters would jar: a safety goal is offered a place for reasons to
      // hold on to, and a goal of stopping self-harm or purging the life it is for.
      if (isStayingSafe(statement.text)) {
        const reason = isAbstinence(statement.text) ? 'the life I want back' : 'the people and things I live for';
        yield {
          range: goal.idRange,
          message: fitted(statement.text, (q) => `Reasons to hold on to can help '${q}' on hard days: write them in a 'value:' line, e.g. 'value: ${reason}'.`),
          plain: `Reasons to hold on to can help on hard days. Add a line like 'value: ${reason}'.`,
          goal: goal.id,
          data: { goal: goal.id, field: 'value', afterLine: goal.range.end.line },
        };
        continue;
      }
      yield {
        range: goal.idRange,
        message: fitted(statement.text, (q) => `Why does '${q}' matter to you? Say it in a 'value:' line, e.g. 'value: more energy for the people I love'.`),
        plain: fitted(statement.text, (q) => `Why does '${q}' matter to you? Add a line like 'value: more energy for my family'.`),
        goal: goal.id,
        data: { goal: goal.id, field: 'value', afterLine: goal.range.end.line },
      };
    }
  },
};
