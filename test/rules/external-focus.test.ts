import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings, fires } from '../support/rules';

const ID = 'external-focus';
const goal = (statement: string) => `goal g: ${statement}`;

/** The client's own behaviour, even where other people are part of it. */
const GOOD = [
  'Call my sister once a week',
  'Ask my partner for help twice a week',
  'Tell my boss about my workload by Friday',
  'Ask Dev to help with bedtime twice a week',
  'Call Łukasz every Sunday',
  'Walk with Siobhán on Saturdays',
  'Dinner with 王芳 once a week',
  'Get the kids to school by 8:30 every weekday',
  'Make my kids breakfast every morning',
  'Have dinner with my sister once a month',
  'Answer the phone when my mum calls',
  'When my partner shouts, take a 20-minute time-out',
  'Have Sunday lunch with Mum twice a month',
  'Make Christmas dinner for my family',
  'Listen to my partner without interrupting, 3 times a week',
  'Help my mum with her shopping every Saturday',
  'Invite my brother to dinner once a month',
  'Tell Marisol one thing I appreciate each day',
  'Spend time with people who support me',
  // A name at the start before an ordinary verb is the client, as a clinician writes it.
  'Jamie will attend school for the first 2 lessons on 3 days a week, building to full days by half term',
  'Priya will see the school nurse once a week',
  'Get kids to school by 8:30 every weekday',
];

/** Goals that succeed only if someone else acts or feels a certain way. */
const FLAWED = [
  'Get my partner to listen to me',
  'Make my partner understand me',
  'Have my sister call me every week',
  'My husband will help more with the kids',
  'I want them to understand me',
  'Get my boss to give me a raise',
  'Make my dad proud',
  'Be liked by everyone at work',
  'Get Łukasz to call me every Sunday',
  'Win my ex back',
  "I'd like my son to call me once a week",
  'Get 王芳 to forgive me',
  'My mum accepts my choices by Christmas',
  'Make Siobhán see that I have changed',
  'Feel respected by my colleagues',
  'Convince my brother to go to rehab',
  'Them to understand me',
  // A clinician's note leaves out the 'my'.
  'Pt wants partner to attend couples sessions',
  'Client needs family to visit more',
  'Jo will apologise for what she said',
];

describe('external-focus', () => {
  it.each(GOOD)('stays silent on "%s"', (statement) => {
    expect(findings(ID, goal(statement))).toBe('');
  });

  it.each(FLAWED)('speaks on "%s"', (statement) => {
    expect(fires(ID, goal(statement))).toBe(true);
  });

  it("quotes the words that hand success to someone else, and names the client's own part", () => {
    expect(findings(ID, joinLines('goal partner: Get my partner to listen to me when I talk about work', 'goal son: Get Łukasz to call me every Sunday', 'goal work: Be liked by everyone at work'))).toMatchInlineSnapshot(`
      "goal partner: Get my partner to listen to me when I talk about work
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning external-focus: 'Get my partner to listen to me' depends on how your partner responds: aim at your own part, e.g. 'Tell my partner what I need, calmly, twice a week'.
      goal son: Get Łukasz to call me every Sunday
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning external-focus: 'Get Łukasz to call me every Sunday' depends on how Łukasz responds: aim at your own part, e.g. 'Reach out to Łukasz once a week'.
      goal work: Be liked by everyone at work
                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning external-focus: 'Be liked by everyone at work' depends on how other people respond: aim at your own part, e.g. 'Start one conversation a day with someone new'."
    `);
  });

  it("agrees with more than one person, and reads a clinician's bare 'partner' as the client's", () => {
    expect(findings(ID, joinLines('goal lads: Be respected by the other lads on site', 'goal pt: Pt wants partner to attend couples sessions'))).toMatchInlineSnapshot(`
      "goal lads: Be respected by the other lads on site
                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning external-focus: 'Be respected by the other…' depends on how the other lads respond: aim at your own part, e.g. 'Tell the other lads one thing that matters to me, once a week'.
      goal pt: Pt wants partner to attend couples sessions
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning external-focus: 'wants partner to attend couples…' depends on how your partner responds: aim at your own part, e.g. 'Ask my partner clearly for one thing I need, once a week'."
    `);
  });

  it('reads the person the way the goal names them', () => {
    expect(findings(ID, joinLines('goal a: I want them to understand me', 'goal b: Make my dad proud'))).toMatchInlineSnapshot(`
      "goal a: I want them to understand me
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning external-focus: 'I want them to understand me' depends on how they respond: aim at your own part, e.g. 'Tell them what I need, calmly, twice a week'.
      goal b: Make my dad proud
              ^^^^^^^^^^^^^^^^^ warning external-focus: 'Make my dad proud' depends on how your dad responds: aim at your own part, e.g. 'Tell my dad one thing that matters to me, once a week'."
    `);
  });
});
