import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

describe('unit-mismatch', () => {
  it('flags a target or milestone in another unit than the baseline', () => {
    expect(
      findings(
        'unit-mismatch',
        joinLines(
          'goal panic: Fewer panic attacks, 1 a week by March',
          '  baseline: 3 attacks/week on 2026-11-01',
          '  target: 4 attacks/month',
          '  milestone 2026-12-15: 30 minutes',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "  target: 4 attacks/month
                ^^^^^^^^^^^^^^^ warning unit-mismatch: Unit of '4 attacks/month' differs from the baseline ('3 attacks/week'): use one unit throughout.
        milestone 2026-12-15: 30 minutes
                              ^^^^^^^^^^ warning unit-mismatch: Unit of '30 minutes' differs from the baseline ('3 attacks/week'): use one unit throughout."
    `);
  });

  it('compares what stands after revisions, and asks for the baseline to follow a target into a new unit', () => {
    const revised = joinLines(
      'goal sleep: Sleep 7 hours a night by March',
      '  baseline: 5 hours on 2026-11-01',
      '  target: 7 hours',
      '2026-11-20 revise sleep target: 5 nights/week -- counting good nights instead',
    );
    expect(findings('unit-mismatch', revised)).toMatchInlineSnapshot(`
      "2026-11-20 revise sleep target: 5 nights/week -- counting good nights instead
                                      ^^^^^^^^^^^^^ warning unit-mismatch: '5 nights/week' is in a new unit, unlike the baseline ('5 hours'): revise it too, '2026-11-25 revise sleep baseline: <in nights/week>'."
    `);
    expect(findings('unit-mismatch', joinLines(revised, '2026-11-20 revise sleep baseline: 2 nights/week'))).toBe('');
  });

  it('lets a baseline of zero and an abstinence goal’s day counts stand beside any unit', () => {
    const text = joinLines(
      'start: 2026-09-01',
      'goal run: Run 3 times a week by March',
      '  baseline: 0 runs/week on 2026-09-01',
      '  target: 3 times/week',
      'goal sober: Stay alcohol-free for 90 days, one day at a time',
      '  baseline: 40 drinks/week on 2026-08-30',
      '  target: 0 drinks/week',
      '  milestone 2026-10-01: 30 days alcohol-free',
      '  milestone 2026-11-29: 90 days',
    );
    expect(findings('unit-mismatch', text)).toBe('');
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
  it('says it in simple words in the plain voice', () => {
    const text = joinLines('goal mood: Mood at 7/10 on most days', '  baseline: 4/10 on 2026-11-01', '  target: 7 points', '  milestone 2026-12-15: 6/10');
    expect(findings('unit-mismatch', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "  target: 7 points
                ^^^^^^^^ warning unit-mismatch: '7 points' is counted another way than your starting point ('4/10'). Count both the same way, e.g. out of 10."
    `);
    const revised = joinLines('goal sleep: Sleep 7 hours a night', '  baseline: 5 hours on 2026-11-01', '  target: 7 hours', '2026-11-20 revise sleep target: 5 nights/week');
    expect(findings('unit-mismatch', revised, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2026-11-20 revise sleep target: 5 nights/week
                                      ^^^^^^^^^^^^^ warning unit-mismatch: '5 nights/week' is counted a new way, but your starting point ('5 hours') is not. Write where you started in nights/week too."
    `);
  });
});
