import { describe, expect, it } from 'vitest';
import { codeLenses, documentContext } from '../../server/src/core/index';
import { LENS_COMMANDS } from '../../server/src/lsp/lens-commands';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

/** Each lens with the editor command it runs and the goal it is for, as the server names them. */
function lenses(text: string): string[] {
  return codeLenses(documentContext(text, { today: TODAY })).map(
    (l) => `${l.range.start.line}: ${l.title}${l.action ? ` [${LENS_COMMANDS[l.action.kind]} ${l.action.goal ?? ''}]`.replace(/ \]$/, ']') : ''}`,
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
        "15: Achieved on 2026-11-09 [goalpost.showChart sleep]",
      ]
    `);
  });

  it('say when a goal rests, never that its review is overdue, and mark the milestones reached', () => {
    const text = joinLines(
      'plan: Lens test',
      'start: 2026-09-01',
      'review: every 2 weeks',
      'goal sober: Stay alcohol-free for 90 days',
      '  baseline: 20 drinks/week on 2026-08-28',
      '  target: 0 drinks/week',
      '  milestone 2026-09-30: 30 days alcohol-free',
      '  milestone 2026-11-29: 90 days alcohol-free',
      'goal cook: Cook on 3 evenings a week by 2026-12-31',
      '  baseline: 0 evenings/week',
      '  target: 3 evenings/week',
      '  due: 2026-12-31',
      '2026-10-16 lapse sober -- the leaving do',
      '2026-11-20 review sober -- back on track',
      '2026-10-01 progress cook: 1 evening/week',
      '2026-10-10 paused cook -- too much on',
    );
    expect(lenses(text)).toMatchInlineSnapshot(`
      [
        "3: Baseline 20 drinks/week (2026-08-28)",
        "3: 40 of 90 days since the restart on 2026-10-17 [goalpost.logProgress sober]",
        "3: Next review in 9 days (2026-12-04) [goalpost.recordReview sober]",
        "6: ✓ Reached on 2026-09-30 [goalpost.showChart sober]",
        "8: Paused since 2026-10-10 [goalpost.showChart cook]",
        "8: Baseline 0 evenings/week",
        "8: 0 → 1 → 3 evenings/week · 33% of the way [goalpost.logProgress cook]",
      ]
    `);
  });

  it('show a revised baseline, and the goals a T-score leaves out', () => {
    const text = joinLines(
      'plan: Lens test',
      'start: 2026-11-01',
      'goal walk: Walk on 4 days a week by 2027-01-31',
      '  baseline: 1 day/week',
      '  target: 4 days/week',
      '  due: 2027-01-31',
      '  start level: -1',
      '2026-11-02 revise walk baseline: 2 day/week -- counted again with the step counter',
      '2026-11-20 review walk: 5',
    );
    const titles = lenses(text);
    // The revised baseline, with its unit in the plural though the revision wrote it in the singular.
    expect(titles).toContain('2: Baseline 2 days/week');
    expect(titles[0]).toBe('0: No GAS T-score on 2026-11-20: walk is left out (its review on 2026-11-20 gives level 5, which is not on the scale from -2 to +2) [goalpost.showChart]');
    const two = joinLines(text, 'goal talk: Speak up once in each team meeting by 2027-01-31', '  start level: -1', '2026-11-20 review talk: 0');
    expect(lenses(two)[0]).toBe('0: GAS T-score 50 on 2026-11-20 · +10 from baseline · leaves out walk [goalpost.showChart]');
  });
});
