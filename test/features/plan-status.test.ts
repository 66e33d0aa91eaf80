import { describe, expect, it } from 'vitest';
import { documentContext, newGoalInsertion, planStatus } from '../../server/src/core/index';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

const status = (...lines: string[]) => planStatus(documentContext(joinLines(...lines), { today: TODAY }));

describe('the plan status line', () => {
  it('counts open goals and names the soonest review', () => {
    const s = status('plan: p', 'start: 2026-11-20', 'review: every 2 weeks', 'goal a: Walk 3 days a week', 'goal b: Sleep by 23:00', '  review: every 1 week', 'goal c: Read', '2026-11-21 achieved c');
    expect(s).toEqual({
      text: '2 goals · review due in 2 days',
      // A goal that rests is named with its status and date, after the goals with a review to come.
      tooltip: 'a: Next review in 9 days (2026-12-04)\nb: Next review in 2 days (2026-11-27)\nc: achieved on 2026-11-21',
      overdue: false,
    });
  });

  it('puts overdue reviews first and says how many there are', () => {
    const s = status('plan: p', 'start: 2026-10-01', 'review: every 2 weeks', 'goal a: Walk', 'goal b: Sleep', 'goal c: Read', '  review: every 3 months');
    expect(s.text).toBe('3 goals · 2 reviews overdue');
    expect(s.overdue).toBe(true);
    expect(status('plan: p', 'start: 2026-10-01', 'review: every 2 weeks', 'goal a: Walk').text).toBe('1 goal · a review is overdue');
  });

  it('counts the paused goals, which wait for no review', () => {
    const s = status('plan: p', 'start: 2026-11-20', 'review: every 2 weeks', 'goal a: Walk', 'goal b: Sleep', 'goal c: Read', '2026-11-21 paused b', '2026-11-22 dropped c');
    expect(s).toEqual({ text: '1 goal · 1 paused · review due in 9 days', tooltip: 'a: Next review in 9 days (2026-12-04)\nb: paused since 2026-11-21\nc: dropped on 2026-11-22', overdue: false });
  });

  it('says when a review is due today, after sessions, or not scheduled at all', () => {
    expect(status('plan: p', 'start: 2026-11-11', 'review: every 2 weeks', 'goal a: Walk').text).toBe('1 goal · review due today');
    expect(status('plan: p', 'start: 2026-11-11', 'review: every 4 sessions', 'goal a: Walk', '2026-11-12 session').text).toBe('1 goal · review after 3 more sessions');
    expect(status('plan: p', 'goal a: Walk').text).toBe('1 goal');
    expect(status('plan: p')).toEqual({ text: 'No open goals', tooltip: 'This plan has no open goals.', overdue: false });
    expect(status('plan: p', 'start: 2026-10-01', 'review: every week', 'goal a: Walk', '2026-10-10 paused a')).toEqual({
      text: 'No open goals · 1 paused',
      tooltip: 'a: paused since 2026-10-10',
      overdue: false,
    });
  });
});

describe('where New Goal puts the template', () => {
  it('goes after the last goal, with a blank line, above the journal', () => {
    const text = joinLines('plan: p', 'review: every 2 weeks', '', 'goal a: Walk', '  target: 3 days/week', '', '# Journal', '2026-11-20 session');
    const { position, snippet } = newGoalInsertion(documentContext(text, { today: TODAY }));
    expect(position).toEqual({ line: 4, character: '  target: 3 days/week'.length });
    expect(snippet.startsWith('\n\ngoal ${1:new-goal}: ')).toBe(true);
    // The plan has a review schedule, so the goal needs none of its own.
    expect(snippet).not.toContain('review:');
    expect(snippet).toContain('  due: ${13:2027-02-17}');
  });

  it('goes after the header when there is no goal yet, and first in an empty file', () => {
    const header = joinLines('plan: p', 'start: 2026-11-20');
    expect(newGoalInsertion(documentContext(header, { today: TODAY })).position).toEqual({ line: 1, character: 'start: 2026-11-20'.length });
    const empty = newGoalInsertion(documentContext('', { today: TODAY }));
    expect(empty.position).toEqual({ line: 0, character: 0 });
    expect(empty.snippet).toContain('  review: ${14:every 2 weeks}');
  });
});
