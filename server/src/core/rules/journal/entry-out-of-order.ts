/** entry-out-of-order: a journal entry dated before the entry written just above it. */
import { entryRule } from '../rule';

export const entryOutOfOrder = entryRule({
  id: 'entry-out-of-order',
  group: 'journal',
  severity: 'warning',
  summary: 'A journal entry dated before the entry written above it.',
  explanation: {
    standard:
      'The journal is read from top to bottom as the story of the plan: new lines go at the bottom, in date order, and lines of one day keep the order they were written in. A line dated before the one above it is usually a typo in one of the two dates, or a late entry that belongs higher up. Each line is compared with the one just above it, so one wrong date is reported once.',
    plain:
      'Your journal reads like a diary, from the oldest day at the top to the newest at the bottom. A day earlier than the line above it is often a typo, e.g. 2026-11-02 written for 2026-12-02. Fix the date, or move the line up to where that day belongs.',
  },
  // Each entry is compared with the one just above it, not with the latest date so far, so that
  // one mistyped date is reported once instead of on every line that follows it.
  *checkEntry(entry, _context, above) {
    if (!above || entry.date.iso >= above.date.iso) return;
    yield {
      range: entry.date.range,
      message: `This line is dated ${entry.date.iso} but follows ${above.date.iso} (line ${above.range.start.line + 1}): check both dates, or move it up to where it belongs.`,
      plain: `This line says ${entry.date.iso}, but the line above says ${above.date.iso}, a later day. Fix the date, or move this line up.`,
      data: { date: entry.date.iso, follows: above.date.iso, followsLine: above.range.start.line },
    };
  },
});
