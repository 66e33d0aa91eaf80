import { describe, expect, it } from 'vitest';
import { analyze, ALL_RULES } from '../../server/src/core/index';
import { joinLines } from '../support/render';
import { findings, TODAY } from '../support/rules';

const panic = joinLines('goal panic: 1 panic attack a week by March', '  baseline: 3 attacks/week on 2026-11-01', '  target: 1 attack/week');

describe('progress-unit-mismatch', () => {
  it('points at the unit of a progress entry that differs from the goal’s', () => {
    expect(findings('progress-unit-mismatch', joinLines(panic, '2026-11-08 progress panic: 8 attacks/month', '2026-11-15 progress panic: 6/10')))
      .toMatchInlineSnapshot(`
        "2026-11-08 progress panic: 8 attacks/month
                                     ^^^^^^^^^^^^^ warning progress-unit-mismatch: Progress in 'attacks/month', but 'panic' is counted in 'attack/week' (its target): use that, or revise the target first.
        2026-11-15 progress panic: 6/10
                                   ^^^^ warning progress-unit-mismatch: Progress in scores out of 10, but 'panic' is counted in 'attack/week' (its target): use that, or revise the target first."
      `);
  });

  it('follows a revised target into its new unit, from the revision line on', () => {
    const text = joinLines(
      'goal sleep: Sleep 7 hours a night by March',
      '  baseline: 5 hours on 2026-11-01',
      '  target: 7 hours',
      '2026-11-02 progress sleep: 5.5 hours',
      '2026-11-09 progress sleep: 6 hours -- measured before we changed the target',
      '2026-11-09 revise sleep target: 5 nights/week -- counting good nights instead of hours',
      '2026-11-16 progress sleep: 3 nights/week',
      '2026-11-23 progress sleep: 6 hours',
    );
    expect(findings('progress-unit-mismatch', text)).toMatchInlineSnapshot(`
      "2026-11-23 progress sleep: 6 hours
                                   ^^^^^ warning progress-unit-mismatch: Progress in 'hours', but 'sleep' is counted in 'nights/week' (its target since 2026-11-09): use that, or revise the target first."
    `);
    const sameDay = joinLines('goal sleep: Sleep 7 hours a night', '  target: 7 hours', '2026-11-09 revise sleep target: 5 nights/week', '2026-11-09 progress sleep: 6 hours');
    expect(findings('progress-unit-mismatch', sameDay)).toMatchInlineSnapshot(`
      "2026-11-09 progress sleep: 6 hours
                                   ^^^^^ warning progress-unit-mismatch: Progress in 'hours', but 'sleep' is counted in 'nights/week' (its target since 2026-11-09): use that, or revise the target first."
    `);
  });

  it('gives a quick fix the unit found and the unit expected', () => {
    const rule = ALL_RULES.find((r) => r.id === 'progress-unit-mismatch')!;
    const [finding] = analyze(joinLines(panic, '2026-11-08 progress panic: 8 attacks/month'), { today: TODAY, rules: [rule] }).diagnostics;
    expect(finding?.data).toEqual({ goal: 'panic', unit: 'attacks/month', expected: 'attack/week', expectedUnits: ['attack/week', 'attacks/week'] });
  });

  it('treats case, plurals and "a" or "per" for "/" as the same unit, and reads a bare number in the goal’s unit', () => {
    const text = joinLines(
      panic,
      '2026-11-08 progress panic: 2 Attacks/Week',
      '2026-11-15 progress panic: 2 attacks a week',
      '2026-11-22 progress panic: 1 attack per week',
      '2026-11-23 progress panic: 1',
    );
    expect(findings('progress-unit-mismatch', text)).toBe('');
  });

  it('accepts the baseline’s unit until the target is revised, and a baseline revised after that', () => {
    const text = joinLines(
      'goal walk: Walk 3 times a week',
      '  baseline: 20 minutes/day on 2026-11-01',
      '  target: 3 walks/week',
      '2026-11-02 progress walk: 25 minutes/day',
      '2026-11-05 revise walk target: 4 walks/week',
      '2026-11-06 revise walk baseline: 20 minutes/day -- counted again',
      '2026-11-09 progress walk: 30 minutes/day',
    );
    expect(findings('progress-unit-mismatch', text)).toBe('');
  });

  it('stays silent for goals with no unit anywhere, scores of the same maximum, and unknown goals', () => {
    const text = joinLines(
      'goal values: Name three values of my own',
      '  target: three values written down',
      'goal mood: Mood at 7/10 on most days',
      '  baseline: 4/10 on 2026-11-01',
      '  target: 7/10',
      '2026-11-08 progress values: 2 values',
      '2026-11-08 progress mood: 6/10',
      '2026-11-08 progress swim: 2 lengths',
    );
    expect(findings('progress-unit-mismatch', text)).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    const text = joinLines('goal panic: 1 panic attack a week by March', '  baseline: 3 attacks/week on 2026-11-01', '  target: 1 attack/week', '2026-11-08 progress panic: 8 attacks/month');
    expect(findings('progress-unit-mismatch', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2026-11-08 progress panic: 8 attacks/month
                                   ^^^^^^^^^^^^^ warning progress-unit-mismatch: 'panic' is counted in 'attack/week', but this says 'attacks/month'. Write it in 'attack/week' too."
    `);
  });
});
