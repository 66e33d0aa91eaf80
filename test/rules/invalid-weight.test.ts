import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const weighted = (...weights: string[]) => joinLines(...weights.flatMap((w, i) => [`goal g${i}: Walk 3 times a week`, `  weight: ${w}`]));

describe('invalid-weight', () => {
  it('flags a negative weight as an error and a zero or huge one as a warning', () => {
    expect(findings('invalid-weight', weighted('-2', '0', '0 x 3', '12'))).toMatchInlineSnapshot(`
      "  weight: -2
                ^^ error invalid-weight: Weight -2 is negative: every step forward on 'g0' would count as a step back. Use 2 instead.
        weight: 0
                ^ warning invalid-weight: Weight 0 leaves 'g1' out of the GAS score: give it at least 1, or pause it with '<date> paused g1'.
        weight: 0 x 3
                ^^^^^ warning invalid-weight: Weight 0 leaves 'g2' out of the GAS score: give importance and difficulty at least 1 each, or pause it with '<date> paused g2'.
        weight: 12
                ^^ warning invalid-weight: Weight 12 is over 9, the most importance × difficulty gives (3 x 3): use 1 to 9, or write it as e.g. 2 x 3."
    `);
  });

  it('points at an importance or difficulty above 3', () => {
    expect(findings('invalid-weight', weighted('2 x 5', '4×4'))).toMatchInlineSnapshot(`
      "  weight: 2 x 5
                    ^ error invalid-weight: Difficulty 5 is off the scale: importance and difficulty each run from 0 to 3. Use 3 for the hardest goals.
        weight: 4×4
                ^ error invalid-weight: Importance 4 is off the scale: importance and difficulty each run from 0 to 3. Use 3 for the most important goals.
                  ^ error invalid-weight: Difficulty 4 is off the scale: importance and difficulty each run from 0 to 3. Use 3 for the hardest goals."
    `);
  });

  it('checks weights set by a revision too', () => {
    expect(findings('invalid-weight', joinLines('goal walk: Walk 3 times a week', '  weight: 2', '2026-11-08 revise walk weight: 0 -- not a priority now'))).toMatchInlineSnapshot(`
      "2026-11-08 revise walk weight: 0 -- not a priority now
                                     ^ warning invalid-weight: Weight 0 leaves 'walk' out of the GAS score: give it at least 1, or pause it with '<date> paused walk'."
    `);
  });

  it('stays silent for weights above 0 with factors from 0 to 3', () => {
    expect(findings('invalid-weight', weighted('1', '2 x 3', '3 * 3', '1.5', '9', '1 x 1'))).toBe('');
    expect(findings('invalid-weight', joinLines('goal walk: Walk 3 times a week'))).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    expect(findings('invalid-weight', weighted('-2', '0', '12', '2 x 5'), { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "  weight: -2
                ^^ error invalid-weight: A weight can't be below 0, or progress on 'g0' would count against you. Use 2 instead.
        weight: 0
                ^ warning invalid-weight: With 0, 'g1' counts for nothing in your overall score. Use 1 or more, or mark the goal paused for now.
        weight: 12
                ^^ warning invalid-weight: 12 is too big: 'g2' would outweigh all your other goals. Use a number from 1 to 9, e.g. 3.
        weight: 2 x 5
                    ^ error invalid-weight: 5 is too high: difficulty goes from 0 to 3. Use 3 if it is very hard."
    `);
  });
});
