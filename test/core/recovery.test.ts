// Each kind of broken line, followed by good content that must still be read.
import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/core/index';
import { joinLines, renderDiagnostics, renderPlan } from '../support/render';

/** A good goal and entry that every broken fixture is followed by. */
const GOOD_TAIL = ['goal walk: Walk 30 minutes on 3 days a week by 2027-02-01', '  due: 2027-02-01', '2026-11-10 progress walk: 2 days/week'];

function check(...broken: string[]) {
  const text = joinLines(...broken, ...GOOD_TAIL);
  const { plan, diagnostics } = parse(text);
  // The good content after the broken lines is always read in full.
  const walk = plan.goals.find((g) => g.id === 'walk');
  expect(walk?.due?.iso).toBe('2027-02-01');
  expect(plan.journal.at(-1)).toMatchObject({ kind: 'progress', goal: { text: 'walk' } });
  return { diagnostics: renderDiagnostics(text, diagnostics), plan: renderPlan(plan) };
}

describe('recovery from broken lines', () => {
  it('a revision of a field that cannot be revised says which can, and a near miss says what was meant', () => {
    const messages = (line: string) => parse(joinLines('goal a: Walk', line)).diagnostics.map((d) => `${d.message} ${JSON.stringify(d.data ?? {})}`);
    expect(messages('2026-11-08 revise a colour: blue')).toEqual([
      "'colour' is not a field that a revision can change. A revision changes the statement, one scale level, or any field but steps. {}",
    ]);
    expect(messages('2026-11-08 revise a targt: 2 walks/week')).toEqual([`'targt' is not a field that a revision can change. Did you mean 'target'? {"replacement":"target"}`]);
  });

  it('a goal line without a colon keeps its id, statement and fields', () => {
    const result = check('goal panic Reduce panic attacks to 1 a week', '  due: 2027-01-31');
    expect(result.diagnostics).toMatchInlineSnapshot(`
      "goal panic Reduce panic attacks to 1 a week
                 ^^^^^^ error syntax-error: Put a colon after the goal id: 'goal panic: <the goal in your words>' (found 'Reduce')."
    `);
    expect(result.plan.split('\n')[0]).toMatchInlineSnapshot(`"goal panic @0:0-1:17: "Reduce panic attacks to 1 a week""`);
  });

  it('a goal line without an id swallows its block quietly', () => {
    expect(check('goal: Sleep 7 hours', '  due: 2027-01-31', '  - [ ] step').diagnostics).toMatchInlineSnapshot(`
      "goal: Sleep 7 hours
          ^ error syntax-error: A goal needs an id after 'goal', like 'goal sleep: In bed by 23:00 on 5 nights a week'."
    `);
  });

  it('a goal without a statement', () => {
    expect(check('goal sleep:', '  due: 2027-01-31').diagnostics).toMatchInlineSnapshot(`
      "goal sleep:
           ^^^^^^ error missing-statement: Goal 'sleep' has no statement. Write the goal in your own words after the colon."
    `);
  });

  it('a field without a colon', () => {
    expect(check('goal a: Walk 3 times a week', '  category behavioral', '  start level -1').diagnostics).toMatchInlineSnapshot(`
      "  category behavioral
        ^^^^^^^^^^^^^^^^^^^ error syntax-error: Put a colon after 'category': 'category: behavioral'.
        start level -1
        ^^^^^^^^^^^^^^ error syntax-error: Put a colon after 'start level': 'start level: -1'."
    `);
  });

  it('unknown fields, with a suggestion where one is close', () => {
    expect(check('deadline: 2027-01-01', 'goal a: Walk 3 times a week', '  deadline: 2027-01-01', '  obstacels: rain', '  colour: blue').diagnostics).toMatchInlineSnapshot(`
      "deadline: 2027-01-01
      ^^^^^^^^ error unknown-field: 'deadline' is not a field of the plan header. The fields are: plan, client, clinician, start, review, track.
        deadline: 2027-01-01
        ^^^^^^^^ error unknown-field: 'deadline' is not a field of a goal. Did you mean 'due'?
        obstacels: rain
        ^^^^^^^^^ error unknown-field: 'obstacels' is not a field of a goal. Did you mean 'obstacles'?
        colour: blue
        ^^^^^^ error unknown-field: 'colour' is not a field of a goal. docs/format.md lists the fields, and completion offers them."
    `);
  });

  it('a field written twice', () => {
    expect(check('plan: A', 'plan: B', 'goal a: Walk 3 times a week', '  due: 2027-01-01', '  due: 2027-02-01').diagnostics).toMatchInlineSnapshot(`
      "plan: B
      ^^^^ error duplicate-field: 'plan' is already set on line 1. Keep one of the two.
        due: 2027-02-01
        ^^^ error duplicate-field: 'due' is already set for goal 'a' on line 4. Keep one; to change a value later, add a 'revise' line to the journal."
    `);
  });

  it('dates that do not exist or are written another way', () => {
    expect(
      check('start: 2026-02-30', 'goal a: Walk 3 times a week', '  due: 2027-1-5', '  milestone 2026-13-01: 2 walks', '  baseline: 1 walk on 2026-11-31', '2026/11/08 session', '2026-11-31 session').diagnostics,
    ).toMatchInlineSnapshot(`
      "start: 2026-02-30
             ^^^^^^^^^^ error invalid-date: 2026-02-30 is not a real date: check the month (01-12) and the day of the month.
        due: 2027-1-5
             ^^^^^^^^ error invalid-date: Write dates as YYYY-MM-DD with two-digit months and days: 2027-01-05.
        milestone 2026-13-01: 2 walks
                  ^^^^^^^^^^ error invalid-date: 2026-13-01 is not a real date: check the month (01-12) and the day of the month.
        baseline: 1 walk on 2026-11-31
                            ^^^^^^^^^^ error invalid-date: 2026-11-31 is not a real date: check the month (01-12) and the day of the month.
      2026/11/08 session
      ^^^^^^^^^^ error invalid-date: Write dates as YYYY-MM-DD with two-digit months and days: 2026-11-08.
      2026-11-31 session
      ^^^^^^^^^^ error invalid-date: 2026-11-31 is not a real date: check the month (01-12) and the day of the month."
    `);
  });

  it('suggests a choice only when the word means it or nearly spells it', () => {
    const messages = (value: string, key = 'kind') => check('goal a: Walk 3 times a week', `  ${key}: ${value}`).diagnostics.split('\n').at(-1);
    expect(messages('result')).toContain("did you mean 'outcome'?");
    expect(messages('procss')).toContain("did you mean 'process'?");
    expect(messages('me', 'set by')).toContain("did you mean 'client'?");
    expect(messages('mum', 'set by')).not.toContain('did you mean');
  });

  it('values that cannot be read as their field type', () => {
    expect(
      check('review: sometimes', 'goal a: Walk 3 times a week', '  kind: maybe', '  term: medium', '  weight: heavy', '  start level: low', '  part of: my health').diagnostics,
    ).toMatchInlineSnapshot(`
      "review: sometimes
              ^^^^^^^^^ error invalid-value: 'sometimes' is not a review schedule. Write it like 'every 2 weeks', 'every month' or 'every 4 sessions'.
        kind: maybe
              ^^^^^ error invalid-value: kind is either 'outcome' or 'process'.
        term: medium
              ^^^^^^ error invalid-value: term is either 'short' or 'long'.
        weight: heavy
                ^^^^^ error invalid-value: A weight is a number such as 2, or importance x difficulty such as 2 x 3.
        start level: low
                     ^^^ error invalid-value: 'low' is not a GAS level. Use a whole number from -2 to +2: -2, -1, 0, +1 or +2.
        part of: my health
                 ^^^^^^^^^ error invalid-value: part of takes a goal id, such as 'sleep' or 'drive-to-work'."
    `);
  });

  it('misplaced lines: indented before any goal, items and levels without their field, fields not indented', () => {
    expect(
      check('  due: 2027-01-01', 'goal a: Walk 3 times a week', '  due: 2027-01-01', '    - [ ] a step under due', '  +1: a level without scale', 'category: behavioral').diagnostics,
    ).toMatchInlineSnapshot(`
      "  due: 2027-01-01
        ^^^^^^^^^^^^^^^ error misplaced-line: This line is indented but no goal is above it: a plan field goes unindented, a goal field under its goal; or join it to the line above.
          - [ ] a step under due
          ^^^^^^^^^^^^^^^^^^^^^^ error misplaced-line: A '- ' item belongs under a list field: steps, measure, obstacles or supports. Indent it under one of those, with nothing after its colon.
        +1: a level without scale
        ^^^^^^^^^^^^^^^^^^^^^^^^^ error misplaced-line: A GAS level such as '+1:' belongs under 'scale:'. Indent it under the goal's scale.
      category: behavioral
      ^^^^^^^^^^^^^^^^^^^^ error misplaced-line: 'category' is not indented, so it does not belong to any goal. Indent it under its goal line."
    `);
  });

  it('broken scale levels', () => {
    expect(check('goal a: Walk 3 times a week', '  scale:', '    -2: no walks', '    x: bad', '    +1.5: half', '    +1 3 walks').diagnostics).toMatchInlineSnapshot(`
      "    x: bad
          ^ error invalid-value: 'x' is not a GAS level. Use a whole number from -2 to +2: -2, -1, 0, +1 or +2.
          +1.5: half
          ^^^^ error invalid-value: '+1.5' is not a GAS level. Use a whole number from -2 to +2: -2, -1, 0, +1 or +2.
          +1 3 walks
             ^ error syntax-error: A scale level reads '<level>: <what it looks like>', like '+1: 1 attack a week' (found '3')."
    `);
  });

  it('broken journal lines', () => {
    expect(
      check(
        '2026-11-08 progres a: 3 walks',
        '2026-11-08 progress a 3 walks/week',
        '2026-11-08 progress a: lots',
        '2026-11-08 progress: 3',
        '2026-11-08 review a: 1.5',
        '2026-11-08 review a b',
        '2026-11-08 review a,, b',
        '2026-11-08 session with Sam',
        '2026-11-08 revise a deadline: 2027-01-01',
        '2026-11-08 revise a steps: more',
        '2026-11-08 revise a: 2027-01-01',
        '2026-11-08',
        '2026-11-08 mood',
        '2026-11-08 mood: great',
      ).diagnostics,
    ).toMatchInlineSnapshot(`
      "2026-11-08 progres a: 3 walks
                 ^^^^^^^ error unknown-entry-kind: 'progres' is not a kind of journal entry. Did you mean 'progress'?
      2026-11-08 progress a 3 walks/week
                                   ^ error syntax-error: Put a colon after 'progress a': '2026-11-08 progress a: 3 walks/week'.
      2026-11-08 progress a: lots
                             ^^^^ error invalid-value: A measurement starts with a number, like '3 attacks/week' or '6/10' (found 'lots').
      2026-11-08 progress: 3
                 ^^^^^^^^ error syntax-error: Say which goal this progress is about: 'progress <goal id>'.
      2026-11-08 review a: 1.5
                           ^^^ error invalid-value: '1.5' is not a GAS level. Use a whole number from -2 to +2: -2, -1, 0, +1 or +2.
      2026-11-08 review a b
                          ^ error syntax-error: Put a comma between the goals a review names: 'review a, b'. A remark goes after ' -- '.
      2026-11-08 review a,, b
                          ^ error syntax-error: Two commas in a row: put a goal id between them.
      2026-11-08 session with Sam
                         ^^^^^^^^ error syntax-error: A session line does not take 'with Sam' here. Put a remark after ' -- ' instead.
      2026-11-08 revise a deadline: 2027-01-01
                          ^^^^^^^^ error unknown-field: 'deadline' is not a field that a revision can change. Did you mean 'due'?
      2026-11-08 revise a steps: more
                          ^^^^^ error unknown-field: Steps are not revised: tick one in place ('- [x]'), or add a new one under the goal's 'steps:'.
      2026-11-08 revise a: 2027-01-01
                        ^ error syntax-error: Say which field of 'a' changes: 'revise a target: <new value>'.
      2026-11-08
      ^^^^^^^^^^ error syntax-error: After the date, say what happened: 'session', 'progress <goal>: <value>', 'review <goal>: <level>' or 'note: <text>'.
      2026-11-08 mood
                 ^^^^ error unknown-entry-kind: 'mood' is not a kind of journal entry. To log a measure, give its value: 'mood: 6/10'.
      2026-11-08 mood: great
                       ^^^^^ error invalid-value: A measure is a number, like 'mood: 6/10', or yes or no (found 'great')."
    `);
  });

  it('stray characters in the head of a line', () => {
    expect(check('goal a: Walk 3 times a week', '  due/date: 2027-01-01', '  (steps): x', '-- a note on nothing').diagnostics).toMatchInlineSnapshot(`
      "  due/date: 2027-01-01
           ^ error syntax-error: Found '/' in the name of a field. A field reads '<name>: <value>', like 'review: every 2 weeks'.
        (steps): x
        ^ error syntax-error: Found '(' in the name of a field. A field reads '<name>: <value>', like 'review: every 2 weeks'.
      -- a note on nothing
      ^^ error syntax-error: A line here starts with a field name, a date or 'goal' (found '--')."
    `);
  });
});
