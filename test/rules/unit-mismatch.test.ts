import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

describe('unit-mismatch', () => {
  it('flags a target, milestone or revision in another unit than the baseline', () => {
    expect(
      findings(
        'unit-mismatch',
        joinLines(
          'goal panic: Fewer panic attacks, 1 a week by March',
          '  baseline: 3 attacks/week on 2026-11-01',
          '  target: 4 attacks/month',
          '  milestone 2026-12-15: 30 minutes',
          '2026-11-20 revise panic target: 1 attack/day',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "  target: 4 attacks/month
                ^^^^^^^^^^^^^^^ warning unit-mismatch: '4 attacks/month' is counted in a different unit from the baseline ('3 attacks/week'). Use one unit for baseline, target and milestones, so progress can be compared.
        milestone 2026-12-15: 30 minutes
                              ^^^^^^^^^^ warning unit-mismatch: '30 minutes' is counted in a different unit from the baseline ('3 attacks/week'). Use one unit for baseline, target and milestones, so progress can be compared.
      2026-11-20 revise panic target: 1 attack/day
                                      ^^^^^^^^^^^^ warning unit-mismatch: '1 attack/day' is counted in a different unit from the baseline ('3 attacks/week'). Use one unit for baseline, target and milestones, so progress can be compared."
    `);
  });

  it('treats case, plurals and "a"/"per" as the same unit, and ignores unitless numbers', () => {
    const text = joinLines(
      'goal panic: Fewer panic attacks, 1 a week by March',
      '  baseline: 3 Attacks per week on 2026-11-01',
      '  target: 1 attack/week',
      '  milestone 2026-12-15: 2 attacks a week',
      '  milestone 2027-01-15: 0',
      'goal mood: Mood at 7/10 on most days',
      '  baseline: 4/10 on 2026-11-01',
      '  target: 7/10',
    );
    expect(findings('unit-mismatch', text)).toBe('');
  });
});
