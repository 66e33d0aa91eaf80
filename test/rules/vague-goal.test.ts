import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { analyze } from '../../server/src/core/index';
import { vagueGoal } from '../../server/src/core/rules/smart/vague-goal';
import { findings, fires, TODAY } from '../support/rules';

const ID = 'vague-goal';
const goal = (statement: string) => `goal g: ${statement}`;

/** Specific goals: a count, a time, a frequency or a range pins down any comparative in them. */
const GOOD = [
  'Practise 10 minutes of mindfulness each morning',
  'Walk with Siobhán twice a day',
  'Call Łukasz every Sunday',
  'Dinner with 王芳 once a week',
  'In bed by 23:00 on 5 nights a week',
  'Sleep better: in bed by 23:00 on five nights a week',
  'Worry less: keep worry time to 30 minutes a day',
  'Go to the gym 3-4 times a week',
  'Eat more vegetables, two portions with dinner every day',
  'Improve my 5k time from 30 to 27 minutes by March',
  'Spend more time with Dev, one evening a week',
  'Feel better by doing one thing I enjoy three times a week',
  'Tell my boss about my diagnosis by March',
  'Ask my partner for help twice a week',
  'Stop saying "I should do better" to myself',
  'Read to my daughter at bedtime 4 nights a week',
  'Drink no more than 2 coffees a day',
  'Meet Ngozi for a walk every other Saturday',
  'Journal for 10 minutes every evening for 30 days',
  'Sort out my tax return by 2027-01-31',
  // 'work' as a thing, not the verb 'work on'; a safety goal as it is written.
  'Get my boss to stop piling work on me',
  'Keep myself safe',
  'Stay safe',
];

/** Vague goals: nothing in them can be counted or seen. */
const FLAWED = [
  'Feel better about myself',
  'Sleep better',
  'Be more mindful',
  'Worry less',
  'Drive more',
  'Be more assertive',
  'Get my life together',
  'Be happier',
  'Sort out my life',
  'Work on my confidence',
  'Improve my sleep',
  'Walk more with Siobhán',
  'Eat more vegetables',
  'Deal with my anger by next month',
  'Exercise regularly',
  'Be a better dad to Mateus',
  'Feel better within two months',
  'Be healthier by 2027-03-01',
  'Move on from the divorce',
  // A compound written with a space is the same word.
  'work on my self esteem',
  'Work on my selfworth',
];

describe('vague-goal', () => {
  it.each(GOOD)('stays silent on "%s"', (statement) => {
    expect(findings(ID, goal(statement))).toBe('');
  });

  it.each(FLAWED)('speaks on "%s"', (statement) => {
    expect(fires(ID, goal(statement))).toBe(true);
  });

  it('quotes the vague words with their verb and offers an example on the same topic', () => {
    expect(findings(ID, joinLines('goal sleep: I want to sleep better', 'goal mind: Be more mindful', 'goal self: Improve my self-esteem'))).toMatchInlineSnapshot(`
      "goal sleep: I want to sleep better
                            ^^^^^^^^^^^^ warning vague-goal: 'sleep better' is hard to see or count: say what you'll do and how often, e.g. 'In bed by 23:00 on 5 nights a week'.
      goal mind: Be more mindful
                 ^^^^^^^^^^^^^^^ warning vague-goal: 'Be more mindful' is hard to see or count: say what you'll do and how often, e.g. 'Practise 10 minutes of mindfulness each morning'.
      goal self: Improve my self-esteem
                 ^^^^^^^^^^^^^^^^^^^^^^ warning vague-goal: 'Improve my self-esteem' is hard to see or count: say what you'll do and how often, e.g. 'Speak up once in each team meeting'."
    `);
  });

  it('quotes the verb with its object pronoun, and offers examples on the topic of the goal', () => {
    expect(findings(ID, joinLines('goal kids: Visit them more often', 'goal feel: Manage my emotions in a healthier way', 'goal food: Have a healthier relationship with food'))).toMatchInlineSnapshot(`
      "goal kids: Visit them more often
                 ^^^^^^^^^^^^^^^^^^^^^ warning vague-goal: 'Visit them more often' is hard to see or count: say what you'll do and how often, e.g. 'Do one thing towards it on 3 days a week'.
      goal feel: Manage my emotions in a healthier way
                 ^^^^^^^^^^^^^^^^^^ warning vague-goal: 'Manage my emotions' is hard to see or count: say what you'll do and how often, e.g. 'When a strong feeling comes, name it and take 5 slow breaths'.
      goal food: Have a healthier relationship with food
                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning vague-goal: 'healthier relationship with food' is hard to see or count: say what you'll do and how often, e.g. 'Eat 3 meals and 2 snacks each day, as my meal plan says'."
    `);
  });

  it('falls back to a plain frequency when the topic is unknown', () => {
    expect(findings(ID, goal('Drive more'))).toMatchInlineSnapshot(`
      "goal g: Drive more
              ^^^^^^^^^^ warning vague-goal: 'Drive more' is hard to see or count: say what you'll do and how often, e.g. 'Drive on 3 days a week'."
    `);
  });

  it('speaks quietly, as information, when the fields already count the goal', () => {
    // Specific is about the words: a target or measure counts something, but 'feel better' still
    // names nothing to do tomorrow.
    const withTarget = joinLines('goal self: Feel better about myself', '  target: 7/10 on the self-esteem scale');
    const withMeasure = joinLines('goal self: Feel better about myself', '  measure: Rosenberg scale every two weeks');
    const withScale = joinLines('goal self: Feel better about myself', '  scale:', '    -2: a', '    -1: b', '     0: c', '    +1: d', '    +2: e');
    for (const text of [withTarget, withMeasure, withScale]) {
      const found = analyze(text, { today: TODAY, rules: [vagueGoal] }).diagnostics.filter((d) => d.code === ID);
      expect(found.map((d) => [d.severity, d.message])).toEqual([
        ['info', "'Feel better' is counted in the fields, but the words don't say what you'll do, e.g. 'Do one kind thing for myself each day'."],
      ]);
    }
    expect(findings(ID, goal('Feel better about myself'))).toContain('warning vague-goal');
  });

  it('warns as usual when the fields are as vague as the goal', () => {
    const fields = [['  measure: how I feel', '  target: better than now'], ['  target: more than now'], ['  target: go to the gym more']];
    for (const lines of fields) expect(findings(ID, joinLines('goal self: Feel better about myself', ...lines)), lines.join()).toContain('warning vague-goal');
  });

  it('reads the statement as revised in the journal, up to today', () => {
    const revised = joinLines('goal sleep: Sleep better', '2026-11-20 revise sleep statement: In bed by 23:00 on 5 nights a week');
    const later = joinLines('goal sleep: In bed by 23:00 on 5 nights a week', '2026-12-20 revise sleep statement: Sleep better');
    expect(findings(ID, revised)).toBe('');
    expect(findings(ID, later)).toBe('');
  });

  it('points at a revised statement on its journal line', () => {
    expect(findings(ID, joinLines('goal sleep: In bed by 23:00 on 5 nights a week', '2026-11-20 revise sleep statement: Just sleep better'))).toMatchInlineSnapshot(`
      "2026-11-20 revise sleep statement: Just sleep better
                                              ^^^^^^^^^^^^ warning vague-goal: 'sleep better' is hard to see or count: say what you'll do and how often, e.g. 'In bed by 23:00 on 5 nights a week'."
    `);
  });

  it('leaves achieved and dropped goals alone', () => {
    expect(findings(ID, joinLines('goal a: Sleep better', 'goal b: Worry less', '2026-11-01 achieved a', '2026-11-02 dropped b'))).toBe('');
  });

  it('adds the words in the vagueWords setting to its own', () => {
    const text = goal('Find my zen at work');
    expect(findings(ID, text)).toBe('');
    expect(findings(ID, text, { config: { vagueWords: ['find my zen'] } })).toMatchInlineSnapshot(`
      "goal g: Find my zen at work
              ^^^^^^^^^^^ warning vague-goal: 'Find my zen' is hard to see or count: say what you'll do and how often, e.g. 'Write tomorrow's 3 main tasks before I finish each day'."
    `);
  });
});
