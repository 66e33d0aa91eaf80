// Every construct of docs/format.md, read into the model and rendered as an outline.
import { describe, expect, it } from 'vitest';
import { joinLines, renderClean } from '../support/render';

describe('the plan header', () => {
  it('reads every header field', () => {
    expect(
      renderClean(
        joinLines(
          'plan: Recovery plan for Alex R.',
          'client: Alex R.',
          'clinician: Dr. Sam Kim',
          'start: 2026-11-01',
          'review: every 2 weeks',
          'track mood: 1-10',
          'track sleep: hours',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "plan: Recovery plan for Alex R.
      client: Alex R.
      clinician: Dr. Sam Kim
      start: 2026-11-01
      review: 2 week
      track mood: 1..10
      track sleep: .. hours"
    `);
  });
});

describe('goals', () => {
  const fullGoal = joinLines(
    'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
    '  category: symptom-reduction',
    '  kind: outcome',
    '  term: short',
    '  part of: calm',
    '  value: Visiting my sister without dread',
    '  baseline: 3 attacks/week on 2026-11-01',
    '  target: 1 attacks/week',
    '  measure: attacks counted in my panic log each Sunday',
    '  steps:',
    '    - [x] Learn paced breathing with Dr. Kim',
    '    - [ ] Practise paced breathing 10 minutes each morning',
    '  obstacles: Night shifts break my morning routine',
    '  supports: Breathing app; my sister Jo',
    '  start: 2026-11-03',
    '  due: 2027-01-31',
    '  milestone 2026-12-15: 2 attacks/week',
    '  milestone 2027-01-10: 1.5 attacks/week',
    '  review: every 2 weeks',
    '  weight: 2',
    '  start level: -1',
    '  scale:',
    '    -2: 4 or more attacks a week',
    '    -1: 3 attacks a week',
    '     0: 2 attacks a week',
    '    +1: 1 attack a week',
    '    +2: no attacks for two weeks',
  );

  it('reads every field of the template and the GAS fields', () => {
    expect(renderClean(fullGoal)).toMatchInlineSnapshot(`
      "goal panic @0:0-26:32: "Reduce panic attacks from 3 a week to 1 a week by 2027-01-31"
        category: symptom-reduction
        kind: outcome
        term: short
        part of: calm
        baseline: 3 [attacks/week] on 2026-11-01
        target: 1 [attacks/week]
        start: 2026-11-03
        due: 2027-01-31
        review: 2 week
        weight: 2
        start level: -1
        milestone 2026-12-15: 2 [attacks/week]
        milestone 2027-01-10: 1.5 [attacks/week]
        step [x] Learn paced breathing with Dr. Kim
        step [ ] Practise paced breathing 10 minutes each morning
        value: "Visiting my sister without dread"
        measure: "attacks counted in my panic log each Sunday"
        obstacles: "Night shifts break my morning routine"
        supports: "Breathing app; my sister Jo"
        level -2: 4 or more attacks a week
        level -1: 3 attacks a week
        level 0: 2 attacks a week
        level 1: 1 attack a week
        level 2: no attacks for two weeks"
    `);
  });

  it('reads list forms of measure, obstacles and supports, one item per line', () => {
    expect(
      renderClean(
        joinLines(
          'goal walk: Walk 30 minutes on 3 days a week by 2027-02-01',
          '  measure:',
          '    - minutes walked, from my phone',
          '    - days with a walk, ticked on the calendar',
          '  obstacles:',
          '    - rain',
          '    - late shifts -- mostly on Thursdays',
          '  supports:',
          '  - my dog', // a list at the same indentation as its field, as YAML allows
          '  - the park near work',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "goal walk @0:0-9:22: "Walk 30 minutes on 3 days a week by 2027-02-01"
        measure: "minutes walked, from my phone", "days with a walk, ticked on the calendar"
        obstacles: "rain", "late shifts"
        supports: "my dog", "the park near work""
    `);
  });

  it('reads weights as importance x difficulty in every spelling', () => {
    const weights = ['2 x 3', '2x3', '2 × 3', '2 * 3', '1.5'].map((w) =>
      renderClean(joinLines(`goal a: Walk 3 times a week`, `  weight: ${w}`)).split('\n')[1],
    );
    expect(weights).toEqual([
      '  weight: 6 (2 x 3)',
      '  weight: 6 (2 x 3)',
      '  weight: 6 (2 x 3)',
      '  weight: 6 (2 x 3)',
      '  weight: 1.5',
    ]);
  });

  it('reads review schedules in days, weeks, months and sessions, with number words and aliases', () => {
    const schedules = [
      'every 10 days',
      'every 2 weeks',
      'every two weeks',
      'every month',
      'every 3 months',
      'every 4 sessions',
      'every session',
      'daily',
      'weekly',
      'fortnightly',
      'monthly',
      'Every Twelve Weeks',
    ].map((s) => renderClean(joinLines('goal a: Walk 3 times a week', `  review: ${s}`)).split('\n')[1]);
    expect(schedules).toEqual([
      '  review: 10 day',
      '  review: 2 week',
      '  review: 2 week',
      '  review: 1 month',
      '  review: 3 month',
      '  review: 4 session',
      '  review: 1 session',
      '  review: 1 day',
      '  review: 1 week',
      '  review: 2 week',
      '  review: 1 month',
      '  review: 12 week',
    ]);
  });

  it('reads field keys in any case', () => {
    expect(renderClean(joinLines('goal a: Walk 3 times a week', '  Due: 2027-01-31', '  PART OF: health'))).toMatchInlineSnapshot(`
      "goal a @0:0-2:17: "Walk 3 times a week"
        part of: health
        due: 2027-01-31"
    `);
  });

  it('reads goal ids in any script', () => {
    expect(renderClean(joinLines('goal 睡眠: 23時までに寝る, 週5日', 'goal schlaf-ä_2: Um 23 Uhr im Bett, 5 Nächte pro Woche'))).toMatchInlineSnapshot(`
      "goal 睡眠 @0:0-0:22: "23時までに寝る, 週5日"
      goal schlaf-ä_2 @1:0-1:54: "Um 23 Uhr im Bett, 5 Nächte pro Woche""
    `);
  });

  it('reads qualitative baselines and targets as text', () => {
    expect(
      renderClean(joinLines('goal drive: Drive to work alone by March', '  baseline: avoids driving on the motorway', '  target: drives the motorway to work twice a week')),
    ).toMatchInlineSnapshot(`
      "goal drive @0:0-2:50: "Drive to work alone by March"
        baseline: "avoids driving on the motorway"
        target: "drives the motorway to work twice a week""
    `);
  });
});

describe('measurements', () => {
  it('reads numbers, units, ranges, scores and percentages', () => {
    const values = ['3 attacks/week', '7.5 hours', '6/10', '75%', '3-4 drinks/day', '0', '-2 kg', '10 minutes a day', '2 / 5'].map(
      (v) => renderClean(joinLines('goal a: Walk 3 times a week', `  target: ${v}`)).split('\n')[1],
    );
    expect(values).toEqual([
      '  target: 3 [attacks/week]',
      '  target: 7.5 [hours]',
      '  target: 6 of 10',
      '  target: 75 [%]',
      '  target: 3..4 [drinks/day]',
      '  target: 0',
      '  target: -2 [kg]',
      '  target: 10 [minutes a day]',
      '  target: 2 of 5',
    ]);
  });
});

describe('the journal', () => {
  it('reads every kind of entry', () => {
    expect(
      renderClean(
        joinLines(
          'goal panic: Reduce panic attacks to 1 a week by 2027-01-31',
          '',
          '2026-11-08 session',
          '2026-11-09 session -- talked about night shifts',
          '2026-11-08 progress panic: 3 attacks/week',
          '2026-11-15 progress panic: 2 attacks/week -- used breathing twice',
          '2026-11-15 review panic: -1 -- slight progress, keep the plan',
          '2026-11-22 review panic: +1',
          '2026-11-22 review panic: 0',
          '2026-11-29 revise panic target: 2 attacks/week -- too ambitious for now',
          '2026-11-29 revise panic due: 2027-03-01',
          '2026-11-29 revise panic statement: Reduce panic attacks to 2 a week by March',
          '2026-11-29 revise panic milestone 2026-12-15: 3 attacks/week',
          '2026-11-29 revise panic scale +1: 2 attacks a week',
          '2026-12-20 achieved panic -- kept it up four weeks',
          '2026-12-21 paused panic',
          '2026-12-22 dropped panic',
          '2027-01-05 resumed panic: back after the holidays',
          '2026-11-20 note: slept badly all week',
          '2026-11-20 note panic: first attack at work',
          '2026-11-20 mood: 6/10',
          '2026-11-20 sleep-hours: 7.5 hours',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "goal panic @0:0-0:58: "Reduce panic attacks to 1 a week by 2027-01-31"
      2026-11-08 session
      2026-11-09 session -- "talked about night shifts"
      2026-11-08 progress panic = 3 [attacks/week]
      2026-11-15 progress panic = 2 [attacks/week] -- "used breathing twice"
      2026-11-15 review panic = -1 -- "slight progress, keep the plan"
      2026-11-22 review panic = 1
      2026-11-22 review panic = 0
      2026-11-29 revise panic target -> "2 attacks/week" -- "too ambitious for now"
      2026-11-29 revise panic due -> "2027-03-01"
      2026-11-29 revise panic statement -> "Reduce panic attacks to 2 a week by March"
      2026-11-29 revise panic milestone 2026-12-15 -> "3 attacks/week"
      2026-11-29 revise panic scale 1 -> "2 attacks a week"
      2026-12-20 achieved panic -- "kept it up four weeks"
      2026-12-21 paused panic
      2026-12-22 dropped panic
      2027-01-05 resumed panic -- "back after the holidays"
      2026-11-20 note "slept badly all week"
      2026-11-20 note panic "first attack at work"
      2026-11-20 measure mood = 6 of 10
      2026-11-20 measure sleep-hours = 7.5 [hours]"
    `);
  });

  it('keeps a goal that comes after journal entries', () => {
    expect(
      renderClean(joinLines('goal a: Walk 3 times a week', '2026-11-08 session', 'goal b: Call my sister once a week', '  due: 2027-01-01', '2026-11-09 progress b: 1 calls/week')),
    ).toMatchInlineSnapshot(`
      "goal a @0:0-0:27: "Walk 3 times a week"
      goal b @2:0-3:17: "Call my sister once a week"
        due: 2027-01-01
      2026-11-08 session
      2026-11-09 progress b = 1 [calls/week]"
    `);
  });
});

describe('comments and notes', () => {
  it('treats # as a comment only at a word boundary and before a space', () => {
    expect(
      renderClean(
        joinLines(
          '# My plan, written with Dr. Kim',
          'plan: Plan #2 for #selfcare # a comment',
          'goal a: Sit in room #4 for 10 minutes # end-of-line comment',
          '  value: Being there for my kids#always',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "plan: Plan #2 for #selfcare
      goal a @2:0-3:39: "Sit in room #4 for 10 minutes"
        value: "Being there for my kids#always"
      # My plan, written with Dr. Kim
      # a comment (end of line)
      # end-of-line comment (end of line)"
    `);
  });

  it('starts a note at " -- " on fields and items, and keeps "--" inside words', () => {
    expect(
      renderClean(
        joinLines(
          'goal a: Walk 3 times a week -- my own idea',
          '  baseline: 1 walks/week on 2026-11-01 -- from the intake interview',
          '  value: health--and time outside',
          '  steps:',
          '    - [ ] Buy shoes -- before payday',
          '2026-11-08 note: -- just a note',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "goal a @0:0-4:36: "Walk 3 times a week" -- "my own idea"
        baseline: 1 [walks/week] on 2026-11-01
        step [ ] Buy shoes
        value: "health--and time outside"
      2026-11-08 note -- "just a note""
    `);
  });
});
