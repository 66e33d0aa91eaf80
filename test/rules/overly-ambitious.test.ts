import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings, fires } from '../support/rules';

const ID = 'overly-ambitious';
const goal = (statement: string) => `goal g: ${statement}`;

/** Frequencies ('every morning'), abstinence in recovery and softened wording are all reachable. */
const GOOD = [
  'Meditate every day for 10 minutes',
  'Call Łukasz every Sunday',
  'Walk with Siobhán each week',
  'No alcohol at all for my first 90 days',
  'Stay completely sober for 30 days',
  'Stop smoking completely by New Year',
  "Log every yes I didn't mean, on 5 days a week",
  'Turn up to every weekly session',
  'Write one letter entirely in Arabic by February',
  'Almost always take the stairs, 5 days out of 7',
  'Cut panic attacks from 3 a week to 1 a week by 2027-02-01',
  'Replace "you always" with "I feel" in 3 of 4 hard talks',
  'Have dinner with 王芳 once a week',
  'Take my tablets at 8am every day',
  'Practise the breathing all week, twice a day',
  'Eat breakfast with the kids every weekday',
  'Be fully present at dinner with my kids 3 nights a week',
  'Drink no more than 2 coffees a day',
  // A 'never' about a place or a time is a rule kept by design, like a smoke-free home.
  'Only smoke outside, never in the flat, from now until my January review',
  'Screens off at 9pm, never after 10',
  // Holding on to a safety goal is the point, not perfectionism.
  'Never try to kill myself again',
  'Always use my safety plan when I feel unsafe',
];

/** All-or-nothing goals: one off day and the goal is lost. */
const FLAWED = [
  'Overcome all my anxiety',
  'Have a perfect social life',
  'Be perfect at self-care',
  'Never drink again',
  'Never have a panic attack again',
  'Always be on time for work',
  'Be completely calm at family dinners',
  'Meditate every single day',
  'Be cured of my depression',
  'Never ever shout at Mateus',
  'No more panic attacks',
  'Feel 100% confident at work',
  'Go to the gym without fail, 5 times a week',
  'Be happy all the time',
  'Get rid of all my bad habits',
  'Stay calm with Łukasz no matter what',
  'Fix everything in my marriage by spring',
  'Cure my insomnia for good',
  'Beat my OCD for good',
  'Pt will achieve full remission of all depressive symptoms within 2 weeks',
  'Be free of all my symptoms by March',
];

/** A goal with a baseline, a target and a due date, starting on the plan's start. */
function paced(baseline: string, target: string, due: string, statement = 'Fewer panic attacks'): string {
  return joinLines('start: 2026-11-20', `goal panic: ${statement}`, `  baseline: ${baseline}`, `  target: ${target}`, `  due: ${due}`);
}

describe('overly-ambitious', () => {
  it.each(GOOD)('stays silent on "%s"', (statement) => {
    expect(findings(ID, goal(statement))).toBe('');
  });

  it.each(FLAWED)('speaks on "%s"', (statement) => {
    expect(fires(ID, goal(statement))).toBe(true);
  });

  it('quotes the all-or-nothing words and offers a reachable version of each kind', () => {
    expect(findings(ID, joinLines('goal a: Never have a panic attack again', 'goal b: Overcome all my anxiety', 'goal c: Be a perfect mum to Zoë', 'goal d: Never drink again'))).toMatchInlineSnapshot(`
      "goal a: Never have a panic attack again
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning overly-ambitious: 'Never have a panic attack again' never ends, so one slip could feel like failing: set a stretch to renew, e.g. 'for the next 4 weeks, then look again'.
      goal b: Overcome all my anxiety
              ^^^^^^^^^^^^^^^^^^^^^^^ warning overly-ambitious: 'Overcome all my anxiety' asks for the whole problem to go at once: pick one part to start with, e.g. 'Face one thing I've been avoiding each week'.
      goal c: Be a perfect mum to Zoë
                   ^^^^^^^ warning overly-ambitious: 'perfect' sets a bar no one meets every day: aim for good enough, something you can count, e.g. '3 times out of 4'.
      goal d: Never drink again
              ^^^^^^^^^^^^^^^^^ warning overly-ambitious: 'Never drink again' never ends, so one slip could feel like failing: set a stretch to renew, e.g. 'for the next 30 days, one day at a time'."
    `);
  });

  it('offers a first part on the topic of a goal that asks for the whole of it', () => {
    expect(findings(ID, joinLines('goal sleep: Cure my insomnia for good', 'goal pt: Pt will achieve full remission of all depressive symptoms within 2 weeks'))).toMatchInlineSnapshot(`
      "goal sleep: Cure my insomnia for good
                  ^^^^^^^^^^^^^^^^ warning overly-ambitious: 'Cure my insomnia' asks for the whole problem to go at once: pick one part to start with, e.g. 'In bed by 23:00 on 5 nights a week'.
      goal pt: Pt will achieve full remission of all depressive symptoms within 2 weeks
                               ^^^^^^^^^^^^^^ warning overly-ambitious: 'full remission' asks for the whole problem to go at once: pick one part to start with, e.g. 'Do one thing I enjoy each day'."
    `);
  });

  it('flags a cut of more than three quarters in under four weeks, on the target', () => {
    expect(findings(ID, paced('5 attacks/week', '0 attacks/week', '2026-12-10'))).toMatchInlineSnapshot(`
      "  target: 0 attacks/week
                ^^^^^^^^^^^^^^ warning overly-ambitious: 5 attacks/week to 0 attacks/week in 3 weeks is a very steep drop: add a halfway step, e.g. 'milestone 2026-11-30: 3 attacks/week'."
    `);
  });

  it('accepts the same cut given more time, or a smaller cut in the same time', () => {
    expect(findings(ID, paced('5 attacks/week', '0 attacks/week', '2027-01-20'))).toBe('');
    expect(findings(ID, paced('4 attacks/week', '2 attacks/week', '2026-12-10'))).toBe('');
    expect(findings(ID, paced('4 attacks/week', '1 attack/week', '2026-12-10'))).toBe('');
  });

  it('judges pace by the due date as revised in the journal', () => {
    const moved = joinLines(paced('5 attacks/week', '0 attacks/week', '2026-12-10'), '2026-11-22 revise panic due: 2027-02-01');
    expect(findings(ID, moved)).toBe('');
  });

  it('does not call stopping a substance outright too fast', () => {
    expect(findings(ID, paced('30 drinks/week', '0 drinks/week', '2026-12-10', 'No alcohol until Christmas'))).toBe('');
  });

  it('skips pace when units differ or a date is missing', () => {
    expect(findings(ID, paced('5 attacks/week', '0 hours/day', '2026-12-10'))).toBe('');
    expect(findings(ID, joinLines('goal panic: Fewer panic attacks', '  baseline: 5 attacks/week', '  target: 0 attacks/week', '  due: 2026-12-10'))).toBe('');
  });
});
