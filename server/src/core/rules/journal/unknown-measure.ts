/** unknown-measure: a measure the plan does not track, in a plan that declares its tracked measures. */
import { closest, distance } from 'fastest-levenshtein';
import type { Rule } from '../rule';
import { declarations } from './measure-out-of-range';

/** How far a name may be from a declared one to be taken for a slip of the keys. */
const TYPO_DISTANCE = 2;

export const unknownMeasure: Rule = {
  id: 'unknown-measure',
  group: 'journal',
  severity: 'warning',
  summary: "A measure logged under a name no 'track' line declares, when the plan declares the measures it tracks.",
  *check({ plan }) {
    const declared = declarations(plan);
    // A plan without 'track' lines logs measures freely; declaring one makes the list the plan's own.
    if (declared.size === 0) return;
    const names = [...declared.values()].map((t) => t.name.text);
    for (const entry of plan.journal) {
      if (entry.kind !== 'measure' || declared.has(entry.name.text.toLowerCase())) continue;
      const written = entry.name.text;
      const guess = closest(written.toLowerCase(), names.map((n) => n.toLowerCase()));
      const near = guess !== undefined && distance(written.toLowerCase(), guess) <= TYPO_DISTANCE;
      const named = near ? names.find((n) => n.toLowerCase() === guess)! : undefined;
      yield named
        ? {
            range: entry.name.range,
            message: `'${written}' is not a measure this plan tracks. Did you mean '${named}'?`,
            data: { replacement: named },
          }
        : {
            range: entry.name.range,
            severity: 'info',
            message: `'${written}' is not one of the measures this plan tracks (${names.join(', ')}). To chart it, add 'track ${written}: <range or unit>' to the header.`,
          };
    }
  },
};
