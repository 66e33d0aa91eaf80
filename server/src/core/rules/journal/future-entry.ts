/** future-entry: a journal entry dated after today. */
import { toDate } from '../../values/dates';
import { entryRule } from '../rule';

export const futureEntry = entryRule({
  id: 'future-entry',
  group: 'journal',
  severity: 'warning',
  summary: 'A journal entry dated after today.',
  explanation: {
    standard:
      "The journal records what has happened: a progress line dated after today becomes the goal's latest measurement for weeks, and a future 'achieved' or 'dropped' closes a goal still being worked on. The usual slip is the year ('2027-11-08' for '2026-11-08'), and the message names that day when it has passed. A session still to come can be written once it has taken place.",
    plain:
      "Your journal is for what has already happened, so each line has a day that has come. A day still to come is often a typo in the year, e.g. 2027 for 2026. For a session you are planning, write it down after it has taken place.",
  },
  *checkEntry(entry, { today }) {
    const date = entry.date.iso;
    if (date <= today) return;
    const suggestion = thisYear(date, today);
    const session = entry.kind === 'session';
    yield {
      range: entry.date.range,
      message: `${date} has not happened yet (today is ${today}): ${suggestion ? `did you mean ${suggestion}?` : 'check the date.'}${session ? ' A session still to come can wait until it has taken place.' : ''}`,
      plain: suggestion
        ? `${date} is still to come (today is ${today}). Did you mean ${suggestion}?`
        : `${date} is still to come (today is ${today}). ${session ? 'Write this session down once it has taken place.' : "Check the date, e.g. use today's if it happened today."}`,
      data: { date, today, ...(suggestion && { suggestion }) },
    };
  },
});

/** The same day in today's year, when that is a real date not after today: the usual slip of the year. */
function thisYear(date: string, today: string): string | undefined {
  const candidate = `${today.slice(0, 4)}${date.slice(4)}`;
  return candidate !== date && candidate <= today && toDate(candidate) ? candidate : undefined;
}
