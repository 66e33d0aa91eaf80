import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings, fires } from '../support/rules';

/** A goal whose +1 level reads `text`; the other four levels are concrete. */
const withLevel = (text: string) =>
  joinLines(
    'goal commute: Take the bus to work alone on 4 of 5 workdays by 2027-01-15',
    '  scale:',
    '    -2: no bus rides on my own',
    '    -1: alone on 1–3 workdays a week',
    '     0: alone on 4 of 5 workdays',
    `    +1: ${text}`,
    '    +2: alone every workday, and a weekend trip into town by bus',
  );

const VAGUE = [
  'better',
  'some improvement',
  'much worse',
  'much better than expected',
  'the expected outcome',
  'as expected',
  'no change',
  'no change from baseline',
  'slightly improved mood',
  'feels more confident',
  'a bit calmer',
  'good progress',
  'copes well',
  'things are okay',
  'worse than at intake',
];

const OBSERVABLE = [
  '1 attack in two weeks',
  'alone every workday',
  'no attacks',
  'none',
  'rides the bus alone',
  'never drinks at home',
  'goes to the gym without Dev',
  'a trip to A&E',
  'sleeps through the night',
  'tells Jo when I am upset',
  'on my own, with Dev waiting at the stop',
  'no attacks, and feels better',
  'much better: back at work full time',
  'a time-out in some heated moments, or I don’t come back when I said',
  'jeden Tag allein im Bus',
];

describe('gas-level-not-observable', () => {
  it('points at a level that only judges, and asks what it looks like', () => {
    expect(
      findings(
        'gas-level-not-observable',
        joinLines(
          'goal panic: 1 panic attack a week by 2027-01-31',
          '  scale:',
          '    -2: much worse',
          '    -1: 2–4 attacks a week',
          '     0: 1 attack a week',
          '    +1: better than expected',
          '    +2: no attacks for a month',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "    -2: much worse
              ^^^^^^^^^^ warning gas-level-not-observable: 'much worse' judges rather than describes: say what -2 looks like, e.g. how often or how long.
          +1: better than expected
              ^^^^^^^^^^^^^^^^^^^^ warning gas-level-not-observable: 'better than expected' judges rather than describes: say what +1 looks like, e.g. how often or how long."
    `);
  });

  it.each(VAGUE)('flags the vague level %j', (text) => {
    expect(fires('gas-level-not-observable', withLevel(text))).toBe(true);
  });

  it.each(OBSERVABLE)('accepts the observable level %j', (text) => {
    expect(fires('gas-level-not-observable', withLevel(text))).toBe(false);
  });

  it('leaves an empty level to gas-scale-incomplete', () => {
    expect(findings('gas-level-not-observable', withLevel(''))).toBe('');
  });
  it('says it in simple words in the plain voice, showing a line of the same scale that already says what would be seen', () => {
    expect(findings('gas-level-not-observable', withLevel('better than expected'), { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "    +1: better than expected
              ^^^^^^^^^^^^^^^^^^^^ warning gas-level-not-observable: 'better than expected' is hard to check. Say what you would see, as your 0 line does: 'alone on 4 of 5 workdays'."
    `);
    const allVague = joinLines('goal calm: Feel calmer by March', '  scale:', '    -1: worse', '    0: as expected', '    +1: better');
    expect(findings('gas-level-not-observable', allVague, { config: { voice: 'plain' } })).toMatch(/'worse' is hard to check\. Say what you would see, e\.g\. how often it happens or how long it lasts\./);
  });
});
