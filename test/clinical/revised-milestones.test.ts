// A milestone set by a revision is about what comes after the revision: the journal before it does not reach it.
import { describe, expect, it } from 'vitest';
import { findGoal, parse } from '../../server/src/core/index';
import { milestoneStandings } from '../../server/src/core/clinical/milestones';
import { joinLines } from '../support/render';

function reached(text: string, today: string): string[] {
  const { plan } = parse(text);
  return milestoneStandings(plan, findGoal(plan, 'speak')!, today).map((s) => `${s.milestone.date.iso} ${s.milestone.quantity.text.text}: ${s.reachedOn ?? 'not yet'}`);
}

const PLAN = [
  'start: 2026-01-12',
  'goal speak: Speak up in 3 team meetings a week by June',
  '  baseline: 0 meetings/week',
  '  target: 3 meetings/week',
  '  milestone 2026-03-01: 1 meeting/week',
  '  milestone 2026-04-15: 2 meetings/week',
  '2026-01-23 progress speak: 2 meetings/week',
  '2026-03-09 revise speak milestone 2026-04-15: 2-3 meetings/week -- a bolder step, Ana is ready',
];

describe('milestones set by a revision', () => {
  it('is reached by a measurement from the revision on, not by one before it', () => {
    expect(reached(joinLines(...PLAN), '2026-03-20')).toEqual(['2026-03-01 1 meeting/week: 2026-01-23', '2026-04-15 2-3 meetings/week: not yet']);
    expect(reached(joinLines(...PLAN, '2026-03-27 progress speak: 2 meetings/week'), '2026-03-30')).toEqual([
      '2026-03-01 1 meeting/week: 2026-01-23',
      '2026-04-15 2-3 meetings/week: 2026-03-27',
    ]);
  });

  it('keeps a milestone as written reached by what came before it', () => {
    expect(reached(joinLines(...PLAN.slice(0, -1)), '2026-03-20')).toEqual(['2026-03-01 1 meeting/week: 2026-01-23', '2026-04-15 2 meetings/week: 2026-01-23']);
  });
});
