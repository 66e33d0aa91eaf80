/** unknown-category: a goal's category is not one of the seven. */
import { CATEGORY_INFO, CATEGORY_SYNONYMS } from '../../categories';
import { suggest } from '../../build/suggest';
import type { Rule } from '../rule';

const IDS = CATEGORY_INFO.map((c) => c.id);

/** 'a, b or c'. */
function listed(ids: readonly string[]): string {
  return `${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}`;
}

export const unknownCategory: Rule = {
  id: 'unknown-category',
  group: 'template',
  severity: 'warning',
  summary: 'A goal category that is not one of the seven Goalpost knows.',
  explanation: {
    standard: `'category:' takes one of seven ids: ${IDS.join(', ')}. The category says what kind of change a goal is after, and so how it is best measured: fewer symptoms are counted, a new skill is practised, an insight is noticed. A made-up category is also left out of reports that group goals by kind.`,
    plain: `The 'category:' line says what kind of goal this is, in one of seven words: ${IDS.join(', ')}. The kind helps decide how to keep track of it: for example, a relationship goal is often one kind act a week. Pick the word closest to your goal.`,
  },
  *check({ plan }) {
    for (const goal of plan.goals) {
      const category = goal.category;
      if (!category || IDS.includes(category.text as (typeof IDS)[number])) continue;
      const written = category.text.toLowerCase();
      const guess = CATEGORY_SYNONYMS[written] ?? suggest(written, IDS);
      yield {
        range: category.range,
        goal: goal.id,
        // With a close match the fix is all that needs saying; without one, the seven are the choice.
        message: guess
          ? `'${category.text}' is not one of the seven categories. Did you mean '${guess}'?`
          : `'${category.text}' is not a category: use ${listed(IDS)}.`,
        plain: guess
          ? `'${category.text}' is not one of the seven kinds of goal. Did you mean '${guess}'?`
          : `'${category.text}' is not a kind of goal. Pick one: ${listed(IDS)}.`,
        data: guess ? { replacement: guess } : {},
      };
    }
  },
};
