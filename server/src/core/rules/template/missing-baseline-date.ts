/** missing-baseline-date: a baseline without the date it was measured on. */
import type { Rule } from '../rule';

export const missingBaselineDate: Rule = {
  id: 'missing-baseline-date',
  group: 'template',
  severity: 'info',
  summary: 'A baseline without the date it was measured on.',
  explanation: {
    standard:
      "Progress is a change over time, and the baseline's date is where that time starts: the chart begins there, and for a goal added after the plan began, so does the review schedule. A dated baseline also tells a later reader how old the starting point is. Write it after 'on', as in 'baseline: 3 attacks/week on 2026-11-01'.",
    plain:
      'Progress is counted from the day you noted where you started. Writing that day down shows how far you have come since then, and how long ago it was. Add it after the word on, e.g. 3 attacks a week on 2026-11-01.',
  },
  *check({ plan, today }) {
    for (const goal of plan.goals) {
      const baseline = goal.baseline;
      if (!baseline || baseline.date) continue;
      // A date written after 'on' that is not a real date is split off the text and reported by the
      // parser (invalid-date): the baseline has its date, only mistyped, so a second one would not help.
      const raw = goal.fields.find((f) => f.value?.type === 'quantity' && f.value.quantity === baseline)?.raw;
      const end = baseline.text.range.end;
      if (raw && (raw.range.end.line > end.line || raw.range.end.character > end.character)) continue;
      const text = baseline.text.text;
      const example = `${text} on ${plan.header.start?.iso ?? today}`;
      yield {
        range: baseline.text.range,
        goal: goal.id,
        message: `Baseline '${text}' has no date: add the day it was measured, e.g. '${example}'.`,
        plain: `When did you note '${text}'? Add the day, e.g. '${example}'.`,
        data: { goal: goal.id, insertAt: baseline.text.range.end },
      };
    }
  },
};
