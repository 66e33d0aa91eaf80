import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const goals = joinLines('goal panic: 1 panic attack a week by March', 'goal walk: Walk 3 times a week');

describe('entry-for-closed-goal', () => {
  it('flags progress and reviews dated after the goal was dropped, and leaves an achieved goal’s follow-up measurements alone', () => {
    expect(
      findings(
        'entry-for-closed-goal',
        joinLines(goals, '2026-11-10 achieved panic', '2026-11-12 dropped walk -- knee injury', '2026-11-16 progress panic: 0 attacks/week', '2026-11-16 progress walk: 1 walk/week', '2026-11-16 review walk: -1'),
      ),
    ).toMatchInlineSnapshot(`
      "2026-11-16 progress walk: 1 walk/week
                          ^^^^ warning entry-for-closed-goal: 'walk' was dropped on 2026-11-12: add '2026-11-16 resumed walk' above this progress, or make it a note.
      2026-11-16 review walk: -1
                        ^^^^ warning entry-for-closed-goal: 'walk' was dropped on 2026-11-12: add '2026-11-16 resumed walk' above this review, or make it a note."
    `);
  });

  it('allows a last measurement on the day the goal closes, above or below that line', () => {
    const text = joinLines(
      goals,
      '2026-11-16 progress panic: 0 attacks/week',
      '2026-11-16 achieved panic',
      '2026-11-16 review panic: +2',
      '2026-11-16 dropped walk',
      '2026-11-16 progress walk: 1 walk/week',
    );
    expect(findings('entry-for-closed-goal', text)).toBe('');
  });

  it('allows follow-up reviews and measurements of an achieved goal, and wins and setbacks', () => {
    const text = joinLines(goals, '2026-11-10 achieved panic', '2026-12-08 review panic: +1 -- still holding a month on', '2026-12-08 progress panic: 0 attacks/week', '2026-12-08 win panic -- took the bus to town', '2026-12-09 setback panic -- one attack at the dentist');
    expect(findings('entry-for-closed-goal', text)).toBe('');
  });

  it('allows entries once the goal is resumed, from the whole day it resumes', () => {
    const text = joinLines(
      goals,
      '2026-11-10 achieved panic',
      '2026-11-16 progress panic: 2 attacks/week -- written before the resumed line',
      '2026-11-16 resumed panic -- attacks came back after the move',
      '2026-11-23 review panic: -1',
    );
    expect(findings('entry-for-closed-goal', text)).toBe('');
  });

  it('flags entries again once a resumed goal closes a second time', () => {
    const text = joinLines(goals, '2026-11-01 dropped walk', '2026-11-03 progress walk: 1 walk/week', '2026-11-05 resumed walk', '2026-11-10 dropped walk', '2026-11-20 progress walk: 3 walks/week');
    expect(findings('entry-for-closed-goal', text)).toMatchInlineSnapshot(`
      "2026-11-03 progress walk: 1 walk/week
                          ^^^^ warning entry-for-closed-goal: 'walk' was dropped on 2026-11-01: add '2026-11-03 resumed walk' above this progress, or make it a note.
      2026-11-20 progress walk: 3 walks/week
                          ^^^^ warning entry-for-closed-goal: 'walk' was dropped on 2026-11-10: add '2026-11-20 resumed walk' above this progress, or make it a note."
    `);
  });

  it('stays silent for paused goals and for notes about closed goals', () => {
    const text = joinLines(goals, '2026-11-01 paused walk', '2026-11-08 progress walk: 1 walk/week', '2026-11-10 achieved panic', '2026-11-20 note panic: still no attacks');
    expect(findings('entry-for-closed-goal', text)).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    const text = joinLines(goals, '2026-11-12 dropped walk', '2026-11-16 review walk: -1');
    expect(findings('entry-for-closed-goal', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2026-11-16 review walk: -1
                        ^^^^ warning entry-for-closed-goal: 'walk' was dropped on 2026-11-12. If you are working on it again, add '2026-11-16 resumed walk' above this line."
    `);
  });
});
