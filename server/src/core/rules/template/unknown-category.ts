/** unknown-category: a goal's category is not one of the seven. */
import { CATEGORY_INFO } from '../../categories';
import { suggest } from '../../build/suggest';
import type { Rule } from '../rule';

const IDS = CATEGORY_INFO.map((c) => c.id);

export const unknownCategory: Rule = {
  id: 'unknown-category',
  group: 'template',
  severity: 'warning',
  summary: 'A goal category that is not one of the seven Goalpost knows.',
  *check({ plan }) {
    for (const goal of plan.goals) {
      const category = goal.category;
      if (!category || IDS.includes(category.text as (typeof IDS)[number])) continue;
      const guess = suggest(category.text.toLowerCase(), IDS);
      yield {
        range: category.range,
        message: `'${category.text}' is not one of the seven categories.${guess ? ` Did you mean '${guess}'?` : ''} They are: ${IDS.join(', ')}.`,
        data: guess ? { replacement: guess } : {},
      };
    }
  },
};
