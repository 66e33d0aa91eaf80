import { describe, expect, it } from 'vitest';
import { analyze, ALL_RULES } from '../../server/src/core/index';
import { joinLines } from '../support/render';
import { findings, TODAY } from '../support/rules';

const goals = joinLines('goal panic: 1 panic attack a week by March', 'goal sleep-hours: Sleep 7 hours a night', 'goal walk: Walk 3 times a week');

describe('unknown-goal', () => {
  it('points at the id, with the closest goal when one is near', () => {
    expect(
      findings(
        'unknown-goal',
        joinLines(
          goals,
          '2026-11-08 progress pnaic: 2 attacks/week',
          '2026-11-08 review Panic: -1',
          '2026-11-08 progress sleeping: 6 hours',
          '2026-11-09 achieved walking',
          '2026-11-10 note drinks: two beers at the wedding',
          '2026-11-10 revise swim target: 2 swims/week',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "2026-11-08 progress pnaic: 2 attacks/week
                          ^^^^^ error unknown-goal: No goal is called 'pnaic'. Did you mean 'panic'?
      2026-11-08 review Panic: -1
                        ^^^^^ error unknown-goal: No goal is called 'Panic'. Did you mean 'panic'?
      2026-11-08 progress sleeping: 6 hours
                          ^^^^^^^^ error unknown-goal: No goal is called 'sleeping'. Did you mean 'sleep-hours'?
      2026-11-09 achieved walking
                          ^^^^^^^ error unknown-goal: No goal is called 'walking'. Did you mean 'walk'?
      2026-11-10 note drinks: two beers at the wedding
                      ^^^^^^ error unknown-goal: No goal is called 'drinks', so this note line reaches none. The goals are: panic, sleep-hours, walk.
      2026-11-10 revise swim target: 2 swims/week
                        ^^^^ error unknown-goal: No goal is called 'swim', so this revise line reaches none. The goals are: panic, sleep-hours, walk."
    `);
  });

  it('tells a plan without goals to add one', () => {
    expect(findings('unknown-goal', '2026-11-08 progress panic: 2 attacks/week')).toMatchInlineSnapshot(`
      "2026-11-08 progress panic: 2 attacks/week
                          ^^^^^ error unknown-goal: No goal is called 'panic' yet: add a 'goal panic: <statement>' line above the journal first."
    `);
  });

  it('gives a quick fix the id and the suggestion', () => {
    const rule = ALL_RULES.find((r) => r.id === 'unknown-goal')!;
    const text = joinLines(goals, '2026-11-08 progress pnaic: 2 attacks/week', '2026-11-10 note drinks: two beers');
    expect(analyze(text, { today: TODAY, rules: [rule] }).diagnostics.map((d) => d.data)).toEqual([
      { id: 'pnaic', suggestion: 'panic' },
      { id: 'drinks', suggestion: null },
    ]);
  });

  it('stays silent when every entry names a goal of the plan, wherever the goal is written', () => {
    const text = joinLines(
      goals,
      '2026-11-08 session',
      '2026-11-08 progress panic: 2 attacks/week',
      '2026-11-08 note: a hard week',
      '2026-11-08 mood: 6/10',
      'goal late: A goal added after the journal began',
      '2026-11-09 note late: first day',
    );
    expect(findings('unknown-goal', text)).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    const text = joinLines('goal panic: 1 panic attack a week', 'goal walk: Walk 3 times a week', '2026-11-08 progress pnaic: 2 attacks/week', '2026-11-08 note drinks: a hard evening');
    expect(findings('unknown-goal', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2026-11-08 progress pnaic: 2 attacks/week
                          ^^^^^ error unknown-goal: There is no goal called 'pnaic'. Did you mean 'panic'?
      2026-11-08 note drinks: a hard evening
                      ^^^^^^ error unknown-goal: There is no goal called 'drinks'. Use one of yours: panic, walk."
    `);
    expect(findings('unknown-goal', '2026-11-08 progress panic: 2 attacks/week', { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2026-11-08 progress panic: 2 attacks/week
                          ^^^^^ error unknown-goal: There is no goal called 'panic' yet. Add it first, e.g. 'goal panic: <your goal, in your words>'."
    `);
  });
});
