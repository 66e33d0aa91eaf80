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
                  ^^^^^^^^^^ warning milestone-outside-timeline: This milestone (2026-10-15) comes before 'walk' starts (2026-11-01). A milestone marks a step on the way, between the start and the due date.
        milestone 2027-01-20: 3 days/week
                  ^^^^^^^^^^ warning milestone-outside-timeline: This milestone (2027-01-20) comes after 'walk' is due (2027-01-15). Move it before the due date, or revise the due date if the plan has changed."
    `);
  });

  it('uses the goal’s own start, or the baseline date, and stays silent without dates to compare', () => {
    expect(
      findings('milestone-outside-timeline', joinLines('start: 2026-11-01', 'goal a: Walk 3 days a week', '  start: 2026-12-01', '  milestone 2026-11-15: 1 day/week')),
    ).not.toBe('');
    expect(findings('milestone-outside-timeline', joinLines('goal a: Walk 3 days a week', '  baseline: 0 days/week on 2026-11-01', '  milestone 2026-10-15: 1 day/week'))).not.toBe('');
    expect(findings('milestone-outside-timeline', joinLines('goal a: Walk 3 days a week', '  milestone 2026-10-15: 1 day/week'))).toBe('');
  });
});
