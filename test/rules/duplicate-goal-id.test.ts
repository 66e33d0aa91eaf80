import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

describe('duplicate-goal-id', () => {
  it('points at the second goal with the same id', () => {
    expect(findings('duplicate-goal-id', joinLines('goal sleep: In bed by 23:00 on 5 nights a week', 'goal walk: Walk 3 times a week', 'goal sleep: Sleep 7 hours a night by March')))
      .toMatchInlineSnapshot(`
        "goal sleep: Sleep 7 hours a night by March
             ^^^^^ error duplicate-goal-id: Another goal on line 1 is already called 'sleep'. Give this one its own id, such as 'sleep-2', so progress and reviews reach the right goal."
      `);
  });

  it('stays silent when ids differ, even only by case', () => {
    expect(findings('duplicate-goal-id', joinLines('goal sleep: In bed by 23:00', 'goal Sleep: Sleep 7 hours a night'))).toBe('');
  });
});
