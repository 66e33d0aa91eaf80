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
  it('lists every missing template field in one finding: a warning while the baseline is missing, else information', () => {
    expect(findings('missing-field', joinLines('goal walk: Walk 30 minutes on 3 days a week by February'))).toMatchInlineSnapshot(`
      "goal walk: Walk 30 minutes on 3 days a week by February
           ^^^^ warning missing-field: 'walk' still needs a baseline, a 'measure:' or 'target:', steps, obstacles, supports and a review schedule."
    `);
  });

  it('lists the same gaps in simple words in the plain voice', () => {
    expect(findings('missing-field', 'goal walk: Walk 30 minutes on 3 days a week by February', { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "goal walk: Walk 30 minutes on 3 days a week by February
           ^^^^ warning missing-field: 'walk' needs a few more lines: how things are now, how you'll count it, first steps, what might get in the way, who can help and when to look again."
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
           ^^^^ info missing-field: 'walk' still needs steps and supports."
    `);
  });

  it('asks for a measure only as information when the statement itself says what counts', () => {
    const text = joinLines('goal mum: Call my mum every Sunday', ...complete.filter((f) => !f.includes('measure') && !f.includes('target')));
    expect(findings('missing-field', text)).toMatchInlineSnapshot(`
      "goal mum: Call my mum every Sunday
           ^^^ info missing-field: 'mum' still needs a 'measure:' or 'target:'."
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
