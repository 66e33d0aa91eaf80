import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

describe('unknown-category', () => {
  it('suggests the closest of the seven categories', () => {
    expect(findings('unknown-category', joinLines('goal a: Walk 3 times a week', '  category: behavioural', 'goal b: Call Jo once a week', '  category: social')))
      .toMatchInlineSnapshot(`
        "  category: behavioural
                    ^^^^^^^^^^^ warning unknown-category: 'behavioural' is not one of the seven categories. Did you mean 'behavioral'?
          category: social
                    ^^^^^^ warning unknown-category: 'social' is not one of the seven categories. Did you mean 'relationship'?"
      `);
  });

  it('knows the words therapy talk uses for a category, and lists the seven when nothing is close', () => {
    const guess = (written: string) => findings('unknown-category', joinLines('goal a: Notice my thinking traps', `  category: ${written}`)).match(/Did you mean '([a-z-]+)'/)?.[1];
    expect(['cognitive', 'Emotion', 'skills', 'values', 'family'].map(guess)).toEqual(['insight', 'emotional', 'skill-development', 'identity-meaning', 'relationship']);
    expect(findings('unknown-category', joinLines('goal a: Walk 3 times a week', '  category: misc'))).toContain('use symptom-reduction, skill-development,');
  });

  it('stays silent for each of the seven and for a goal without a category', () => {
    const seven = ['symptom-reduction', 'skill-development', 'insight', 'behavioral', 'emotional', 'relationship', 'identity-meaning'];
    const text = joinLines(...seven.flatMap((c, i) => [`goal g${i}: Walk 3 times a week`, `  category: ${c}`]), 'goal none: Walk daily');
    expect(findings('unknown-category', text)).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    expect(findings('unknown-category', joinLines('goal a: Walk 3 times a week', '  category: behavioural', 'goal b: Call Jo once a week', '  category: misc'), { config: { voice: 'plain' } }))
      .toMatchInlineSnapshot(`
        "  category: behavioural
                    ^^^^^^^^^^^ warning unknown-category: 'behavioural' is not one of the seven kinds of goal. Did you mean 'behavioral'?
          category: misc
                    ^^^^ warning unknown-category: 'misc' is not a kind of goal. Pick one: symptom-reduction, skill-development, insight, behavioral, emotional, relationship or identity-meaning."
      `);
  });
});
