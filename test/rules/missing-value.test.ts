import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const ID = 'missing-value';

describe('missing-value', () => {
  it('asks what the goal is for, at the goal id', () => {
    expect(findings(ID, joinLines('goal sleep-hours: Sleep 7 hours a night on 5 nights a week by 2026-12-15', '  due: 2026-12-15'))).toMatchInlineSnapshot(`
      "goal sleep-hours: Sleep 7 hours a night on 5 nights a week by 2026-12-15
           ^^^^^^^^^^^ info missing-value: Why does 'Sleep 7 hours a night on 5 nights a…' matter to you? Say it in a 'value:' line, e.g. 'value: more energy for the people I love'."
    `);
  });

  it('offers a safety goal a place for reasons to hold on to, not a why', () => {
    expect(findings(ID, joinLines('goal alive: Stay alive', 'goal harm: Stop self-harming'))).toMatchInlineSnapshot(`
      "goal alive: Stay alive
           ^^^^^ info missing-value: Reasons to hold on to can help 'Stay alive' on hard days: write them in a 'value:' line, e.g. 'value: the people and things I live for'.
      goal harm: Stop self-harming
           ^^^^ info missing-value: Reasons to hold on to can help 'Stop self-harming' on hard days: write them in a 'value:' line, e.g. 'value: the life I want back'."
    `);
  });

  it('stays silent when the goal has a value line', () => {
    expect(findings(ID, joinLines('goal walk: Walk 3 times a week', '  value: Time outdoors with the dog'))).toBe('');
  });

  it('speaks when the value line is empty', () => {
    expect(findings(ID, joinLines('goal walk: Walk 3 times a week', '  value:'))).not.toBe('');
  });

  it.each([
    'Walk 3 times a week so that I can keep up with my grandchildren',
    'Walk 3 times a week so I can keep up with Zoë',
    'Cook with 王芳 on Sundays because food is how our family talks',
    'Learn 10 words of Arabic a week to be able to write to Téta',
  ])('counts a reason given in the statement: "%s"', (statement) => {
    expect(findings(ID, `goal g: ${statement}`)).toBe('');
  });

  it('counts the value of the long-term goal a short-term goal is part of', () => {
    const text = joinLines('goal year: Stay sober for a year', '  value: Being a dad Lily can count on', 'goal first-90: No alcohol for 90 days', '  part of: year');
    expect(findings(ID, text)).toBe('');
  });

  it('still speaks when the long-term goal has no value either, and survives a cycle of parts', () => {
    const text = joinLines('goal a: Walk 3 times a week', '  part of: b', 'goal b: Swim twice a week', '  part of: a');
    expect(findings(ID, text).split('\n').filter((l) => l.includes('missing-value'))).toHaveLength(2);
  });

  it('counts a value added later in the journal', () => {
    expect(findings(ID, joinLines('goal walk: Walk 3 times a week', '2026-11-20 revise walk value: Time outdoors with the dog'))).toBe('');
  });

  it('leaves achieved and dropped goals alone', () => {
    expect(findings(ID, joinLines('goal a: Walk 3 times a week', 'goal b: Swim twice a week', '2026-11-01 achieved a', '2026-11-02 dropped b'))).toBe('');
  });
});
