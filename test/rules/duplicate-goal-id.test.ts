import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

describe('duplicate-goal-id', () => {
  it('points at the second goal with the same id', () => {
    expect(findings('duplicate-goal-id', joinLines('goal sleep: In bed by 23:00 on 5 nights a week', 'goal walk: Walk 3 times a week', 'goal sleep: Sleep 7 hours a night by March')))
      .toMatchInlineSnapshot(`
        "goal sleep: Sleep 7 hours a night by March
             ^^^^^ error duplicate-goal-id: Duplicate goal id 'sleep': line 1 already uses it. Rename this one, e.g. 'sleep-2'."
      `);
  });

  it('stays silent when ids differ, even only by case', () => {
    expect(findings('duplicate-goal-id', joinLines('goal sleep: In bed by 23:00', 'goal Sleep: Sleep 7 hours a night'))).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    expect(findings('duplicate-goal-id', joinLines('goal sleep: In bed by 23:00', 'goal sleep: Sleep 7 hours a night'), { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "goal sleep: Sleep 7 hours a night
           ^^^^^ error duplicate-goal-id: Two goals are called 'sleep'. Give this one a new name, e.g. 'sleep-2'."
    `);
  });
});
