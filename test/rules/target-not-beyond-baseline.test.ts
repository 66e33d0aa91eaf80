import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const goal = (statement: string, baseline: string, target: string) =>
  joinLines(`goal g: ${statement}`, `  baseline: ${baseline} on 2026-11-01`, `  target: ${target}`);

describe('target-not-beyond-baseline', () => {
  it('flags a target equal to the baseline, or inside a target range', () => {
    expect(findings('target-not-beyond-baseline', goal('Walk on 3 days a week by March', '3 days/week', '3 days/week'))).toMatchInlineSnapshot(`
      "  target: 3 days/week
                ^^^^^^^^^^^ warning target-not-beyond-baseline: Target '3 days/week' is already met by the baseline ('3 days/week'): set it to the change you are working towards."
    `);
    expect(findings('target-not-beyond-baseline', goal('Sleep 7-8 hours a night by March', '7 hours', '7-8 hours'))).not.toBe('');
  });

  it('flags a target that moves against the statement’s direction', () => {
    expect(findings('target-not-beyond-baseline', goal('Reduce panic attacks to 1 a week by March', '3 attacks/week', '4 attacks/week'))).toMatchInlineSnapshot(`
      "  target: 4 attacks/week
                ^^^^^^^^^^^^^^ warning target-not-beyond-baseline: The goal says 'reduce', but target '4 attacks/week' is higher than baseline '3 attacks/week': check which way the number should move."
    `);
    expect(findings('target-not-beyond-baseline', goal('Increase my walks to 5 a week', '3 walks/week', '1 walk/week'))).not.toBe('');
  });

  it('uses the revised target', () => {
    const text = joinLines(goal('Walk on 3 days a week by March', '1 days/week', '3 days/week'), '2026-11-20 revise g target: 1 days/week -- too much for now');
    expect(findings('target-not-beyond-baseline', text)).not.toBe('');
  });

  it('stays silent for targets that move the way the goal says, or when the direction is not stated', () => {
    for (const [statement, baseline, target] of [
      ['Reduce panic attacks to 1 a week by March', '3 attacks/week', '1 attack/week'],
      ['Cut drinking to 2 days a week', '6 days/week', '2 days/week'],
      ['Increase my walks to 5 a week', '3 walks/week', '5 walks/week'],
      ['Walk 30 minutes on 3 days a week', '0 days/week', '3 days/week'],
      ['Sleep before 23:00 on 5 nights', '1 nights/week', '5 nights/week'],
      ['Reduce worry time to 30 minutes a day, with more time for walks', '120 minutes/day', '30 minutes/day'],
    ]) {
      expect(findings('target-not-beyond-baseline', goal(statement!, baseline!, target!)), statement).toBe('');
    }
  });
  it('says it in simple words in the plain voice, naming the side to aim for when the goal says which way', () => {
    expect(findings('target-not-beyond-baseline', goal('Reduce panic attacks by March', '3 attacks/week', '3 attacks/week'), { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "  target: 3 attacks/week
                ^^^^^^^^^^^^^^ warning target-not-beyond-baseline: '3 attacks/week' is where you are now, so there is nothing left to reach. Aim for a change, e.g. below 3."
    `);
    expect(findings('target-not-beyond-baseline', goal('Walk on 3 days a week by March', '3 days/week', '3 days/week'), { config: { voice: 'plain' } })).toMatch(/e\.g\. a number you are not at yet\.$/);
    expect(findings('target-not-beyond-baseline', goal('Reduce panic attacks to 1 a week by March', '3 attacks/week', '4 attacks/week'), { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "  target: 4 attacks/week
                ^^^^^^^^^^^^^^ warning target-not-beyond-baseline: Your goal says 'reduce', but '4 attacks/week' is more than now ('3 attacks/week'). Did you mean a number below 3?"
    `);
  });
});
