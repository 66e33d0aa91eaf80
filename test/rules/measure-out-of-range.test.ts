import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const HEADER = ['plan: Daily log', 'track mood: 1-10', 'track sleep: hours', 'track tablets: yes/no', 'track steps: 0-20000 steps', ''];

describe('measure-out-of-range', () => {
  it('points at values outside the range, on another scale, in another unit, or of the wrong kind', () => {
    const text = joinLines(
      ...HEADER,
      '2026-11-20 mood: 11',
      '2026-11-20 mood: 0',
      '2026-11-21 mood: 11/10',
      '2026-11-21 mood: 6/5',
      '2026-11-22 sleep: 420 minutes',
      '2026-11-22 tablets: 1',
      '2026-11-22 mood: yes',
      '2026-11-23 steps: 4000 km',
    );
    expect(findings('measure-out-of-range', text)).toMatchInlineSnapshot(`
      "2026-11-20 mood: 11
                       ^^ warning measure-out-of-range: 11 is outside 1-10, the range 'mood' is tracked in (line 2). Check the number, or widen the range on that line.
      2026-11-20 mood: 0
                       ^ warning measure-out-of-range: 0 is outside 1-10, the range 'mood' is tracked in (line 2). Check the number, or widen the range on that line.
      2026-11-21 mood: 11/10
                       ^^^^^ warning measure-out-of-range: 11 is outside 1-10, the range 'mood' is tracked in (line 2). Check the number, or widen the range on that line.
      2026-11-21 mood: 6/5
                       ^^^ warning measure-out-of-range: '6/5' is a score out of 5, but 'mood' is tracked 1-10 (line 2). Write it on that scale, like 'mood: 6'.
      2026-11-22 sleep: 420 minutes
                        ^^^^^^^^^^^ warning measure-out-of-range: 'sleep' is tracked in hours (line 3), but this says minutes. Write it in hours, like 'sleep: 7 hours'.
      2026-11-22 tablets: 1
                          ^ warning measure-out-of-range: 'tablets' is tracked as yes or no (line 4), so write 'tablets: yes' or 'tablets: no' (✓ and ✗ work too).
      2026-11-22 mood: yes
                       ^^^ warning measure-out-of-range: 'mood' is tracked as a number (1-10), so write it like 'mood: 6'.
      2026-11-23 steps: 4000 km
                        ^^^^^^^ warning measure-out-of-range: 'steps' is tracked in steps (line 5), but this says km. Write it in steps, like 'steps: 10000 steps'."
    `);
  });

  it('stays silent for values that fit, bare numbers in the declared unit, answers, and names in another case', () => {
    const text = joinLines(
      ...HEADER,
      '2026-11-20 mood: 1',
      '2026-11-20 Mood: 10/10',
      '2026-11-21 mood: 4-5',
      '2026-11-21 sleep: 7.5',
      '2026-11-21 sleep: 7 hours',
      '2026-11-22 sleep: 1 hour',
      '2026-11-22 tablets: yes',
      '2026-11-22 tablets: ✓',
      '2026-11-23 tablets: ✅',
      '2026-11-23 tablets: n',
      '2026-11-23 tablets: ❌',
      '2026-11-23 steps: 6500',
      '2026-11-23 energy: 14',
    );
    expect(findings('measure-out-of-range', text)).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    const text = joinLines('track mood: 1-10', 'track sleep: hours', 'track tablets: yes/no', '2026-11-08 mood: 11', '2026-11-08 sleep: 420 minutes', '2026-11-08 tablets: 2', '2026-11-09 mood: yes', '2026-11-09 mood: 6/5');
    expect(findings('measure-out-of-range', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2026-11-08 mood: 11
                       ^^ warning measure-out-of-range: 11 is outside 1 to 10, the numbers 'mood' uses. Check the number, e.g. 'mood: 6'.
      2026-11-08 sleep: 420 minutes
                        ^^^^^^^^^^^ warning measure-out-of-range: 'sleep' is counted in hours, not minutes. Write it in hours, like 'sleep: 7 hours'.
      2026-11-08 tablets: 2
                          ^ warning measure-out-of-range: 'tablets' is a yes-or-no question. Write 'tablets: yes' or 'tablets: no'.
      2026-11-09 mood: yes
                       ^^^ warning measure-out-of-range: 'mood' is written as a number, not yes or no. Write it like 'mood: 6'.
      2026-11-09 mood: 6/5
                       ^^^ warning measure-out-of-range: 'mood' goes from 1 to 10, not out of 5. Write it that way, like 'mood: 6'."
    `);
  });
});
