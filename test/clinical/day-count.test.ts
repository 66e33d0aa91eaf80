// An abstinence goal's days free, counted as people in recovery count them: the first day is day
// one, the day of a lapse is no day free, and the count starts again at day one the day after it.
import { describe, expect, it } from 'vitest';
import { findGoal, parse } from '../../server/src/core/index';
import { abstinenceCount, isDayCount } from '../../server/src/core/clinical/abstinence';
import { milestoneStandings } from '../../server/src/core/clinical/milestones';
import { joinLines } from '../support/render';

const PLAN = [
  'start: 2026-09-01',
  'goal sober: Stay alcohol-free for 90 days',
  '  target: 0 drinks/week',
  '  milestone 2026-09-30: 30 days alcohol-free',
  '  milestone 2026-11-29: 90 days alcohol-free',
];

function countOn(text: string, date: string): string {
  const { plan } = parse(text);
  const count = abstinenceCount(plan, findGoal(plan, 'sober')!, date);
  return count ? `${count.days} of ${count.goalDays} since the ${count.from} on ${count.since}` : 'none';
}

function reached(text: string, today: string): string[] {
  const { plan } = parse(text);
  return milestoneStandings(plan, findGoal(plan, 'sober')!, today).map((s) => `${s.milestone.date.iso}: ${s.reachedOn ?? 'not yet'}`);
}

describe('days free', () => {
  it('counts the first day as day one, so 30 September is day 30 of a goal started on 1 September', () => {
    const text = joinLines(...PLAN);
    expect(countOn(text, '2026-09-01')).toBe('1 of 90 since the start on 2026-09-01');
    expect(countOn(text, '2026-09-30')).toBe('30 of 90 since the start on 2026-09-01');
    expect(countOn(text, '2026-08-31')).toBe('none');
  });

  it('has no day free on the day of a lapse, and day one again the day after', () => {
    const text = joinLines(...PLAN, '2026-10-16 lapse sober -- the leaving do');
    expect(countOn(text, '2026-10-15')).toBe('45 of 90 since the start on 2026-09-01');
    expect(countOn(text, '2026-10-16')).toBe('0 of 90 since the restart on 2026-10-17');
    expect(countOn(text, '2026-10-17')).toBe('1 of 90 since the restart on 2026-10-17');
    expect(countOn(text, '2026-11-15')).toBe('30 of 90 since the restart on 2026-10-17');
  });

  it('reaches a day-count milestone on its own date when no lapse comes between', () => {
    expect(reached(joinLines(...PLAN), '2026-09-29')).toEqual(['2026-09-30: not yet', '2026-11-29: not yet']);
    expect(reached(joinLines(...PLAN), '2026-09-30')).toEqual(['2026-09-30: 2026-09-30', '2026-11-29: not yet']);
    expect(reached(joinLines(...PLAN), '2026-11-29')).toEqual(['2026-09-30: 2026-09-30', '2026-11-29: 2026-11-29']);
  });

  it('needs the whole run free: a lapse on the day a run would reach the count ends it short', () => {
    const onTheDay = joinLines(...PLAN, '2026-09-30 lapse sober');
    expect(reached(onTheDay, '2026-10-28')).toEqual(['2026-09-30: not yet', '2026-11-29: not yet']);
    // The run from 1 October reaches 30 days on 30 October.
    expect(reached(onTheDay, '2026-10-30')).toEqual(['2026-09-30: 2026-10-30', '2026-11-29: not yet']);
  });

  it('reads "30 days alcohol-free" as a count of days, and "2 days/week" as how often', () => {
    for (const unit of ['days alcohol-free', 'days', 'day', 'days free', 'Days sober']) expect(isDayCount(unit), unit).toBe(true);
    for (const unit of ['day/week', 'days/week', 'days a week', 'days per month', 'drinks/week', 'daily walks']) expect(isDayCount(unit), unit).toBe(false);
  });

  it('counts a milestone revised after a lapse from the runs still going or to come', () => {
    const text = joinLines(
      ...PLAN,
      '2026-10-16 lapse sober -- the leaving do',
      '2026-10-20 revise sober milestone 2026-11-29: 40 days alcohol-free -- counting again from the restart',
    );
    // The 45 days before the lapse would have been enough, but the revision counts from the restart on 2026-10-17.
    expect(reached(text, '2026-11-24')).toEqual(['2026-09-30: 2026-09-30', '2026-11-29: not yet']);
    expect(reached(text, '2026-11-25')).toEqual(['2026-09-30: 2026-09-30', '2026-11-29: 2026-11-25']);
  });
});

describe('which goals count days free', () => {
  const counts = (...goal: string[]) => {
    const { plan } = parse(joinLines('start: 2026-09-01', ...goal));
    return abstinenceCount(plan, plan.goals[0]!, '2026-10-01') !== undefined;
  };

  it('counts a zero target of uses, and a statement that says free of a substance', () => {
    expect(counts('goal a: Cut down to nothing', '  target: 0 drinks/week')).toBe(true);
    expect(counts('goal a: Quit for good', '  target: 0 cigarettes a day')).toBe(true);
    expect(counts('goal a: Stay clean, one day at a time')).toBe(true);
    expect(counts('goal a: Get clean and stay in the programme')).toBe(true);
  });

  it('does not count a zero of anything else, or a clean kitchen', () => {
    expect(counts('goal inbox: Empty my email inbox every Friday', '  target: 0 emails')).toBe(false);
    expect(counts('goal worry: Keep worry to my 6pm slot', '  target: 0 minutes/day')).toBe(false);
    expect(counts('goal panic: Fewer panic attacks by spring', '  target: 0 attacks/week')).toBe(false);
    expect(counts('goal tidy: Stay clean and tidy in the kitchen on 5 evenings a week')).toBe(false);
    expect(counts('goal meds: Take my tablets every morning', '  target: 0 missed pills/week')).toBe(false);
    expect(counts('goal screen: Put the phone away after 22:00', '  target: 0 hours of phone use')).toBe(false);
  });
});
