import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const goal = 'goal walk: Walk 3 times a week';

describe('future-entry', () => {
  it('flags an entry dated after today, suggesting this year when the year slipped', () => {
    expect(findings('future-entry', joinLines(goal, '2027-11-08 progress walk: 2 walks/week', '2026-11-26 session', '2026-12-02 review walk: 0')))
      .toMatchInlineSnapshot(`
        "2027-11-08 progress walk: 2 walks/week
        ^^^^^^^^^^ warning future-entry: 2027-11-08 has not happened yet (today is 2026-11-25): did you mean 2026-11-08?
        2026-11-26 session
        ^^^^^^^^^^ warning future-entry: 2026-11-26 has not happened yet (today is 2026-11-25): check the date. A session still to come can wait until it has taken place.
        2026-12-02 review walk: 0
        ^^^^^^^^^^ warning future-entry: 2026-12-02 has not happened yet (today is 2026-11-25): check the date."
      `);
  });

  it('stays silent for today and earlier', () => {
    expect(findings('future-entry', joinLines(goal, '2025-12-31 session', '2026-11-24 progress walk: 2 walks/week', '2026-11-25 session'))).toBe('');
  });

  it('checks against the date it is given, never the clock', () => {
    const text = joinLines(goal, '2027-01-05 session');
    expect(findings('future-entry', text, { today: '2027-01-05' })).toBe('');
    expect(findings('future-entry', text, { today: '2027-01-04' })).not.toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    const text = joinLines('goal walk: Walk 3 times a week', '2027-11-08 progress walk: 2 walks/week', '2026-11-26 session', '2026-12-02 note: a good day');
    expect(findings('future-entry', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2027-11-08 progress walk: 2 walks/week
      ^^^^^^^^^^ warning future-entry: 2027-11-08 is still to come (today is 2026-11-25). Did you mean 2026-11-08?
      2026-11-26 session
      ^^^^^^^^^^ warning future-entry: 2026-11-26 is still to come (today is 2026-11-25). Write this session down once it has taken place.
      2026-12-02 note: a good day
      ^^^^^^^^^^ warning future-entry: 2026-12-02 is still to come (today is 2026-11-25). Check the date, e.g. use today's if it happened today."
    `);
  });
});
