import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const weighted = (...weights: string[]) => joinLines(...weights.flatMap((w, i) => [`goal g${i}: Walk 3 times a week`, `  weight: ${w}`]));

describe('invalid-weight', () => {
  it('flags a negative weight as an error and a zero or huge one as a warning', () => {
    expect(findings('invalid-weight', weighted('-2', '0', '0 x 3', '12'))).toMatchInlineSnapshot(`
      "  weight: -2
                ^^ error invalid-weight: A weight cannot be negative: it would count every step forward on 'g0' as a step back. Use a positive number, such as 1, 2 or 3.
        weight: 0
                ^ warning invalid-weight: A weight of 0 leaves 'g1' out of the plan's GAS score. If it should count, give it at least 1; if it is set aside for now, '<date> paused g1' in the journal says so.
        weight: 0 x 3
                ^^^^^ warning invalid-weight: A weight of 0 leaves 'g2' out of the plan's GAS score. If it should count, give it at least 1, with importance and difficulty each from 1 to 3; if it is set aside for now, '<date> paused g2' in the journal says so.
        weight: 12
                ^^ warning invalid-weight: A weight of 12 is more than importance × difficulty can ever give (3 x 3 = 9), so 'g3' would drown out the other goals in the GAS score. Use a number from 1 to 9, or write it as importance x difficulty, such as 2 x 3."
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
                                     ^ warning invalid-weight: A weight of 0 leaves 'walk' out of the plan's GAS score. If it should count, give it at least 1; if it is set aside for now, '<date> paused walk' in the journal says so."
    `);
  });

  it('stays silent for weights above 0 with factors from 0 to 3', () => {
    expect(findings('invalid-weight', weighted('1', '2 x 3', '3 * 3', '1.5', '9', '1 x 1'))).toBe('');
    expect(findings('invalid-weight', joinLines('goal walk: Walk 3 times a week'))).toBe('');
  });
});
