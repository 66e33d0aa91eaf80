import { describe, expect, it } from 'vitest';
import {
  activeGoals,
  effectiveDue,
  effectiveReview,
  effectiveStatement,
  effectiveTarget,
  entriesOf,
  findGoal,
  goalStatus,
  latestProgress,
  latestReview,
  parse,
  referencesTo,
  sessions,
} from '../../server/src/core/index';
import { joinLines } from '../support/render';

const { plan } = parse(
  joinLines(
    'plan: Queries',
    'start: 2026-11-01',
    'review: every 2 weeks',
    'goal calm: Feel safe leaving the house 5 days a week by June',
    '  term: long',
    'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
    '  part of: calm',
    '  target: 1 attacks/week',
    '  due: 2027-01-31',
    '  review: every 4 sessions',
    'goal sleep: In bed by 23:00 on 5 nights a week',
    '  target: 5 nights/week',
    '2026-11-08 session',
    '2026-11-15 progress panic: 2 attacks/week',
    '2026-11-08 progress panic: 3 attacks/week', // written late, dated earlier
    '2026-11-15 review panic: -1',
    '2026-11-22 session',
    '2026-11-22 review panic: 0',
    '2026-11-29 revise panic target: 2 attacks/week -- too ambitious for now',
    '2026-12-06 revise panic due: 2027-03-01',
    '2026-12-06 revise panic statement: Reduce panic attacks to 2 a week by March',
    '2026-12-10 achieved sleep',
    '2026-12-11 paused calm',
    '2026-12-20 resumed calm',
  ),
);
const panic = findGoal(plan, 'panic')!;

describe('queries', () => {
  it('find goals by id', () => {
    expect(findGoal(plan, 'sleep')?.statement.text).toBe('In bed by 23:00 on 5 nights a week');
    expect(findGoal(plan, 'nope')).toBeUndefined();
  });

  it('list a goal’s entries in date order, keeping the written order within a day', () => {
    expect(entriesOf(plan, 'panic').map((e) => `${e.date.iso} ${e.kind}`)).toEqual([
      '2026-11-08 progress',
      '2026-11-15 progress',
      '2026-11-15 review',
      '2026-11-22 review',
      '2026-11-29 revise',
      '2026-12-06 revise',
      '2026-12-06 revise',
    ]);
  });

  it('find the latest measurement and review, optionally as of a date', () => {
    expect(latestProgress(plan, 'panic')?.quantity.text.text).toBe('2 attacks/week');
    expect(latestProgress(plan, 'panic', '2026-11-10')?.quantity.text.text).toBe('3 attacks/week');
    expect(latestReview(plan, 'panic')?.level).toBe(0);
    expect(latestReview(plan, 'panic', '2026-11-20')?.level).toBe(-1);
    expect(latestReview(plan, 'sleep')).toBeUndefined();
  });

  it('apply revisions to the target, due date and statement, keeping the original as of an earlier date', () => {
    expect(effectiveTarget(plan, panic)?.measurement?.value).toBe(2);
    expect(effectiveTarget(plan, panic, '2026-11-28')?.measurement?.value).toBe(1);
    expect(effectiveDue(plan, panic)?.iso).toBe('2027-03-01');
    expect(effectiveDue(plan, panic, '2026-12-05')?.iso).toBe('2027-01-31');
    expect(effectiveStatement(plan, panic).text).toBe('Reduce panic attacks to 2 a week by March');
    expect(panic.statement.text).toBe('Reduce panic attacks from 3 a week to 1 a week by 2027-01-31');
  });

  it('use the goal’s review schedule, else the plan’s', () => {
    expect(effectiveReview(plan, panic)).toMatchObject({ count: 4, unit: 'session' });
    expect(effectiveReview(plan, findGoal(plan, 'sleep')!)).toMatchObject({ count: 2, unit: 'week' });
  });

  it('follow status changes, including pause and resume', () => {
    expect(goalStatus(plan, 'sleep')).toBe('achieved');
    expect(goalStatus(plan, 'sleep', '2026-12-01')).toBe('active');
    expect(goalStatus(plan, 'calm', '2026-12-15')).toBe('paused');
    expect(goalStatus(plan, 'calm')).toBe('active');
    expect(activeGoals(plan).map((g) => g.id)).toEqual(['calm', 'panic']);
    expect(activeGoals(plan, '2026-12-15').map((g) => g.id)).toEqual(['panic']);
  });

  it('count sessions and find every reference to a goal', () => {
    expect(sessions(plan).length).toBe(2);
    expect(sessions(plan, '2026-11-10').length).toBe(1);
    expect(referencesTo(plan, 'calm').map((r) => r.range.start.line)).toEqual([6, 22, 23]);
  });
});
