import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const goal = 'goal walk: Walk 3 times a week';

describe('entry-out-of-order', () => {
  it('reports the first line that goes back in time, once', () => {
    expect(
      findings(
        'entry-out-of-order',
        joinLines(goal, '2026-10-13 session -- written a week early', '2026-10-06 session', '2026-10-06 progress walk: 2 walks/week', '2026-10-20 session'),
      ),
    ).toMatchInlineSnapshot(`
      "2026-10-06 session
      ^^^^^^^^^^ warning entry-out-of-order: This line is dated 2026-10-06 but follows 2026-10-13 (line 2): check both dates, or move it up to where it belongs."
    `);
  });

  it('reports one mistyped date once, on the line after it', () => {
    expect(findings('entry-out-of-order', joinLines(goal, '2026-10-06 session', '2026-12-13 session', '2026-10-20 session', '2026-10-27 session')))
      .toMatchInlineSnapshot(`
        "2026-10-20 session
        ^^^^^^^^^^ warning entry-out-of-order: This line is dated 2026-10-20 but follows 2026-12-13 (line 3): check both dates, or move it up to where it belongs."
      `);
  });

  it('stays silent for dated lines in order, same-day lines in any order, and goals written between entries', () => {
    const text = joinLines(
      goal,
      '2026-10-06 progress walk: 2 walks/week',
      '2026-10-06 session',
      '2026-10-06 mood: 6/10',
      'goal sleep: Sleep 7 hours a night',
      '2026-10-13 session',
      '# a comment between entries',
      '2026-10-20 note sleep: first night with the new routine',
    );
    expect(findings('entry-out-of-order', text)).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    const text = joinLines('goal walk: Walk 3 times a week', '2026-10-13 session', '2026-10-06 progress walk: 1 walk/week');
    expect(findings('entry-out-of-order', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2026-10-06 progress walk: 1 walk/week
      ^^^^^^^^^^ warning entry-out-of-order: This line says 2026-10-06, but the line above says 2026-10-13, a later day. Fix the date, or move this line up."
    `);
  });
});
