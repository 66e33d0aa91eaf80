import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

// Every test runs on 2026-11-25 (TODAY in test/support/rules.ts) unless it says otherwise.
describe('review-overdue', () => {
  it('points at a goal whose last review plus its schedule in weeks is before today', () => {
    const text = joinLines(
      'start: 2026-10-01',
      'review: every 2 weeks',
      'goal panic: Reduce panic attacks to 1 a week',
      '  start level: -1',
      '  scale:',
      '    -2: 4 or more attacks a week',
      '    -1: 2-3 attacks a week',
      '     0: 1 attack a week',
      '    +1: 1 attack in two weeks',
      '    +2: no attacks for a month',
      'goal sleep: In bed by 23:00 on 5 nights a week',
      '2026-10-15 review panic: -1',
      '2026-11-02 review panic: 0',
      '2026-11-20 review sleep: -1',
    );
    expect(findings('review-overdue', text)).toMatchInlineSnapshot(`
      "goal panic: Reduce panic attacks to 1 a week
           ^^^^^ warning review-overdue: 'panic' was due for review on 2026-11-16 (9 days ago)."
    `);
  });

  it('counts a review that fell due during a pause as due on the day the goal was resumed', () => {
    const text = joinLines(
      'start: 2026-09-01',
      'review: every 2 weeks',
      'goal run: Run for 20 minutes on 3 days a week',
      '2026-10-05 review run -- steady',
      '2026-10-11 paused run -- knee injury',
      '2026-11-18 resumed run',
    );
    expect(findings('review-overdue', text)).toMatchInlineSnapshot(`
      "goal run: Run for 20 minutes on 3 days a week
           ^^^ warning review-overdue: 'run' was due for review on 2026-11-18 (7 days ago)."
    `);
    // Resumed on a day before the review fell due, the schedule runs on as it was.
    const early = joinLines('start: 2026-09-01', 'review: every 4 weeks', 'goal run: Run for 20 minutes on 3 days a week', '2026-10-05 review run', '2026-10-11 paused run', '2026-10-20 resumed run');
    expect(findings('review-overdue', early)).toContain('was due for review on 2026-11-02');
  });

  it('counts from the start before the first review, and from the goal’s own start when it has one', () => {
    const text = joinLines('start: 2026-09-01', 'review: monthly', 'goal walk: Walk 3 times a week', '  start level: -2', 'goal call: Call Jo every Sunday', '  start: 2026-10-20');
    expect(findings('review-overdue', text)).toMatchInlineSnapshot(`
      "goal walk: Walk 3 times a week
           ^^^^ warning review-overdue: 'walk' was due for review on 2026-10-01 (55 days ago).
      goal call: Call Jo every Sunday
           ^^^^ warning review-overdue: 'call' was due for review on 2026-11-20 (5 days ago)."
    `);
  });

  it('counts a goal added later from its baseline’s date, and never from before the plan started', () => {
    const text = joinLines(
      'start: 2026-10-01',
      'review: every 2 weeks',
      'goal read: Read for 20 minutes on 4 evenings a week',
      '  baseline: 0 evenings/week on 2026-11-20',
      'goal walk: Walk 3 times a week',
      '  baseline: 1 walk/week on 2026-09-20',
    );
    expect(findings('review-overdue', text)).toMatchInlineSnapshot(`
      "goal walk: Walk 3 times a week
           ^^^^ warning review-overdue: 'walk' was due for review on 2026-10-15 (41 days ago)."
    `);
  });

  it('counts session entries for a schedule in sessions, and says on which session the review fell due', () => {
    const text = joinLines(
      'start: 2026-10-01',
      'goal attend: Go to 3 meetings a week',
      '  review: every 2 sessions',
      '2026-10-01 session',
      '2026-10-08 review attend: -1',
      '2026-10-15 session',
      '2026-10-22 session',
      '2026-10-29 session',
    );
    expect(findings('review-overdue', text)).toMatchInlineSnapshot(`
      "goal attend: Go to 3 meetings a week
           ^^^^^^ warning review-overdue: 'attend' was due for review at the 2nd session since the last review, on 2026-10-22 (34 days ago)."
    `);
    // One session since the last review is not enough for a review every 2 sessions.
    expect(findings('review-overdue', text.replace('2026-10-08 review attend: -1', '2026-10-22 review attend: -1'))).toBe('');
  });

  it('counts a review without a level, and one line that reviews several goals, for every goal it names', () => {
    const text = joinLines(
      'start: 2026-09-01',
      'review: every 2 weeks',
      'goal sober: Stay alcohol-free for the next 90 days, one day at a time',
      'goal meetings: Go to 3 AA meetings a week for the next 8 weeks',
      'goal evenings: Plan something for 4 evenings a week',
      '2026-11-12 review sober, meetings -- on track, talked it through with Ruth',
      '2026-11-19 review evenings: going well',
    );
    // Reviewed 13 and 6 days ago, every 2 weeks: nothing is overdue, and no goal is asked for a scale.
    expect(findings('review-overdue', text)).toBe('');
    expect(findings('review-overdue', text, { today: '2026-11-27' })).toMatchInlineSnapshot(`
      "goal sober: Stay alcohol-free for the next 90 days, one day at a time
           ^^^^^ warning review-overdue: 'sober' was due for review on 2026-11-26 (1 day ago).
      goal meetings: Go to 3 AA meetings a week for the next 8 weeks
           ^^^^^^^^ warning review-overdue: 'meetings' was due for review on 2026-11-26 (1 day ago)."
    `);
  });

  it('uses the default schedule from the settings when neither the goal nor the plan has one', () => {
    const text = joinLines('start: 2026-11-01', 'goal walk: Walk 3 times a week');
    expect(findings('review-overdue', text)).toBe('');
    expect(findings('review-overdue', text, { config: { defaultReview: { count: 1, unit: 'week' } } })).toContain("'walk' was due for review on 2026-11-08 (17 days ago).");
  });

  it('stays silent for reviews on time, reviews due today, and goals that are not active', () => {
    const text = joinLines(
      'start: 2026-10-01',
      'review: every 2 weeks',
      'goal a: On time',
      'goal b: Due today',
      'goal c: Achieved',
      'goal d: Paused',
      'goal e: Dropped',
      '2026-10-01 review c: -1',
      '2026-10-01 review d: -1',
      '2026-10-01 review e: -1',
      '2026-11-11 review b: 0',
      '2026-11-20 review a: 0',
      '2026-11-01 achieved c',
      '2026-11-01 paused d',
      '2026-11-01 dropped e',
    );
    expect(findings('review-overdue', text)).toBe('');
    expect(findings('review-overdue', text, { today: '2026-11-26' })).toMatch(/^goal b: Due today\n {5}\^ warning review-overdue: 'b' was due for review on 2026-11-25 \(1 day ago\)\./);
  });

  it('says it in simple words in the plain voice', () => {
    const text = joinLines('start: 2026-10-01', 'review: every 2 weeks', 'goal walk: Walk 3 times a week');
    expect(findings('review-overdue', text, { config: { voice: 'plain' } })).toContain("Time to look back at 'walk': it was due on 2026-10-15 (41 days ago).");
  });
});
