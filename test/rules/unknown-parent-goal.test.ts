import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

describe('unknown-parent-goal', () => {
  it('flags links to missing goals (with a suggestion), to the goal itself, and circles', () => {
    const text = joinLines(
      'goal calm: Leave the house on 5 days a week by June',
      'goal bus: Ride the bus alone twice a week',
      '  part of: clam',
      'goal self: Walk daily',
      '  part of: self',
      'goal a: Walk 3 days a week',
      '  part of: b',
      'goal b: Walk 5 days a week',
      '  part of: a',
      'goal c: Swim',
      '  part of: nowhere',
    );
    expect(findings('unknown-parent-goal', text)).toMatchInlineSnapshot(`
      "  part of: clam
                 ^^^^ error unknown-parent-goal: There is no goal 'clam' in this plan. Did you mean 'calm'?
        part of: self
                 ^^^^ error unknown-parent-goal: 'self' cannot be part of itself. Name the long-term goal it serves, or remove 'part of:'.
        part of: b
                 ^ error unknown-parent-goal: The 'part of' links go round in a circle: a → b → a. A long-term goal cannot be part of its own short-term goals.
        part of: a
                 ^ error unknown-parent-goal: The 'part of' links go round in a circle: b → a → b. A long-term goal cannot be part of its own short-term goals.
        part of: nowhere
                 ^^^^^^^ error unknown-parent-goal: There is no goal 'nowhere' in this plan. Add 'goal nowhere: ...' for the long-term goal, or link to one that exists."
    `);
  });

  it('stays silent for links to goals in the plan, written before or after', () => {
    expect(findings('unknown-parent-goal', joinLines('goal bus: Ride the bus', '  part of: calm', 'goal calm: Leave the house on 5 days a week'))).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    const text = joinLines('goal calm: Leave the house', 'goal bus: Ride the bus', '  part of: clam', 'goal self: Walk', '  part of: self', 'goal swim: Swim', '  part of: health', 'goal a: A', '  part of: b', 'goal b: B', '  part of: a');
    expect(findings('unknown-parent-goal', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "  part of: clam
                 ^^^^ error unknown-parent-goal: There is no goal called 'clam'. Did you mean 'calm'?
        part of: self
                 ^^^^ error unknown-parent-goal: 'self' can't be part of itself. Name the bigger goal it helps with, or take out the 'part of:' line.
        part of: health
                 ^^^^^^ error unknown-parent-goal: There is no goal called 'health' yet. Add it, e.g. 'goal health: <the bigger goal, in your words>'.
        part of: b
                 ^ error unknown-parent-goal: These goals are each part of the next, round in a circle: a → b → a. Take out one 'part of:' line.
        part of: a
                 ^ error unknown-parent-goal: These goals are each part of the next, round in a circle: b → a → b. Take out one 'part of:' line."
    `);
  });
});
