import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

describe('review-without-scale', () => {
  it('flags a level given to a goal that has no scale, on the level', () => {
    expect(findings('review-without-scale', joinLines('goal walk: Walk 3 times a week', '  target: 3 walks/week', '2026-11-08 review walk: -1')))
      .toMatchInlineSnapshot(`
        "2026-11-08 review walk: -1
                                ^^ warning review-without-scale: 'walk' has no GAS scale, so level -1 means nothing agreed: review in words, or give the goal a 'scale:'."
      `);
  });

  it('stays silent for reviews without a level, of one goal or several', () => {
    const text = joinLines(
      'goal walk: Walk 3 times a week',
      'goal call: Call Jo every Sunday',
      '2026-11-08 review walk -- on track',
      '2026-11-08 review walk, call: talked it through',
    );
    expect(findings('review-without-scale', text)).toBe('');
  });

  it('leaves unknown goals and empty scales to their own rules, and stays silent with a scale', () => {
    const text = joinLines(
      'goal walk: Walk 3 times a week',
      '  scale:',
      '    -2: no walks',
      '    -1: 1 walk a week',
      '    0: 3 walks a week',
      '    +1: 4 walks a week',
      '    +2: a walk every day',
      'goal sleep: Sleep 7 hours a night',
      '  scale:',
      '2026-11-08 review walk: -1',
      '2026-11-08 review sleep: 0',
      '2026-11-08 review swim: 0',
    );
    expect(findings('review-without-scale', text)).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    expect(findings('review-without-scale', joinLines('goal walk: Walk 3 times a week', '2026-11-08 review walk: -1'), { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2026-11-08 review walk: -1
                              ^^ warning review-without-scale: 'walk' has no list of what -2 to +2 mean, so -1 says little. Say how it went in words, e.g. '-- a calmer week'."
    `);
  });
});
