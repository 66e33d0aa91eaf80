// When each goal's next review is due: schedules in days, weeks, months and sessions, from the last
// review or the start.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, findGoal, nextReview, parse, type ReviewDue } from '../../server/src/core/index';
import { joinLines } from '../support/render';

function due(text: string, today: string, id = 'g', config = DEFAULT_CONFIG): ReviewDue {
  const { plan, diagnostics } = parse(text);
  expect(diagnostics).toEqual([]);
  return nextReview(plan, findGoal(plan, id)!, today, config);
}

/** A one-line summary of a ReviewDue. */
function show(d: ReviewDue): string {
  switch (d.status) {
    case 'overdue':
      return `overdue since ${d.dueDate} by ${d.daysOverdue} days (from ${d.since.kind} ${d.since.date}, every ${d.interval.count} ${d.interval.unit})`;
    case 'due-in':
      return `due ${d.dueDate}, in ${d.days} days (from ${d.since.kind} ${d.since.date}, every ${d.interval.count} ${d.interval.unit})`;
    case 'sessions':
      return `${d.sessionsLeft} sessions to go, ${d.sessionsSince} since ${d.since.kind} ${d.since.date}`;
    case 'no-schedule':
      return `no schedule: ${d.reason}`;
  }
}

describe('nextReview', () => {
  it('adds days, weeks and months to the last review', () => {
    const plan = (review: string) => joinLines('start: 2026-10-01', `review: ${review}`, 'goal g: G', '2026-10-31 review g: -1');
    expect(show(due(plan('every 10 days'), '2026-11-05'))).toBe('due 2026-11-10, in 5 days (from review 2026-10-31, every 10 day)');
    expect(show(due(plan('every 2 weeks'), '2026-11-20'))).toBe('overdue since 2026-11-14 by 6 days (from review 2026-10-31, every 2 week)');
    // A month after 31 October is 30 November, the last day of the month (date-fns addMonths).
    expect(show(due(plan('monthly'), '2026-11-30'))).toBe('due 2026-11-30, in 0 days (from review 2026-10-31, every 1 month)');
    expect(show(due(plan('monthly'), '2026-12-01'))).toBe('overdue since 2026-11-30 by 1 days (from review 2026-10-31, every 1 month)');
  });

  it('counts from the goal’s own start, else the plan’s, before the first review', () => {
    const text = joinLines('start: 2026-10-01', 'review: every 2 weeks', 'goal g: G', 'goal h: H', '  start: 2026-11-01');
    expect(show(due(text, '2026-10-20', 'g'))).toBe('overdue since 2026-10-15 by 5 days (from plan-start 2026-10-01, every 2 week)');
    expect(show(due(text, '2026-10-20', 'h'))).toBe('due 2026-11-15, in 26 days (from goal-start 2026-11-01, every 2 week)');
  });

  it('uses the goal’s own schedule after revisions, else the plan’s, else the settings’ default', () => {
    const text = joinLines('start: 2026-10-01', 'goal g: G', '  review: weekly', 'goal h: H', '2026-10-05 revise g review: every 3 weeks');
    expect(show(due(text, '2026-10-04'))).toBe('due 2026-10-08, in 4 days (from plan-start 2026-10-01, every 1 week)');
    expect(show(due(text, '2026-10-06'))).toBe('due 2026-10-22, in 16 days (from plan-start 2026-10-01, every 3 week)');
    expect(show(due(text, '2026-10-06', 'h'))).toBe("no schedule: Neither 'h' nor the plan has a review schedule.");
    const config = { ...DEFAULT_CONFIG, defaultReview: { count: 1, unit: 'month' as const } };
    expect(show(due(text, '2026-10-06', 'h', config))).toBe('due 2026-11-01, in 26 days (from plan-start 2026-10-01, every 1 month)');
  });

  it('counts session entries after the last review for a schedule in sessions; its date is known only once they happen', () => {
    const text = joinLines(
      'start: 2026-10-01',
      'review: every 3 sessions',
      'goal g: G',
      '2026-10-01 session -- goals agreed: the clock starts after this one',
      '2026-10-08 session',
      '2026-10-15 session',
      '2026-10-15 review g: -1 -- the review happens in this session',
      '2026-10-22 session',
      '2026-10-29 session',
      '2026-11-05 session',
      '2026-11-12 session',
    );
    expect(show(due(text, '2026-10-23'))).toBe('2 sessions to go, 1 since review 2026-10-15');
    expect(show(due(text, '2026-11-05'))).toBe('due 2026-11-05, in 0 days (from review 2026-10-15, every 3 session)');
    expect(show(due(text, '2026-11-20'))).toBe('overdue since 2026-11-05 by 15 days (from review 2026-10-15, every 3 session)');
    // Before the first review, the sessions after the plan's start count.
    expect(show(due(text, '2026-10-14'))).toBe('2 sessions to go, 1 since plan-start 2026-10-01');
  });

  it('says why there is no date when nothing gives one', () => {
    expect(show(due(joinLines('review: every 2 weeks', 'goal g: G'), '2026-11-01'))).toBe("no schedule: 'g' has no review yet, and no start date to count from.");
    expect(show(due(joinLines('review: every 2 weeks', 'goal g: G'), 'soon'))).toBe('no schedule: soon is not a date written YYYY-MM-DD.');
  });
});
