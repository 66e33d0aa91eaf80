/** unmeasurable-goal: nothing in the goal says how progress or success would be seen. */
import { effectiveDue } from '../../queries';
import { ABSTINENCE_TEMPLATES, ATTENDANCE_TEMPLATES, FILLER_WORDS, HABIT_WORDS, ONE_OFF_VERBS, PARTS_OF_DAY, SINGLE_OCCASION_TEMPLATES } from '../../text/lexicon';
import { matchTemplates } from '../../text/patterns';
import { findQuantities, mentionsTimeframe } from '../../text/quantities';
import { findPhrases, fold, looksEnglish, words } from '../../text/words';
import type { Rule } from '../rule';
import { measuredByFields, openGoals, shorten } from './open-goals';

/**
 * A one-off action with a date ('Tell my boss about my diagnosis by March') is measurable as it
 * stands: by the date it is done or it is not. An ongoing habit ('Start writing in a journal in
 * the evenings') is not, however soon it starts.
 */
function isOneOffWithDate(text: string, hasDue: boolean): boolean {
  // 'Stay sober at my cousin's wedding' or '... on 2026-12-18' is about one day: it happened or not.
  if (matchTemplates(text, SINGLE_OCCASION_TEMPLATES).length > 0 && findPhrases(text, HABIT_WORDS).length === 0) return true;
  if (!hasDue && !mentionsTimeframe(text)) return false;
  // 'Stay alcohol-free until my birthday': days without a drink are there to be counted.
  if (matchTemplates(text, ABSTINENCE_TEMPLATES).length > 0) return true;
  const all = words(text);
  const firstAim = all.findIndex((w) => !FILLER_WORDS.includes(fold(w.text)));
  const head = all[firstAim];
  if (!head) return false;
  const verb = findPhrases(text.slice(head.start), ONE_OFF_VERBS).find((span) => span.start === 0);
  if (!verb) return false;
  const rest = text.slice(head.start + verb.end);
  return findPhrases(rest, HABIT_WORDS).length === 0;
}

/** A count in the client's own terms: 'on 4 evenings a week' for a goal about evenings. */
function suggestedCount(text: string): string {
  const part = findPhrases(text, PARTS_OF_DAY)[0];
  if (!part) return 'on 3 days a week';
  const word = fold(part.text);
  return `on 4 ${word.endsWith('s') ? word : `${word}s`} a week`;
}

export const unmeasurableGoal: Rule = {
  id: 'unmeasurable-goal',
  group: 'smart',
  facet: 'statement',
  severity: 'warning',
  summary: 'A goal with no number, measure, target, milestone or scale, so nothing shows whether it is working.',
  *check(context) {
    const { plan, today } = context;
    // Where a wording rule speaks about the statement it already offers a reframe with a count in
    // it, so this finding steps back for it: see OVERLAPS in rules/overlaps.ts.
    for (const { goal, statement } of openGoals(context)) {
      // Goalpost's word lists are English: in another language, only the fields can be judged.
      if (!looksEnglish(statement.text)) continue;
      if (findQuantities(statement.text).length > 0 || measuredByFields(plan, goal, today)) continue;
      if (isOneOffWithDate(statement.text, effectiveDue(plan, goal, today) !== undefined)) continue;
      // 'Attend every scheduled session', 'Complete the full programme': all or none is a count.
      if (matchTemplates(statement.text, ATTENDANCE_TEMPLATES).length > 0) continue;
      yield {
        range: statement.range,
        goal: goal.id,
        message: `'${shorten(statement.text)}' doesn't yet say how you'll know it's happening. Add how often or how much, e.g. '${suggestedCount(statement.text)}', or a 'measure:' line naming what you'll count.`,
        data: { goal: goal.id, suggestion: suggestedCount(statement.text) },
      };
    }
  },
};
