/** future-entry: a journal entry dated after today. */
import { toDate } from '../../values/dates';
import type { Rule } from '../rule';

export const futureEntry: Rule = {
  id: 'future-entry',
  group: 'journal',
  severity: 'warning',
  summary: 'A journal entry dated after today.',
  *check({ plan, today }) {
    for (const entry of plan.journal) {
      const date = entry.date.iso;
      if (date <= today) continue;
      const suggestion = thisYear(date, today);
      yield {
        range: entry.date.range,
        message: `${date} has not happened yet (today is ${today}). The journal records what has happened; ${suggestion ? `did you mean ${suggestion}?` : 'check the date.'}${entry.kind === 'session' ? ' A session still to come can wait until it has taken place.' : ''}`,
        data: { date, today, ...(suggestion && { suggestion }) },
      };
    }
  },
};

/** The same day in today's year, when that is a real date not after today: the usual slip of the year. */
function thisYear(date: string, today: string): string | undefined {
  const candidate = `${today.slice(0, 4)}${date.slice(4)}`;
  return candidate !== date && candidate <= today && toDate(candidate) ? candidate : undefined;
}
