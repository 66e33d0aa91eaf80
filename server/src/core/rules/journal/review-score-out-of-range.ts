/** review-score-out-of-range: a GAS review level outside -2..+2. */
import { hasLevel } from '../../model';
import { formatLevel, isGasLevel } from '../gas/levels';
import { entryRule } from '../rule';

export const reviewScoreOutOfRange = entryRule({
  id: 'review-score-out-of-range',
  group: 'journal',
  severity: 'error',
  summary: 'A GAS review level outside the scale, which runs from -2 to +2.',
  explanation: {
    standard:
      "The five levels are all a GAS scale defines: there is no description of a +3, and the T-score that combines goals assumes levels from -2 to +2. A goal that went further than anyone expected is a good story worth keeping; record it as +2 (or -2) and say so in the note after ' -- '.",
    plain:
      "A review picks one of the five lines you agreed, from -2 to +2, so there is nothing past them. If things went even better than your +2 line, that is great news: write +2 and add a note, e.g. '-- even better than we hoped'.",
  },
  kinds: ['review'],
  *checkEntry(entry) {
    if (!hasLevel(entry) || isGasLevel(entry.level)) return;
    const nearest = Math.max(-2, Math.min(2, entry.level));
    const written = formatLevel(nearest);
    const further = nearest > 0 ? 'better' : 'worse';
    yield {
      range: entry.levelRange,
      goal: entry.goal.text,
      message: `${formatLevel(entry.level)} is off the GAS scale, which runs from -2 to +2: record ${written}, with a note if it went even ${further}.`,
      plain: `${formatLevel(entry.level)} is past the end: reviews go from -2 to +2. Write ${written} with a note, e.g. '${entry.date.iso} review ${entry.goal.text}: ${written} -- even ${further}'.`,
      data: { level: entry.level, replacement: written },
    };
  },
});
