import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const goal = joinLines('goal panic: 1 panic attack a week by March', '  scale:', '    -2: daily attacks', '    -1: 2–4 attacks a week', '    0: 1 attack a week', '    +1: 1 attack in two weeks', '    +2: no attacks for a month');

describe('review-score-out-of-range', () => {
  it('flags a level beyond +2 or below -2, on the level', () => {
    expect(findings('review-score-out-of-range', joinLines(goal, '2026-11-08 review panic: +3', '2026-11-15 review panic: -5 -- a very bad week')))
      .toMatchInlineSnapshot(`
        "2026-11-08 review panic: +3
                                 ^^ error review-score-out-of-range: +3 is off the GAS scale, which runs from -2 to +2: record +2, with a note if it went even better.
        2026-11-15 review panic: -5 -- a very bad week
                                 ^^ error review-score-out-of-range: -5 is off the GAS scale, which runs from -2 to +2: record -2, with a note if it went even worse."
      `);
  });

  it('stays silent for the five levels, with or without a plus sign', () => {
    const levels = ['-2', '-1', '0', '1', '+1', '+2'];
    expect(findings('review-score-out-of-range', joinLines(goal, ...levels.map((l, i) => `2026-11-0${i + 1} review panic: ${l}`)))).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    const text = joinLines('goal panic: 1 panic attack a week by March', '2026-11-08 review panic: +3', '2026-11-15 review panic: -5');
    expect(findings('review-score-out-of-range', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2026-11-08 review panic: +3
                               ^^ error review-score-out-of-range: +3 is past the end: reviews go from -2 to +2. Write +2 with a note, e.g. '2026-11-08 review panic: +2 -- even better'.
      2026-11-15 review panic: -5
                               ^^ error review-score-out-of-range: -5 is past the end: reviews go from -2 to +2. Write -2 with a note, e.g. '2026-11-15 review panic: -2 -- even worse'."
    `);
  });
});
