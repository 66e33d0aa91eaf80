import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const goals = joinLines('goal panic: 1 panic attack a week by March', 'goal walk: Walk 3 times a week');

describe('duplicate-entry', () => {
  it('flags a line written twice, whatever its remark or spelling of the unit', () => {
    expect(
      findings(
        'duplicate-entry',
        joinLines(
          goals,
          '2026-11-08 session',
          '2026-11-08 progress panic: 2 attacks/week -- from the diary',
          '2026-11-08 mood: 6/10',
          '2026-11-08 session',
          '2026-11-08 progress panic: 2 Attack/Week',
          '2026-11-08 mood: 6/10',
          '2026-11-09 achieved walk',
          '2026-11-09 achieved walk -- three walks a week for a month',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "2026-11-08 session
      ^^^^^^^^^^^^^^^^^^ warning duplicate-entry: Line 3 already says the same for the same day. Delete this copy, so it is not counted twice.
      2026-11-08 progress panic: 2 Attack/Week
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning duplicate-entry: Line 4 already says the same for the same day. Delete this copy, so it is not counted twice.
      2026-11-08 mood: 6/10
      ^^^^^^^^^^^^^^^^^^^^^ warning duplicate-entry: Line 5 already says the same for the same day. Delete this copy, so it is not counted twice.
      2026-11-09 achieved walk -- three walks a week for a month
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning duplicate-entry: Line 9 already says the same for the same day. Move its note to that line, then delete this copy, so it is not counted twice."
    `);
  });

  it('flags a second, different progress value or review level for one goal on one day', () => {
    expect(
      findings(
        'duplicate-entry',
        joinLines(goals, '2026-11-08 progress panic: 2 attacks/week', '2026-11-08 review panic: -1', '2026-11-08 progress panic: 3 attacks/week', '2026-11-08 review panic: 0'),
      ),
    ).toMatchInlineSnapshot(`
      "2026-11-08 progress panic: 3 attacks/week
                                 ^^^^^^^^^^^^^^ warning duplicate-entry: Two progress values for 'panic' on 2026-11-08: 2 attacks/week (line 3) and 3 attacks/week. Keep the right one; the other can go in a note.
      2026-11-08 review panic: 0
                               ^ warning duplicate-entry: Two review levels for 'panic' on 2026-11-08: -1 (line 4) and 0. Keep the right one; the other can go in a note."
    `);
  });

  it('stays silent for different days, different goals, and two sessions with different summaries', () => {
    const text = joinLines(
      goals,
      '2026-11-08 session -- individual',
      '2026-11-08 session -- group',
      '2026-11-08 progress panic: 2 attacks/week',
      '2026-11-08 progress walk: 2 walks/week',
      '2026-11-08 mood: 6/10',
      '2026-11-08 mood: 4/10 -- evening, after the argument',
      '2026-11-09 progress panic: 2 attacks/week',
      '2026-11-09 note panic: attack at work',
      '2026-11-09 note panic: attack at home',
    );
    expect(findings('duplicate-entry', text)).toBe('');
  });

  it('reads CRLF files the same way', () => {
    const text = joinLines(goals, '2026-11-08 progress panic: 2 attacks/week', '2026-11-08 progress panic: 2 attacks/week');
    expect(findings('duplicate-entry', text.replace(/\n/g, '\r\n'))).toBe(findings('duplicate-entry', text));
  });
  it('says it in simple words in the plain voice', () => {
    const text = joinLines(
      goals,
      '2026-11-08 progress panic: 2 attacks/week',
      '2026-11-08 progress panic: 2 attacks/week -- from the diary',
      '2026-11-08 progress panic: 3 attacks/week',
      '2026-11-08 review walk -- a calm week',
      '2026-11-08 review panic, walk -- a calm week',
    );
    expect(findings('duplicate-entry', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2026-11-08 progress panic: 2 attacks/week -- from the diary
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning duplicate-entry: Line 3 already says this for the same day. Move its note there, then delete this line, so it isn't counted twice.
      2026-11-08 progress panic: 3 attacks/week
                                 ^^^^^^^^^^^^^^ warning duplicate-entry: 'panic' has two numbers for 2026-11-08: 2 attacks/week (line 3) and 3 attacks/week. Keep the one that is right.
      2026-11-08 review panic, walk -- a calm week
                               ^^^^ warning duplicate-entry: Line 6 already has this review of 'walk' for the same day. Take 'walk' out of one of the two lines."
    `);
  });
});
