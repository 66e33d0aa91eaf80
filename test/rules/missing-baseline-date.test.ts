import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

describe('missing-baseline-date', () => {
  it('asks for the date a baseline was measured', () => {
    expect(findings('missing-baseline-date', joinLines('goal walk: Walk 3 days a week', '  baseline: 1 walk/week -- from my phone'))).toMatchInlineSnapshot(`
      "  baseline: 1 walk/week -- from my phone
                  ^^^^^^^^^^^ info missing-baseline-date: Baseline '1 walk/week' has no date: add the day it was measured, e.g. '1 walk/week on 2026-11-25'."
    `);
  });

  it('stays silent with a date, and without a baseline (missing-field speaks then)', () => {
    expect(findings('missing-baseline-date', joinLines('goal walk: Walk 3 days a week', '  baseline: 1 walk/week on 2026-11-01', 'goal b: Swim'))).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    expect(findings('missing-baseline-date', joinLines('start: 2026-11-01', 'goal walk: Walk 3 days a week', '  baseline: 1 walk/week'), { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "  baseline: 1 walk/week
                  ^^^^^^^^^^^ info missing-baseline-date: When did you note '1 walk/week'? Add the day, e.g. '1 walk/week on 2026-11-01'."
    `);
  });
});
