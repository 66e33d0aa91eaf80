import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings, fires } from '../support/rules';

const ID = 'unmeasurable-goal';
const goal = (statement: string) => `goal g: ${statement}`;

/** Goals with something to count, or a one-off action with a date, which is done or not. */
const GOOD = [
  'Practise slow breathing 10 minutes a day',
  'Call Łukasz every Sunday',
  'Walk with Siobhán twice a week',
  'Dinner with 王芳 once a week',
  'In bed by 23:00 on weeknights',
  'Meditate three times a week',
  'Go to 3-4 AA meetings a week',
  'Rate my mood 1-10 each evening',
  'Reach 75% attendance at my Spanish class',
  'Take my medication at 8am',
  'Spend half an hour outdoors with the dog each morning',
  'Swim twenty lengths on Tuesdays',
  // A plan for each time the moment comes is measured by each time: it was used, or it was not.
  'Use my craving card when the urge comes',
  'Call the crisis line when I feel unsafe',
  'Visit Grandma Małgorzata every other Saturday',
  'Write to Téta monthly',
  'Tell my boss about my diagnosis by March',
  'Book a GP appointment this week',
  "Stay sober at my cousin's wedding on 2026-12-12",
  'Stay alcohol-free until my birthday in June',
  'Apply for the pottery course at the community centre by 2027-01-15',
  'Stop smoking completely by New Year',
  'Make Christmas dinner for my family',
  // Attendance and completion: all or none is a count (the treatment text's own examples).
  'Attend every scheduled session this week',
  'Complete the full residential programme',
  'Go to all of my physio appointments',
  'Finish the detox',
  // Days free of self-harm or an eating-disorder behaviour are counted as they stand, like days sober.
  'Stop bingeing',
  'No purging',
  'Stay self-harm free',
  'Stay free of self harm',
  'Eat regular meals and stop purging',
  // One occasion, or a feat done once by its date, is done or not.
  'Go to the work christmas do with my sister',
  'Run a marathon in 6 weeks',
  // A rule about a place is kept or broken each day.
  'Only smoke outside, never in the flat',
];

/** Goals where nothing says how often, how much, or when it counts as done. */
const FLAWED = [
  'Start writing in a journal in the evenings',
  'Spend time with my family',
  'Learn to relax',
  'Go for walks with Siobhán',
  'Practise the breathing exercises',
  'Keep a food diary',
  'Cook dinner at home',
  'Go to AA meetings',
  'Have dinner with 王芳 and her family',
  'Start the day with stretches',
  'Go to the gym when I can',
  'Read to the kids if I have time',
  'Take the bus to work on my own',
  'Speak up in team meetings',
  'Read before bed instead of scrolling',
  'Keep taking my medication',
  'Start writing in a journal by 2026-12-01',
  'Practise saying no at work',
];

describe('unmeasurable-goal', () => {
  it.each(GOOD)('stays silent on "%s"', (statement) => {
    expect(findings(ID, goal(statement))).toBe('');
  });

  it.each(FLAWED)('speaks on "%s"', (statement) => {
    expect(fires(ID, goal(statement))).toBe(true);
  });

  it('marks the statement and suggests a count in the words of the goal', () => {
    expect(findings(ID, joinLines('goal journal: Start writing in a journal in the evenings', 'goal family: Spend time with my family'))).toMatchInlineSnapshot(`
      "goal journal: Start writing in a journal in the evenings
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning unmeasurable-goal: 'Start writing in a journal in the…' doesn't yet say how you'll know it's happening: add how often, e.g. 'on 4 evenings a week'.
      goal family: Spend time with my family
                   ^^^^^^^^^^^^^^^^^^^^^^^^^ warning unmeasurable-goal: 'Spend time with my family' doesn't yet say how you'll know it's happening: add how often, e.g. 'Spend time with my family once a week'."
    `);
  });

  it('never offers a frequency to a safety, self-harm, eating-disorder or abstinence goal', () => {
    const statements = ['Stay alive', 'Stay safe', 'Keep myself safe', 'Use my safety plan', 'Stop cutting', 'Stop restricting', 'Never try to kill myself again'];
    for (const statement of statements) {
      const said = findings(ID, goal(statement));
      expect(said, statement).not.toMatch(/days a week|every day|how often|once a week/);
    }
  });

  it('offers a plan for the moment to a goal of staying alive, quietly, as information', () => {
    expect(findings(ID, joinLines('goal alive: Stay alive', 'goal plan: Use my safety plan'))).toMatchInlineSnapshot(`
      "goal alive: Stay alive
                  ^^^^^^^^^^ info unmeasurable-goal: 'Stay alive' matters; it could also say what you'll do when it gets hard, e.g. 'Stay alive: use my safety plan whenever I feel unsafe'.
      goal plan: Use my safety plan
                 ^^^^^^^^^^^^^^^^^^ info unmeasurable-goal: 'Use my safety plan' matters; it could also say what you'll do when it gets hard, e.g. 'Use my safety plan whenever I feel unsafe'."
    `);
  });

  it('keeps harm-reduction kit to every time', () => {
    expect(findings(ID, goal('Wear my helmet on the bike'))).toContain("e.g. 'Wear my helmet on the bike every time'");
  });

  it('suggests something to count, not a frequency, for a goal that is a state or an end', () => {
    expect(findings(ID, joinLines('goal mood: Pt to be free from low mood', 'goal sleep: Cure my insomnia for good', 'goal calm: Be stress free at work'))).toMatchInlineSnapshot(`
      "goal mood: Pt to be free from low mood
                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning unmeasurable-goal: 'Pt to be free from low mood' doesn't yet say how you'll know it's working: say what you'll count, e.g. 'measure: my mood from 0 to 10, each evening'.
      goal sleep: Cure my insomnia for good
                  ^^^^^^^^^^^^^^^^^^^^^^^^^ warning unmeasurable-goal: 'Cure my insomnia for…' doesn't yet say how you'll know it's working: say what you'll count, e.g. 'measure: nights I sleep 6 hours or more, in my sleep diary'.
      goal calm: Be stress free at work
                 ^^^^^^^^^^^^^^^^^^^^^^ warning unmeasurable-goal: 'Be stress free at work' doesn't yet say how you'll know it's working: say what you'll count, e.g. 'measure: how anxious I felt from 0 to 10, each evening'."
    `);
  });

  it('is not satisfied by fields as vague as the goal', () => {
    const vague = ['  measure: how I feel', '  target: better than now', '  target: more than now', '  target: go to the gym more'];
    for (const field of vague) expect(fires(ID, joinLines('goal journal: Start writing in a journal', field)), field).toBe(true);
  });

  it('is satisfied by any success indicator in the fields', () => {
    const fields = [
      '  measure: evenings with an entry, ticked on the calendar',
      '  measure: Rosenberg scale every two weeks',
      '  measure: whether I wrote anything, yes or no',
      '  target: 4 evenings/week',
      '  target: back at work full time',
      '  milestone 2026-12-15: 2 evenings/week',
      '  baseline: 0 evenings/week on 2026-11-01',
    ];
    for (const field of fields) expect(findings(ID, joinLines('goal journal: Start writing in a journal', field)), field).toBe('');
  });

  it('counts a target added later in the journal', () => {
    expect(findings(ID, joinLines('goal journal: Start writing in a journal', '2026-11-20 revise journal target: 4 evenings/week'))).toBe('');
  });

  it('takes a one-off action as measurable only when it has a date', () => {
    expect(findings(ID, goal('Tell my boss about my diagnosis'))).not.toBe('');
    expect(findings(ID, joinLines('goal tell: Tell my boss about my diagnosis', '  due: 2027-01-31'))).toBe('');
  });

  it('does not judge a statement in another language by its words', () => {
    expect(findings(ID, goal('每周给王芳打电话两次'))).toBe('');
    expect(findings(ID, goal('Appeler Łukasz deux fois par semaine'))).toBe('');
  });
});
