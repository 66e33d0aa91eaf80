/** unknown-measure: a measure the plan does not track, in a plan that declares its tracked measures. */
import { closest, distance } from 'fastest-levenshtein';
import { entryRule } from '../rule';
import { declarations } from './measure-out-of-range';

/** How far a name may be from a declared one to be taken for a slip of the keys. */
const TYPO_DISTANCE = 2;

export const unknownMeasure = entryRule({
  id: 'unknown-measure',
  group: 'journal',
  severity: 'warning',
  summary: "A measure logged under a name no 'track' line declares, when the plan declares the measures it tracks.",
  explanation: {
    standard:
      "Once a plan declares its measures with 'track' lines, a name none of them declares starts a second measure of its own: 'moood: 4' never appears in the mood chart, and the day looks like a gap in the log. A name close to a declared one is suggested; a new measure is declared with 'track <name>: <range or unit>' in the header.",
    plain:
      "The top of your plan lists the things you track, like mood or sleep. A name that is not on that list starts a new chart, so a typo such as 'moood' leaves a gap in your mood chart. Use the name from the list, or add the new one at the top.",
  },
  kinds: ['measure'],
  *checkEntry(entry, { plan }) {
    const declared = declarations(plan);
    // A plan without 'track' lines logs measures freely; declaring one makes the list the plan's own.
    if (declared.size === 0) return;
    if (declared.has(entry.name.text.toLowerCase())) return;
    const names = [...declared.values()].map((t) => t.name.text);
    const written = entry.name.text;
    const guess = closest(written.toLowerCase(), names.map((n) => n.toLowerCase()));
    const near = guess !== undefined && distance(written.toLowerCase(), guess) <= TYPO_DISTANCE;
    const named = near ? names.find((n) => n.toLowerCase() === guess)! : undefined;
    yield named
      ? {
          range: entry.name.range,
          message: `'${written}' is not a measure this plan tracks. Did you mean '${named}'?`,
          plain: `'${written}' is not one of the things you track. Did you mean '${named}'?`,
          data: { replacement: named },
        }
      : {
          range: entry.name.range,
          severity: 'info',
          message: `'${written}' is not one of the measures this plan tracks (${names.join(', ')}). To chart it, add 'track ${written}: <range or unit>' to the header.`,
          plain: `'${written}' is not one of the things you track yet. To chart it, add a line at the top, e.g. 'track ${written}: 1-10'.`,
        };
  },
});
