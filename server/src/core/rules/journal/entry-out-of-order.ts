/** entry-out-of-order: a journal entry dated before the entry written just above it. */
import type { Rule } from '../rule';

export const entryOutOfOrder: Rule = {
  id: 'entry-out-of-order',
  group: 'journal',
  severity: 'warning',
  summary: 'A journal entry dated before the entry written above it.',
  *check({ plan }) {
    // Each entry is compared with the one just above it, not with the latest date so far, so that
    // one mistyped date is reported once instead of on every line that follows it.
    for (const [i, entry] of plan.journal.entries()) {
      const above = plan.journal[i - 1];
      if (!above || entry.date.iso >= above.date.iso) continue;
      yield {
        range: entry.date.range,
        message: `This line is dated ${entry.date.iso} but follows ${above.date.iso} (line ${above.range.start.line + 1}). New lines go at the bottom, in date order: check both dates, or move this line up to where ${entry.date.iso} belongs.`,
        data: { date: entry.date.iso, follows: above.date.iso, followsLine: above.range.start.line },
      };
    }
  },
};
