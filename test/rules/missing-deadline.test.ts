import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings, fires } from '../support/rules';

const ID = 'missing-deadline';
const goal = (statement: string) => `goal g: ${statement}`;

/** Statements that say by when, or for how long. */
const GOOD = [
  'Walk 30 minutes a day for four weeks',
  'Call Łukasz every Sunday until Christmas',
  'Meditate each morning for 30 days',
  'Book a GP appointment this week',
  'Reduce panic attacks to 1 a week within two months',
  'Sort out my tax return by 2027-01-31',
  'Swim twice a week by the end of March',
  'Dinner with 王芳 once a week, starting next week',
  'Practise breathing 3 times a day in the next 2 weeks',
  'Ride the bus alone by 15 January',
  'Go to 3 meetings a week until 2027-06-30',
  'Walk with Siobhán on Saturdays over the summer',
  'Write to Téta monthly, to 2027-02-28',
  'Stay alcohol-free for a full year',
  'Read 2 books by my birthday',
  'Apply for the course by Friday',
  'In bed by 23:00 on 5 nights a week, three weeks running',
];

/** Statements with no end: a time of day or a frequency is not a deadline. */
const FLAWED = [
  'Walk for 30 minutes on 3 days a week',
  'Call Łukasz every Sunday',
  'Walk with Siobhán twice a week',
  'Dinner with 王芳 once a week',
  'In bed by 23:00 on 5 nights a week',
  'Practise 10 minutes of mindfulness each morning',
  'Go to 3-4 meetings a week',
  'Meditate three times a week',
  'Take my medication at 8am',
  'Feel better about myself',
  'Read to my daughter at bedtime',
  'Cut drinking to 2 days a week',
  'Swim 20 lengths on Tuesdays',
  'Keep a food diary',
  'Save 50 pounds a month',
  'Call Jan twice a week',
];

describe('missing-deadline', () => {
  it.each(GOOD)('stays silent on "%s"', (statement) => {
    expect(findings(ID, goal(statement))).toBe('');
  });

  it.each(FLAWED)('speaks on "%s"', (statement) => {
    expect(fires(ID, goal(statement))).toBe(true);
  });

  it('points at the goal id and suggests a date six weeks from today', () => {
    expect(findings(ID, goal('Walk for 30 minutes on 3 days a week'))).toMatchInlineSnapshot(`
      "goal g: Walk for 30 minutes on 3 days a week
           ^ warning missing-deadline: 'Walk for 30 minutes on 3 days a week' has no date to aim for: add one, e.g. 'due: 2027-01-06', or 'for the next 6 weeks' in the goal."
    `);
  });

  it('is satisfied by a due date, a milestone, a revised due date or a timeframe in the target', () => {
    const walk = 'goal walk: Walk for 30 minutes on 3 days a week';
    expect(findings(ID, joinLines(walk, '  due: 2027-01-31'))).toBe('');
    expect(findings(ID, joinLines(walk, '  milestone 2026-12-15: 2 walks/week'))).toBe('');
    expect(findings(ID, joinLines(walk, '2026-11-20 revise walk due: 2027-01-31'))).toBe('');
    expect(findings(ID, joinLines(walk, '  target: 3 walks a week by March'))).toBe('');
  });

  it('asks a goal of staying alive for no end date, only when to look at it together, as information', () => {
    expect(findings(ID, joinLines('goal alive: Stay alive', 'goal safe: Keep myself safe'))).toMatchInlineSnapshot(`
      "goal alive: Stay alive
           ^^^^^ info missing-deadline: 'Stay alive' needs no end date: set a time to look at it together, e.g. 'review: every 2 weeks'.
      goal safe: Keep myself safe
           ^^^^ info missing-deadline: 'Keep myself safe' needs no end date: set a time to look at it together, e.g. 'review: every 2 weeks'."
    `);
    expect(findings(ID, joinLines('goal alive: Stay alive', '  review: every 2 weeks'))).toBe('');
    expect(findings(ID, joinLines('review: every 4 weeks', 'goal alive: Stay alive'))).toBe('');
  });

  it('offers abstinence, self-harm and eating-disorder goals a stretch of days to renew', () => {
    expect(findings(ID, joinLines('goal binge: Stop bingeing', 'goal harm: No self-harm'))).toMatchInlineSnapshot(`
      "goal binge: Stop bingeing
           ^^^^^ warning missing-deadline: 'Stop bingeing' has no stretch to count: add one to renew, e.g. 'for the next 30 days, one day at a time', or 'due: 2027-01-06'.
      goal harm: No self-harm
           ^^^^ warning missing-deadline: 'No self-harm' has no stretch to count: add one to renew, e.g. 'for the next 30 days, one day at a time', or 'due: 2027-01-06'."
    `);
  });

  it('does not count a due date revised after today', () => {
    expect(fires(ID, joinLines('goal walk: Walk for 30 minutes on 3 days a week', '2026-12-20 revise walk due: 2027-01-31'))).toBe(true);
  });

  it('asks a statement in another language only for a due date, without guessing at its words', () => {
    expect(findings(ID, goal('Jeden Sonntag Łukasz anrufen, bis März'))).toBe('');
  });

  it('leaves achieved goals alone', () => {
    expect(findings(ID, joinLines('goal walk: Walk 3 times a week', '2026-11-01 achieved walk'))).toBe('');
  });
});
