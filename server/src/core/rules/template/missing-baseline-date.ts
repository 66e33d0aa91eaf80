/** missing-baseline-date: a baseline without the date it was measured on. */
import type { Rule } from '../rule';

export const missingBaselineDate: Rule = {
  id: 'missing-baseline-date',
  group: 'template',
  severity: 'info',
  summary: 'A baseline without the date it was measured on.',
  *check({ plan, today }) {
    for (const goal of plan.goals) {
      const baseline = goal.baseline;
      if (!baseline || baseline.date) continue;
      // A date written after 'on' that is not a real date is split off the text and reported by the
      // parser (invalid-date): the baseline has its date, only mistyped, so a second one would not help.
      const raw = goal.fields.find((f) => f.value?.type === 'quantity' && f.value.quantity === baseline)?.raw;
      const end = baseline.text.range.end;
      if (raw && (raw.range.end.line > end.line || raw.range.end.character > end.character)) continue;
      yield {
        range: baseline.text.range,
        message: `When was '${baseline.text.text}' measured? Add the date, as in 'baseline: ${baseline.text.text} on ${plan.header.start?.iso ?? today}', so progress is counted from the right day.`,
        data: { goal: goal.id, insertAt: baseline.text.range.end },
      };
    }
  },
};
