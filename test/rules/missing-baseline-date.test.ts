import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

describe('missing-baseline-date', () => {
  it('asks for the date a baseline was measured', () => {
    expect(findings('missing-baseline-date', joinLines('goal walk: Walk 3 days a week', '  baseline: 1 walk/week -- from my phone'))).toMatchInlineSnapshot(`
      "  baseline: 1 walk/week -- from my phone
                  ^^^^^^^^^^^ info missing-baseline-date: When was '1 walk/week' measured? Add the date, as in 'baseline: 1 walk/week on 2026-11-25', so progress is counted from the right day."
    `);
  });

  it('stays silent with a date, and without a baseline (missing-field speaks then)', () => {
    expect(findings('missing-baseline-date', joinLines('goal walk: Walk 3 days a week', '  baseline: 1 walk/week on 2026-11-01', 'goal b: Swim'))).toBe('');
  });
});
