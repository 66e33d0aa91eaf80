import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings, fires } from '../support/rules';

const ID = 'avoidance-goal';
const goal = (statement: string) => `goal g: ${statement}`;

/**
 * Approach goals, including exposure that names what is avoided, abstinence from a substance
 * (a behaviour the client controls), symptom counts, and a feeling named as a reason.
 */
const GOOD = [
  'Stay alcohol-free for 90 days',
  'Avoid alcohol at the Christmas party',
  'Avoid the pub on Fridays for the next 8 weeks',
  'No drinks for 90 days',
  'Face the situations I avoid, one a week',
  'Stop avoiding the bus: ride it twice a week',
  'Call a friend twice a week to stop feeling lonely',
  'Speak up once in each team meeting, even if I feel anxious',
  'Go one week with no panic attacks by January',
  'Keep a worry diary every evening',
  'Schedule 20 minutes of worry time each evening',
  'Ride out each craving for 15 minutes with my craving card',
  'Notice when I feel anxious and breathe for 2 minutes',
  'Not drink for 30 days',
  'Enjoy one guilt-free treat a week',
  'Take the bus with Łukasz, even when I feel panicky',
  'Sit with the sadness for 10 minutes instead of scrolling',
  'Tell 王芳 when I feel hurt, once a week',
  'Not hurt myself for 30 days',
  'No self-harm for 4 weeks',
  'Stay self-harm free',
  'Go to my sister\'s wedding, and count each panic attack in my diary',
  'Spend money without thinking about it too much, on one treat a week',
];

/** Goals aimed at a feeling staying away. */
const FLAWED = [
  'Avoid feeling anxious',
  'Stop feeling anxious at work',
  'Never feel sad again',
  'Get rid of my anxiety',
  'Not be anxious in meetings',
  'Give a talk at work without feeling nervous',
  'Take the bus without panicking',
  'Be anxiety-free by Christmas',
  'Stop worrying about money',
  'Avoid arguments with my mum',
  'I want to stop feeling guilty about Mateus',
  'Never feel lonely at weekends',
  'Make the cravings go away',
  "Go to Siobhán's party and not feel awkward",
  'Have no stress at work',
  "Don't get angry with the kids",
  'Eliminate negative thoughts',
  'Be free of fear by spring',
  'Stop crying at work',
  // A clinician's lead-in, a compound written with a space, a word between, a thought pushed away.
  'Pt to be free from low mood',
  'Be stress free at work',
  'Make the urge to check go away',
  'Never feel that empty again',
  'Not think about the accident anymore',
  'Stop dwelling on what happened',
  'Go to the work christmas do without having a panic attack',
];

describe('avoidance-goal', () => {
  it.each(GOOD)('stays silent on "%s"', (statement) => {
    expect(findings(ID, goal(statement))).toBe('');
  });

  it.each(FLAWED)('speaks on "%s"', (statement) => {
    expect(fires(ID, goal(statement))).toBe(true);
  });

  it('offers an approach goal for the feeling named', () => {
    expect(findings(ID, joinLines('goal calm: Stop feeling anxious at work', 'goal mum: Avoid arguments with my mum', 'goal low: Never feel sad again'))).toMatchInlineSnapshot(`
      "goal calm: Stop feeling anxious at work
                 ^^^^^^^^^^^^^^^^^^^^ warning avoidance-goal: 'Stop feeling anxious' asks a feeling to go away: aim at what you'll do with it there, e.g. 'Do one feared thing each week, even if I feel anxious'.
      goal mum: Avoid arguments with my mum
                ^^^^^^^^^^^^^^^ warning avoidance-goal: 'Avoid arguments' aims at steering clear of discomfort, which can leave what matters unsaid, e.g. 'Say one thing I need each week, even if it feels awkward'.
      goal low: Never feel sad again
                ^^^^^^^^^^^^^^ warning avoidance-goal: 'Never feel sad' asks a feeling to go away: aim at what you'll do with it there, e.g. 'Do one small thing I enjoy each day, even on low days'."
    `);
  });

  it('names a thought pushed away, and an attack as a condition, in their own words', () => {
    expect(findings(ID, joinLines('goal crash: Not think about the accident anymore', 'goal do: Go to the work christmas do without having a panic attack'))).toMatchInlineSnapshot(`
      "goal crash: Not think about the accident anymore
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning avoidance-goal: 'Not think about the accident' tries to push a thought away, which tends to bring it back, e.g. 'When the thought comes, name it and carry on'.
      goal do: Go to the work christmas do without having a panic attack
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning avoidance-goal: 'without having a panic attack' needs the feeling to stay away: keep the act and let it come along, e.g. 'Go to the work christmas do, even if the panic comes'."
    `);
  });

  it('keeps the action of a goal with a condition and lets the feeling come along', () => {
    expect(findings(ID, joinLines('goal talk: Give a talk at work without feeling nervous', 'goal bus: Take the bus to work without panicking'))).toMatchInlineSnapshot(`
      "goal talk: Give a talk at work without feeling nervous
                                     ^^^^^^^^^^^^^^^^^^^^^^^ warning avoidance-goal: 'without feeling nervous' needs the feeling to stay away: keep the act and let it come along, e.g. 'Give a talk at work, even if I feel nervous'.
      goal bus: Take the bus to work without panicking
                                     ^^^^^^^^^^^^^^^^^ warning avoidance-goal: 'without panicking' needs the feeling to stay away: keep the act and let it come along, e.g. 'Take the bus to work, even if I start panicking'."
    `);
  });
});
