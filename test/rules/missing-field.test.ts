import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const complete = [
  '  baseline: 1 walks/week on 2026-11-01',
  '  measure: walks logged in my phone',
  '  target: 3 walks/week',
  '  steps:',
  '    - [ ] Buy shoes',
  '  obstacles: rain',
  '  supports: my dog',
  '  review: every 2 weeks',
];

describe('missing-field', () => {
  it('names each missing template field once, with its own message and severity', () => {
    expect(findings('missing-field', joinLines('goal walk: Walk 30 minutes on 3 days a week by February'))).toMatchInlineSnapshot(`
      "goal walk: Walk 30 minutes on 3 days a week by February
           ^^^^ warning missing-field: Where do things stand today for 'walk'? A baseline, such as 'baseline: 1 day/week on <date>', is what progress will be measured against.
           ^^^^ warning missing-field: The goal 'walk' names a number; say how you will count it, with 'measure:' (what you count, and when) and 'target:' (the number that means success).
           ^^^^ info missing-field: 'walk' has no action steps yet. Small, concrete steps make a start easier: 'steps:' then '- [ ] <first step>'.
           ^^^^ info missing-field: What might get in the way of 'walk'? Naming obstacles now ('obstacles: night shifts') lets you plan around them.
           ^^^^ info missing-field: Who or what can help with 'walk'? Add 'supports:', such as 'supports: my sister Jo; the breathing app'.
           ^^^^ info missing-field: When will 'walk' be reviewed? Add 'review: every 2 weeks' here, or once at the top of the plan for every goal."
    `);
  });

  it('stays silent for a complete goal', () => {
    expect(findings('missing-field', joinLines('goal walk: Walk 30 minutes on 3 days a week by February', ...complete))).toBe('');
  });

  it('counts a target or a GAS scale as a success indicator, and the plan or settings review schedule as the goal’s', () => {
    const goal = (...fields: string[]) =>
      joinLines('goal walk: Walk 3 days a week', '  baseline: 1 walks/week on 2026-11-01', '  steps:', '    - [ ] Buy shoes', '  obstacles: rain', '  supports: my dog', ...fields);
    expect(findings('missing-field', joinLines('review: every month', goal('  target: 3 walks/week')))).toBe('');
    expect(findings('missing-field', goal('  scale:', '    0: 3 walks a week', '  review: weekly'))).toBe('');
    expect(findings('missing-field', goal('  target: 3 walks/week'), { config: { defaultReview: { count: 2, unit: 'week' } } })).toBe('');
  });

  it('takes a long-term goal’s short-term goals as its steps', () => {
    const text = joinLines(
      'goal calm: Leave the house without dread on 5 days a week by June',
      ...complete.filter((f) => !f.includes('steps') && !f.includes('Buy shoes')),
      'goal bus: Ride the bus alone twice a week by March',
      '  part of: calm',
      ...complete,
    );
    expect(findings('missing-field', text)).toBe('');
  });

  it('leaves achieved and dropped goals alone', () => {
    expect(findings('missing-field', joinLines('goal a: Walk 3 days a week', 'goal b: Swim once a week', '2026-11-01 achieved a', '2026-11-02 dropped b'))).toBe('');
  });
});

describe('missing-field, edge cases', () => {
  it('counts a field written without content as missing', () => {
    const text = joinLines('goal walk: Walk 3 days a week', ...complete.filter((f) => !f.includes('Buy shoes')).map((f) => (f.startsWith('  supports') ? '  supports:' : f)));
    expect(findings('missing-field', text)).toMatchInlineSnapshot(`
      "goal walk: Walk 3 days a week
           ^^^^ info missing-field: 'walk' has no action steps yet. Small, concrete steps make a start easier: 'steps:' then '- [ ] <first step>'.
           ^^^^ info missing-field: Who or what can help with 'walk'? Add 'supports:', such as 'supports: my sister Jo; the breathing app'."
    `);
  });

  it('leaves success indicators to vague-goal and unmeasurable-goal when the statement has no number', () => {
    const text = joinLines('goal write: Start writing in a journal in the evenings', ...complete.filter((f) => !f.includes('measure') && !f.includes('target')));
    expect(findings('missing-field', text)).toBe('');
  });

  it('judges the goal’s status on the check date, not by entries dated later', () => {
    const text = joinLines('goal walk: Walk 3 days a week', ...complete.filter((f) => !f.includes('obstacles')), '2026-12-20 achieved walk');
    expect(findings('missing-field', text)).not.toBe('');
  });
});
