import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const ID = 'too-many-active-goals';
const goals = (n: number) => Array.from({ length: n }, (_, i) => `goal g${i + 1}: Walk ${i + 1} times a week`);

describe('too-many-active-goals', () => {
  it('speaks once, on the first goal beyond the limit, and shows how to pause one', () => {
    expect(findings(ID, joinLines(...goals(5)))).toMatchInlineSnapshot(`
      "goal g4: Walk 4 times a week
           ^^ warning too-many-active-goals: 5 goals are active at once, and 3 at a time is usually plenty: pause the rest, e.g. '2026-11-25 paused g4'."
    `);
  });

  it('stays silent at the limit', () => {
    expect(findings(ID, joinLines(...goals(3)))).toBe('');
  });

  it('does not count paused, achieved or dropped goals', () => {
    const text = joinLines(...goals(6), '2026-11-01 paused g1', '2026-11-02 achieved g2', '2026-11-03 dropped g3');
    expect(findings(ID, text)).toBe('');
  });

  it('counts a paused goal again once it is resumed', () => {
    const text = joinLines(...goals(4), '2026-11-01 paused g1', '2026-11-10 resumed g1');
    expect(findings(ID, text)).not.toBe('');
  });

  it('counts status as of today, not changes dated later', () => {
    expect(findings(ID, joinLines(...goals(4), '2026-12-01 paused g4'))).not.toBe('');
  });

  it('does not count a goal that has not started yet', () => {
    expect(findings(ID, joinLines(...goals(3), 'goal later: Swim twice a week', '  start: 2027-01-05'))).toBe('');
  });

  it('follows maxActiveGoals from the settings', () => {
    expect(findings(ID, joinLines(...goals(5)), { config: { maxActiveGoals: 5 } })).toBe('');
    expect(findings(ID, joinLines(...goals(2)), { config: { maxActiveGoals: 1 } })).toMatchInlineSnapshot(`
      "goal g2: Walk 2 times a week
           ^^ warning too-many-active-goals: 2 goals are active at once, and one at a time is usually plenty: pause the rest, e.g. '2026-11-25 paused g2'."
    `);
  });
  it('counts a long-term goal and the short-term goals that serve it as one', () => {
    const text = joinLines(
      'goal sober: Stay alcohol-free for a year',
      '  term: long',
      'goal meetings: Go to 3 AA meetings a week',
      '  part of: sober',
      'goal evenings: Plan 4 evenings a week without the pub',
      '  part of: sober',
      'goal cravings: Use the urge-surfing app when a craving comes',
      '  part of: meetings',
      'goal lily: Read with Lily on 3 evenings a week',
      'goal work: Apply for 2 jobs a week',
    );
    // Three families: sober (with meetings, evenings and cravings), lily and work.
    expect(findings('too-many-active-goals', text)).toBe('');
    expect(findings('too-many-active-goals', joinLines(text, 'goal walk: Walk 3 times a week'))).toMatchInlineSnapshot(`
      "goal walk: Walk 3 times a week
           ^^^^ warning too-many-active-goals: 4 goals are active at once (a long-term goal and its steps count as one), and 3 at a time is usually plenty: pause the rest, e.g. '2026-11-25 paused walk'."
    `);
  });

  it('never counts or offers for pausing a goal kept every day for safety, recovery or a medicine', () => {
    const standing = [
      'goal safe: Text Bex or call the crisis line every time I have an urge to self-harm',
      'goal clean: Stay clean, one day at a time',
      'goal meds: Take my buprenorphine every morning',
    ];
    expect(findings(ID, joinLines(...goals(3), ...standing))).toBe('');
    // 'Safe' outside a crisis is an ordinary goal, and counts.
    expect(findings(ID, joinLines(...goals(3), 'goal online: Keep the kids safe online with a filter by 2027-01-31'))).toContain('4 goals are active');
    // Beyond the limit, the goal offered for pausing is one the client chose to work on, never a safety goal.
    expect(findings(ID, joinLines(...standing, ...goals(4)))).toMatchInlineSnapshot(`
      "goal g4: Walk 4 times a week
           ^^ warning too-many-active-goals: 4 goals are active at once, and 3 at a time is usually plenty: pause the rest, e.g. '2026-11-25 paused g4'."
    `);
  });
});
