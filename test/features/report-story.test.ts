// The report tells the same story as `goalpost check`: status, revisions, GAS exclusions, errors,
// the nine template fields, journal notes, tracked measures, wins and setbacks, and day counts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentContext, reportData, type GoalReport } from '../../server/src/core/index';
import { joinLines } from '../support/render';

const TODAY = '2026-11-25';

function report(text: string, today = TODAY) {
  const context = documentContext(text, { today });
  return reportData(context, context.snapshot.analyze({ today }).diagnostics);
}

function goal(text: string, id: string, today = TODAY): GoalReport {
  const found = report(text, today).goals.find((g) => g.id === id);
  expect(found, `no goal ${id}`).toBeDefined();
  return found!;
}

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const sample = (name: string) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');

const WALK = [
  'plan: P',
  'start: 2026-09-01',
  'review: every 2 weeks',
  'goal walk: Walk for 30 minutes on 5 days a week by 2026-12-10, to clear my head',
  '  baseline: 1 day/week on 2026-09-01',
  '  target: 5 days/week',
  '  due: 2026-12-10',
];

describe('the report: status', () => {
  it('gives an achieved goal its date, no review due, and never "no progress recorded"', () => {
    const achieved = goal(joinLines(...WALK, '2026-10-01 achieved walk -- five days, three weeks running'), 'walk');
    expect(achieved.status).toBe('achieved');
    expect(achieved.statusText).toBe('achieved on 2026-10-01');
    expect(achieved.progress).toBe('Achieved on 2026-10-01');
    expect(achieved.progress).not.toMatch(/no progress/i);
    expect(achieved.review).toBe('No more reviews due');
    expect(achieved.timeline).toEqual([{ date: '2026-10-01', kind: 'achieved', label: 'Achieved', text: 'five days, three weeks running' }]);
  });

  it('gives a paused goal the day it was paused, no pace, and no review overdue', () => {
    const paused = goal(joinLines(...WALK, '2026-09-15 progress walk: 2 days/week', '2026-09-15 review walk -- fine', '2026-10-01 paused walk'), 'walk');
    expect(paused.statusText).toBe('paused since 2026-10-01');
    expect(paused.progress).toBe('Paused since 2026-10-01 · 1 → 2 → 5 days/week · 25% of the way');
    expect(paused.review).toBe('No review due while it is paused; last reviewed on 2026-09-15');
    expect(paused.paused).toEqual([{ from: '2026-10-01', to: TODAY }]);
  });

  it('never says "target reached" for a goal marked achieved short of its number', () => {
    const short = goal(joinLines(...WALK, '2026-10-20 progress walk: 4 days/week', '2026-10-25 achieved walk -- four is plenty'), 'walk');
    expect(short.progress).toBe('Achieved on 2026-10-25 · 1 → 4 → 5 days/week · 75% of the way');
    const there = goal(joinLines(...WALK, '2026-10-20 progress walk: 5 days/week', '2026-10-25 achieved walk'), 'walk');
    expect(there.progress).toBe('Achieved on 2026-10-25 · 1 → 5 → 5 days/week · 100% of the way · target reached');
  });

  it('says a goal beyond its (revised) target is past it, not "150% of the way"', () => {
    const past = goal(joinLines(...WALK, '2026-10-20 progress walk: 4 days/week', '2026-10-21 revise walk target: 3 days/week -- three is the right number'), 'walk');
    expect(past.progress).toBe('1 → 4 → 3 days/week · past the target');
  });

  it('says a dropped goal was dropped, and when', () => {
    const dropped = goal(joinLines(...WALK, '2026-10-20 dropped walk -- not the right time'), 'walk');
    expect(dropped.statusText).toBe('dropped on 2026-10-20');
    expect(dropped.review).toBe('No more reviews due');
  });

  it('calls a slow goal "slower than planned", and leaves the paused days out of the pace', () => {
    const slow = goal(joinLines(...WALK, '2026-11-20 progress walk: 2 days/week'), 'walk');
    expect(slow.progress).toBe('1 → 2 → 5 days/week · 25% of the way · slower than planned');
    expect(slow.progress).not.toMatch(/behind/);
    // Paused for most of the time: on 2026-11-25 it has been active 25 of 100 days.
    const rested = goal(joinLines(...WALK, '2026-09-10 paused walk', '2026-11-10 resumed walk', '2026-11-20 progress walk: 2 days/week'), 'walk');
    expect(rested.progress).toBe('1 → 2 → 5 days/week · 25% of the way · on track');
  });
});

describe('the report: revisions', () => {
  const revised = joinLines(
    ...WALK,
    '  milestone 2026-10-15: 3 days/week',
    '2026-10-01 revise walk milestone 2026-10-15: 2 days/week -- a cold, so a gentler step',
    '2026-10-01 revise walk target: 4 days/week -- five was too much with the night shifts',
    '2026-10-01 revise walk due: 2027-01-15',
    '2026-10-01 revise walk statement: Walk for 30 minutes on 4 days a week by 2027-01-15',
    '2026-10-10 progress walk: 2 days/week',
  );

  it('shows the statement, target, due date and milestones as revised', () => {
    const walk = goal(revised, 'walk');
    expect(walk.statement).toBe('Walk for 30 minutes on 4 days a week by 2027-01-15');
    expect(walk.target?.text).toBe('4 days/week');
    expect(walk.due).toBe('2027-01-15');
    expect(walk.milestones.map((m) => `${m.text} by ${m.date}, revised ${m.revisedOn}, reached ${m.reachedOn}`)).toEqual(['2 days/week by 2026-10-15, revised 2026-10-01, reached 2026-10-10']);
  });

  it('lists every revision with the reason its note gives', () => {
    expect(goal(revised, 'walk').revisions).toEqual([
      { date: '2026-10-01', field: 'milestone 2026-10-15', value: '2 days/week', reason: 'a cold, so a gentler step' },
      { date: '2026-10-01', field: 'target', value: '4 days/week', reason: 'five was too much with the night shifts' },
      { date: '2026-10-01', field: 'due', value: '2027-01-15' },
      { date: '2026-10-01', field: 'statement', value: 'Walk for 30 minutes on 4 days a week by 2027-01-15' },
    ]);
  });
});

describe('the report: GAS', () => {
  const SCALE = ['  scale:', '    -2: no walks', '    -1: 1 day a week', '     0: 2-3 days a week', '    +1: 4 days a week', '    +2: 5 or more days a week'];
  const gasPlan = (...journal: string[]) =>
    joinLines('plan: P', 'start: 2026-10-01', 'goal walk: Walk 30 minutes on 4 days a week by 2027-01-31, to feel fitter', '  start level: -1', ...SCALE,
      'goal calm: Use the breathing exercise when I notice panic, by 2027-01-31', '  start level: -1', ...SCALE, ...journal);

  it('marks a date with an invalid level not comparable, naming the goal and why, as goalpost score does', () => {
    const data = report(gasPlan('2026-10-15 review walk: 0', '2026-10-15 review calm: 0', '2026-11-01 review walk: 3', '2026-11-01 review calm: +1'));
    expect(data.scores.map((s) => [s.label, s.comparable, s.notCounted])).toEqual([
      ['baseline', true, []],
      ['2026-10-15', true, []],
      ['2026-11-01', false, [{ goal: 'walk', reason: 'its review on 2026-11-01 gives level 3, which is not on the scale from -2 to +2' }]],
    ]);
    const walk = data.goals[0]!;
    expect(walk.levels.map((l) => `${l.date} ${l.level} ${l.valid ? 'valid' : 'not counted'}: ${l.meaning}`)).toEqual([
      '2026-10-01 -1 valid: 1 day a week',
      '2026-10-15 0 valid: 2-3 days a week',
      '2026-11-01 +3 not counted: not on the scale from -2 to +2',
    ]);
    expect(walk.progress).toBe('The review on 2026-11-01 gives level +3, which is not on the scale from -2 to +2, so it is left out of the GAS score');
    // The check reports the level as an error, so the report says so at the top and the goal has no badge.
    expect(data.errors.map((e) => e.code)).toContain('review-score-out-of-range');
    expect(walk.otherFindings.map((f) => f.rule)).toContain('review-score-out-of-range');
  });

  it('gives a GAS goal its latest level and what it means; a review without a level is "reviewed", never a level', () => {
    const data = report(gasPlan('2026-10-15 review walk: +1', '2026-11-01 review walk -- talked it through, no rating today'));
    const walk = data.goals[0]!;
    expect(walk.progress).toBe('GAS +1 on 2026-10-15: 4 days a week');
    expect(walk.levels.map((l) => l.date)).toEqual(['2026-10-01', '2026-10-15']);
    expect(walk.timeline.map((m) => `${m.date} ${m.label}${m.text ? `: ${m.text}` : ''}`)).toEqual([
      '2026-10-15 Reviewed at GAS +1',
      '2026-11-01 Reviewed: talked it through, no rating today',
    ]);
    expect(data.goals[1]!.progress).toBe('GAS -1 at the start: 1 day a week; no review with a level yet');
  });
});

describe('the report: findings and errors', () => {
  it('says at the top when the plan has errors, each with its line', () => {
    const data = report(joinLines(...WALK, '2026-02-30 progress walk: 2 days/week'));
    expect(data.errors).toEqual([expect.objectContaining({ line: 8, code: 'invalid-date' })]);
  });

  it('never calls a goal with any finding one that meets the checks', () => {
    // Nothing SMART is wrong with this goal, but the checker notes its missing template fields.
    const walk = goal(joinLines(...WALK, '  value: A clear head in the evenings'), 'walk');
    expect(walk.checks).toEqual([]);
    expect(walk.otherFindings.map((f) => f.rule)).toEqual(expect.arrayContaining(['missing-field']));
  });
});

describe('the report: the nine fields and the journal', () => {
  const dan = () => report(fixture('sober-smart.goals'));

  it('has the value, steps done and not done, obstacles, supports, who agreed it and its kind', () => {
    const sober = dan().goals[0]!;
    expect(sober).toMatchObject({
      kind: 'outcome',
      value: 'Being someone my kids can rely on at weekends',
      measure: ['Drinks per week, from my phone notes'],
      obstacles: ['Friday nights after work', 'Weddings and family parties'],
      supports: ['My brother Chidi', 'Ruth, every other Monday', 'The Drinkline number in my phone'],
      agreed: 'on 2026-09-14 by Dan and Ruth',
      setBy: 'together',
    });
    expect(sober.steps).toEqual([
      { text: 'Pour away what is in the flat', done: true },
      { text: 'Tell my brother', done: true, note: 'he said he would check in on Fridays' },
      { text: 'Find a Saturday meeting', done: false },
    ]);
    expect(dan().goals[1]).toMatchObject({ kind: 'process', setBy: 'client' });
  });

  it('keeps reviews, wins, setbacks, lapses, notes and progress notes beside their goal, and the rest for the plan', () => {
    const data = dan();
    const walks = data.goals.find((g) => g.id === 'walks')!;
    expect(walks.timeline.filter((m) => m.kind === 'win')).toEqual([{ date: '2026-10-02', kind: 'win', label: 'Win', text: 'walked the long way home instead of past the pub' }]);
    const sober = data.goals[0]!;
    expect(sober.timeline.map((m) => m.kind)).toEqual(['review', 'review', 'lapse', 'review', 'progress', 'review', 'note', 'review']);
    expect(sober.timeline[0]).toEqual({ date: '2026-09-28', kind: 'review', label: 'Reviewed (with walks, letters)', text: 'on track, talked it through with Ruth' });
    expect(sober.timeline[4]).toEqual({ date: '2026-10-26', kind: 'progress', label: 'Measured 3 drinks/week', text: 'the wedding only' });
    expect(data.journal).toEqual([{ date: '2026-11-16', kind: 'win', label: 'Win', text: 'a whole weekend with the kids, no drink' }]);
  });
});

describe('the report: abstinence goals', () => {
  it('counts days free since the restart after a lapse, never "target reached · 100%"', () => {
    const sober = report(fixture('sober-smart.goals')).goals[0]!;
    expect(sober.progress).toBe('32 of 90 days since the restart on 2026-10-25');
    expect(sober.progress).not.toMatch(/target reached|100%/);
    expect(sober.dayCount).toMatchObject({ days: 32, goalDays: 90, since: '2026-10-25', from: 'restart', lapses: 1, until: TODAY });
    expect(sober.dayCount!.runs).toEqual([
      { from: '2026-09-14', to: '2026-10-24', days: 40, current: false },
      { from: '2026-10-25', to: TODAY, days: 32, current: true },
    ]);
  });

  it('keeps day-count milestones off the axis of drinks, and marks them reached', () => {
    const sober = report(sample('sober-october.goals')).goals[0]!;
    expect(sober.milestones.map((m) => [m.text, m.dayCount, m.inUnit, m.reachedOn])).toEqual([
      ['30 days alcohol-free', true, false, '2026-09-30'],
      ['90 days alcohol-free', true, false, undefined],
    ]);
    expect(sober.progress).toBe('40 of 90 days since the restart on 2026-10-17');
  });

  it('says "since the start" before any lapse', () => {
    const text = joinLines('plan: P', 'start: 2026-11-01', 'goal sober: Stay sober for 60 days', '  target: 0 drinks/week');
    expect(goal(text, 'sober').progress).toBe('25 of 60 days since the start on 2026-11-01');
  });
});

describe('the report: tracked measures', () => {
  it('gives a number its weekly mean and a yes/no measure its days done, week by week', () => {
    const data = report(fixture('sober-smart.goals'));
    const [mood, tablets] = data.measures;
    expect(mood).toMatchObject({ name: 'mood', type: 'number', declared: '1-10', min: 1, max: 10, leftOut: 0 });
    expect(mood!.weeks.slice(0, 2)).toEqual([
      { week: '2026-09-14', mean: 4.5, days: 4 },
      { week: '2026-09-21', mean: 6, days: 2 },
    ]);
    expect(tablets).toMatchObject({ name: 'tablets', type: 'yes-no', declared: 'yes/no', latest: { date: '2026-11-24', text: 'yes' } });
    expect(tablets!.weeks[0]).toEqual({ week: '2026-09-14', done: 3, days: 4 });
    expect(tablets!.weeks.find((w) => w.week === '2026-11-09')).toEqual({ week: '2026-11-09', done: 1, days: 2 });
  });

  it('says when a measure is not among those the header declares, as the checker does', () => {
    const data = report(joinLines('plan: P', 'track mood: 1-10', '2026-11-02 mood: 6', '2026-11-03 moood: 4'));
    expect(data.measures.map((m) => [m.name, m.undeclared])).toEqual([['mood', false], ['moood', true]]);
    expect(report(joinLines('plan: P', '2026-11-03 steps: 4000')).measures[0]!.undeclared).toBe(false);
  });

  it('leaves out what the checker finds outside the declaration, and counts it', () => {
    const text = joinLines('plan: P', 'track mood: 1-10', '2026-11-02 mood: 6', '2026-11-03 mood: 11', '2026-11-04 mood: 8/10', '2026-11-05 mood: 4/5');
    const [mood] = report(text).measures;
    expect(mood).toMatchObject({ days: 2, leftOut: 2, weeks: [{ week: '2026-11-02', mean: 7, days: 2 }] });
  });
});

describe('the report: units', () => {
  it('writes units in the plural where the number asks for it', () => {
    const text = joinLines('plan: P', 'start: 2026-11-01', 'goal walk: Walk on 6 days a week by 2027-01-31', '  baseline: 1 day/week', '  target: 6 day/week', '  due: 2027-01-31', '2026-11-10 progress walk: 3 day/week');
    const walk = goal(text, 'walk');
    expect(walk.target?.text).toBe('6 days/week');
    expect(walk.latest?.text).toBe('3 days/week');
    expect(walk.baseline?.text).toBe('1 day/week');
    expect(walk.progress).toMatch(/^1 → 3 → 6 days\/week · /);
  });
});
