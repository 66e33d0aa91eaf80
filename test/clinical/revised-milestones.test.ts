// A milestone set by a revision is about what comes after the revision: the journal before it does not reach it,
// unless the revision corrects a milestone whose date had already passed.
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
  '2026-03-06 progress speak: 1 meeting/week -- a cold, a hard week',
];

describe('milestones set by a revision', () => {
  it('is reached on the day it is set when the latest measurement then already meets it', () => {
    const gentler = joinLines(...PLAN, '2026-03-09 revise speak milestone 2026-04-15: 1-2 meetings/week -- a cold made March hard, keep the pace gentle');
    expect(reached(gentler, '2026-03-20')).toEqual(['2026-03-01 1 meeting/week: 2026-01-23', '2026-04-15 1-2 meetings/week: 2026-03-09']);
  });

  it('is not reached by a measurement before the latest one at the revision, only by one that meets it from then on', () => {
    // 2 a week on 2026-01-23 would meet it, but by the revision the goal stood at 1 a week.
    const bolder = joinLines(...PLAN, '2026-03-09 revise speak milestone 2026-04-15: 2-3 meetings/week -- Ana is ready for more');
    expect(reached(bolder, '2026-03-20')).toEqual(['2026-03-01 1 meeting/week: 2026-01-23', '2026-04-15 2-3 meetings/week: not yet']);
    expect(reached(joinLines(bolder, '2026-03-27 progress speak: 2 meetings/week'), '2026-03-30')[1]).toBe('2026-04-15 2-3 meetings/week: 2026-03-27');
  });

  it('reads a revision that corrects a milestone already past against the whole journal', () => {
    // The March milestone was written wrong and put right in May: the January measurement reached it then.
    const corrected = joinLines(...PLAN, '2026-05-04 revise speak milestone 2026-03-01: 2 meetings/week -- we had written it down wrong');
    expect(reached(corrected, '2026-05-10')[0]).toBe('2026-03-01 2 meetings/week: 2026-01-23');
  });

  it('keeps a milestone as written reached by what came before', () => {
    expect(reached(joinLines(...PLAN), '2026-03-20')).toEqual(['2026-03-01 1 meeting/week: 2026-01-23', '2026-04-15 2 meetings/week: 2026-01-23']);
  });
});
