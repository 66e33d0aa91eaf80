import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

// Every test runs on 2026-11-25 (TODAY in test/support/rules.ts) unless it says otherwise.
describe('due-date-passed', () => {
  it('points at the due date of an active goal that has passed it', () => {
    const text = joinLines('goal panic: Reduce panic attacks to 1 a week by 2026-11-15', '  target: 1 attack/week', '  due: 2026-11-15');
    expect(findings('due-date-passed', text)).toMatchInlineSnapshot(`
      "  due: 2026-11-15
             ^^^^^^^^^^ info due-date-passed: 'panic' was due on 2026-11-15 (10 days ago): mark it achieved, or give it a new due date."
    `);
  });

  it('reads a date the statement names when the goal has no due line, and prefers the due line', () => {
    const text = joinLines('goal sleep: In bed by 23:00 on 5 nights a week by 2026-11-20', 'goal walk: Walk 3 times a week by 2026-11-01', '  due: 2026-12-20', 'goal read: Read by March');
    expect(findings('due-date-passed', text)).toMatchInlineSnapshot(`
      "goal sleep: In bed by 23:00 on 5 nights a week by 2026-11-20
                                                        ^^^^^^^^^^ info due-date-passed: 'sleep' was due on 2026-11-20 (5 days ago): mark it achieved, or give it a new due date."
    `);
  });

  it('uses the due date after revisions, and points at the revision that set it', () => {
    const text = joinLines('goal walk: Walk 3 times a week', '  due: 2026-10-31', '2026-10-30 revise walk due: 2026-11-24 -- a cold held us up');
    expect(findings('due-date-passed', text)).toMatchInlineSnapshot(`
      "2026-10-30 revise walk due: 2026-11-24 -- a cold held us up
                                  ^^^^^^^^^^ info due-date-passed: 'walk' was due on 2026-11-24 (1 day ago): mark it achieved, or give it a new due date."
    `);
    expect(findings('due-date-passed', text.replace('2026-11-24', '2026-12-31'))).toBe('');
  });

  it('stays silent on the due date itself, for goals the journal has closed, and for goals with no due date', () => {
    const text = joinLines(
      'goal a: Due today',
      '  due: 2026-11-25',
      'goal b: Achieved',
      '  due: 2026-11-01',
      'goal c: Paused',
      '  due: 2026-11-01',
      'goal d: Dropped',
      '  due: 2026-11-01',
      'goal e: No due date',
      '2026-10-30 achieved b',
      '2026-10-30 paused c',
      '2026-11-03 dropped d',
    );
    expect(findings('due-date-passed', text)).toBe('');
    expect(findings('due-date-passed', text, { today: '2026-11-26' })).toMatch(/'a' was due on 2026-11-25 \(1 day ago\)/);
  });
  it('says it in simple words in the plain voice', () => {
    const text = joinLines('goal walk: Walk 3 times a week', '  due: 2026-11-15');
    expect(findings('due-date-passed', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "  due: 2026-11-15
             ^^^^^^^^^^ info due-date-passed: 'walk' was due by 2026-11-15. If you made it, write '2026-11-25 achieved walk'; if not, pick a new date."
    `);
  });
});
