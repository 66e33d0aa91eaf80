// A goal's pace leaves out the time it was paused: nobody is expected to make progress on a goal
// that was set aside, so a pause never makes a goal look slower than planned.
import { describe, expect, it } from 'vitest';
import { expectedPosition, findGoal, goalProgress, parse } from '../../server/src/core/index';
import { daysPaused, pausedSpans } from '../../server/src/core/clinical/progress';
import { joinLines } from '../support/render';

// 100 days from 2026-09-01 to 2026-12-10.
const GOAL = ['start: 2026-09-01', 'goal g: Cook on 3 evenings a week by 2026-12-10', '  baseline: 0 evenings/week', '  target: 3 evenings/week', '  due: 2026-12-10'];

function expected(text: string, today: string): string {
  const { plan } = parse(text);
  const position = expectedPosition(plan, findGoal(plan, 'g')!, today);
  return position.kind === 'expected' ? `${position.percent.toFixed(1)}%` : position.reason;
}

describe('pace with pauses', () => {
  it('moves the expected line only on the days the goal was active', () => {
    const plain = joinLines(...GOAL);
    expect(expected(plain, '2026-10-11')).toBe('40.0%');
    // Paused for 20 days of those 40: the line expects what 20 active days would bring.
    const paused = joinLines(...GOAL, '2026-09-21 paused g', '2026-10-11 resumed g');
    expect(expected(paused, '2026-10-11')).toBe('20.0%');
    expect(expected(paused, '2026-10-21')).toBe('30.0%');
    // Still paused: the line waits where it was when the pause began.
    const resting = joinLines(...GOAL, '2026-09-21 paused g');
    expect(expected(resting, '2026-11-30')).toBe('20.0%');
  });

  it('calls a goal that was paused on track where the straight line would call it slow', () => {
    const journal = ['2026-09-21 progress g: 1 evening/week', '2026-10-11 progress g: 1 evening/week'];
    const { plan } = parse(joinLines(...GOAL, ...journal, '2026-09-22 paused g', '2026-10-20 resumed g'));
    const progress = goalProgress(plan, findGoal(plan, 'g')!, '2026-10-31');
    expect(progress.kind === 'measured' && progress.status).toBe('on-track');
    const { plan: unpaused } = parse(joinLines(...GOAL, ...journal));
    const straight = goalProgress(unpaused, findGoal(unpaused, 'g')!, '2026-10-31');
    expect(straight.kind === 'measured' && straight.status).toBe('behind');
  });

  it('counts a dropped goal as resting until it is resumed, and ends a pause when the goal is achieved', () => {
    const { plan } = parse(joinLines(...GOAL, '2026-09-11 dropped g', '2026-09-21 resumed g', '2026-10-01 paused g', '2026-10-05 achieved g'));
    const goal = findGoal(plan, 'g')!;
    expect(pausedSpans(plan, goal, '2026-11-01')).toEqual([
      { from: '2026-09-11', to: '2026-09-21' },
      { from: '2026-10-01', to: '2026-10-05' },
    ]);
    expect(daysPaused(plan, goal, '2026-09-01', '2026-11-01')).toBe(14);
    // Only the days after `from` count.
    expect(daysPaused(plan, goal, '2026-09-16', '2026-11-01')).toBe(9);
  });
});
