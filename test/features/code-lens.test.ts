import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/core/index';
import { codeLenses } from '../../server/src/core/features/code-lens';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

function lenses(text: string): string[] {
  return codeLenses(parse(text).plan, 'file:///plan.goals', TODAY).map(
    (l) => `${l.range.start.line}: ${l.title}${l.command ? ` [${l.command.id} ${l.command.arguments.slice(1).join(' ')}]`.replace(/ \]$/, ']') : ''}`,
  );
}

describe('code lenses', () => {
  it('show the plan’s T-score, and each goal’s baseline, progress, review and GAS level', () => {
    const text = joinLines(
      'plan: Lens test',
      'start: 2026-11-01',
      'review: every 2 weeks',
      'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
      '  baseline: 3 attacks/week on 2026-11-01',
      '  target: 1 attacks/week',
      '  due: 2027-01-31',
      '  start level: -1',
      '  scale:',
      '    -2: 4 or more attacks a week',
      '    -1: 3 attacks a week',
      '     0: 2 attacks a week',
      '    +1: 1 attack a week',
      '    +2: no attacks for two weeks',
      'goal walk: Walk 3 days a week',
      'goal sleep: In bed by 23:00',
      '2026-11-08 progress panic: 2 attacks/week',
      '2026-11-08 review panic: 0',
      '2026-11-09 achieved sleep',
    );
    expect(lenses(text)).toMatchInlineSnapshot(`
      [
        "0: GAS T-score 50 on 2026-11-08 · +10 from baseline [goalpost.showChart]",
        "3: Baseline 3 attacks/week (2026-11-01)",
        "3: 3 → 2 → 1 attacks/week · 50% of the way · ahead of plan [goalpost.logProgress panic]",
        "3: Review overdue by 3 days (due 2026-11-22) [goalpost.recordReview panic]",
        "3: GAS 0 on 2026-11-08: 2 attacks a week [goalpost.showChart panic]",
        "14: No baseline yet [goalpost.addBaseline walk]",
        "14: Review overdue by 10 days (due 2026-11-15) [goalpost.recordReview walk]",
        "15: Achieved [goalpost.showChart sleep]",
      ]
    `);
  });
});
