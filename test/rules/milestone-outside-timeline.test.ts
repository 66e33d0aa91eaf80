import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

describe('milestone-outside-timeline', () => {
  it('flags milestones before the start or after the (revised) due date', () => {
    const text = joinLines(
      'start: 2026-11-01',
      'goal walk: Walk on 3 days a week by 2027-02-01',
      '  due: 2027-02-01',
      '  milestone 2026-10-15: 1 day/week',
      '  milestone 2026-12-15: 2 days/week',
      '  milestone 2027-01-20: 3 days/week',
      '2026-11-20 revise walk due: 2027-01-15 -- a shorter timeline',
    );
    expect(findings('milestone-outside-timeline', text)).toMatchInlineSnapshot(`
      "  milestone 2026-10-15: 1 day/week
                  ^^^^^^^^^^ warning milestone-outside-timeline: Milestone 2026-10-15 is before 'walk' starts (2026-11-01): date it between the start and the due date.
        milestone 2027-01-20: 3 days/week
                  ^^^^^^^^^^ warning milestone-outside-timeline: Milestone 2027-01-20 is after 'walk' is due (2027-01-15): move it earlier, or revise the due date."
    `);
  });

  it('uses the goal’s own start, or the baseline date, and stays silent without dates to compare', () => {
    expect(
      findings('milestone-outside-timeline', joinLines('start: 2026-11-01', 'goal a: Walk 3 days a week', '  start: 2026-12-01', '  milestone 2026-11-15: 1 day/week')),
    ).not.toBe('');
    expect(findings('milestone-outside-timeline', joinLines('goal a: Walk 3 days a week', '  baseline: 0 days/week on 2026-11-01', '  milestone 2026-10-15: 1 day/week'))).not.toBe('');
    expect(findings('milestone-outside-timeline', joinLines('goal a: Walk 3 days a week', '  milestone 2026-10-15: 1 day/week'))).toBe('');
  });
  it('keeps counting from the plan’s start when the baseline of a goal as old as the plan is written later', () => {
    const text = joinLines('start: 2026-11-01', 'goal a: Walk 3 days a week by 2027-02-01', '  baseline: 1 day/week on 2026-12-01', '  milestone 2026-11-20: 2 days/week');
    expect(findings('milestone-outside-timeline', text)).toBe('');
  });

  it('says it in simple words in the plain voice, with a day that would fit', () => {
    const text = joinLines('start: 2026-11-01', 'goal walk: Walk on 3 days a week', '  due: 2027-02-01', '  milestone 2026-10-15: 1 day/week', '  milestone 2027-03-01: 3 days/week');
    expect(findings('milestone-outside-timeline', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "  milestone 2026-10-15: 1 day/week
                  ^^^^^^^^^^ warning milestone-outside-timeline: This milestone, 2026-10-15, comes before 'walk' starts. Pick a later day, e.g. 2026-11-01 or after.
        milestone 2027-03-01: 3 days/week
                  ^^^^^^^^^^ warning milestone-outside-timeline: This milestone, 2027-03-01, comes after 'walk' should be done. Pick an earlier day, e.g. 2027-02-01 or before."
    `);
  });
});
