/** review-score-out-of-range: a GAS review level outside -2..+2. */
import { hasLevel } from '../../model';
import { formatLevel, isGasLevel } from '../gas/levels';
import type { Rule } from '../rule';

export const reviewScoreOutOfRange: Rule = {
  id: 'review-score-out-of-range',
  group: 'journal',
  severity: 'error',
  summary: 'A GAS review level outside the scale, which runs from -2 to +2.',
  *check({ plan }) {
    for (const entry of plan.journal) {
      if (entry.kind !== 'review' || !hasLevel(entry) || isGasLevel(entry.level)) continue;
      const nearest = Math.max(-2, Math.min(2, entry.level));
      const written = formatLevel(nearest);
      const beyond = nearest > 0 ? 'better than the best outcome you expected' : 'worse than the worst outcome you expected';
      yield {
        range: entry.levelRange,
        message: `${formatLevel(entry.level)} is off the GAS scale, which runs from -2 to +2. If '${entry.goal.text}' went ${beyond}, record ${written} and say so in a note: '${entry.date.iso} review ${entry.goal.text}: ${written} -- even ${nearest > 0 ? 'better' : 'worse'} than ${written}'.`,
        data: { level: entry.level, replacement: written },
      };
    }
  },
};
