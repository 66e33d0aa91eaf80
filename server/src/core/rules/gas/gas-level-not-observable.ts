/** gas-level-not-observable: a GAS level that judges ("much better") instead of saying what someone would see. */
import type { Rule } from '../rule';
import { formatLevel } from './levels';
import { isVagueLevel } from './observable';

export const gasLevelNotObservable: Rule = {
  id: 'gas-level-not-observable',
  group: 'gas',
  severity: 'warning',
  summary: 'A GAS level that judges, such as "much better", instead of describing what someone could observe.',
  *check({ plan }) {
    for (const goal of plan.goals) {
      for (const level of goal.scale ?? []) {
        if (!isVagueLevel(level.text.text)) continue;
        const written = formatLevel(level.level);
        yield {
          range: level.text.range,
          message: `'${level.text.text}' is a judgement, not something anyone could check, so two people could score the same week differently. Say what ${written} looks like, with a number where you can: how often, how long, how many, or what you would do.`,
          data: { goal: goal.id, level: level.level },
        };
      }
    }
  },
};
