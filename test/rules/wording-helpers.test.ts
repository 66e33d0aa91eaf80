// The text helpers the wording rules share: what a goal is (abstinence, safety), whether its aim is
// an act, whether a field counts anything, and compounds written with or without their hyphen.
import { describe, expect, it } from 'vitest';
import { isDoneOnDays } from '../../server/src/core/text/actions';
import { goalKind, hasHouseRule, isAbstinence, isKeptEveryDay, isStayingSafe } from '../../server/src/core/text/goal-kind';
import { countsSomething } from '../../server/src/core/text/measures';
import { findPhrases, widen } from '../../server/src/core/text/words';

describe('isAbstinence', () => {
  // Days free of these are counted and restarted after a lapse (clinical/abstinence.ts), like days sober.
  it.each([
    'Stay clean', 'No alcohol for 90 days', 'Stay free of self-harm', 'Stay self-harm free', 'Stay selfharm-free',
    'No self-harm', 'Stop self-harming', 'No purging', 'Stop bingeing', 'Stop binging', 'Stop cutting myself',
    'Stop cutting', 'No cutting for 30 days', 'Stop restricting food', 'Eat regular meals and stop purging',
    'Go 4 weeks without cutting, and call Sam when the urge comes', 'Stay binge-free for two weeks',
    'Not make myself sick after meals',
  ])('reads "%s" as abstinence', (text) => {
    expect(isAbstinence(text)).toBe(true);
    expect(isKeptEveryDay(text)).toBe(true);
  });

  it.each([
    'Stop cutting down on sugar', 'No binge watching on work nights', 'Stop restricting the kids to one hour of screens',
    'Stop cutting corners at work', 'Reduce self-harm from 4 times a month to once a month',
    'Use my safety plan when the urge to self-harm comes', 'Keep the kitchen clean',
  ])('does not read "%s" as abstinence', (text) => {
    expect(isAbstinence(text)).toBe(false);
  });
});

describe('isStayingSafe', () => {
  const SAFE = ['Stay alive', 'Stay safe', 'Keep myself safe', 'Not act on suicidal thoughts', 'Use my safety plan', 'Never try to kill myself again'];
  it.each(SAFE)(
    'reads "%s" as a goal of keeping safe, with no end',
    (text) => {
      expect(isStayingSafe(text)).toBe(true);
      expect(goalKind(text)).toBe('safety');
    },
  );

  it.each(['Keep the kids safe online', 'Feel alive again', 'Drive to work', 'Wear my helmet on the bike'])('does not read "%s" as one', (text) => {
    expect(isStayingSafe(text)).toBe(false);
  });
});

describe('isDoneOnDays', () => {
  const ACTS = ['Walk the dog', 'Pt will practise mindfulness', 'Go for walks in the park', 'Call my mum', 'Start going to the gym'];
  it.each(ACTS)('takes "%s" for an act', (text) => {
    expect(isDoneOnDays(text)).toBe(true);
  });

  const STATES = [
    'Pt to be free from low mood', 'Cure my insomnia for good', 'Be stress free at work', 'Make the urge to check go away',
    'Not think about the accident anymore', 'Feel calmer',
  ];
  it.each(STATES)(
    'takes "%s" for a state or an end',
    (text) => {
      expect(isDoneOnDays(text)).toBe(false);
    },
  );
});

describe('countsSomething', () => {
  const COUNTS = [
    '4 evenings/week', 'evenings with an entry, ticked on the calendar', 'Rosenberg scale', 'done or not',
    'back at work full time', 'sober', 'PHQ-9 under 10', 'jeden Tag spazieren',
  ];
  it.each(COUNTS)(
    'takes "%s" for a count or a state',
    (text) => {
      expect(countsSomething(text)).toBe(true);
    },
  );

  it.each(['how I feel', 'better than now', 'more than now', 'go to the gym more', 'my mood', ''])('does not take "%s" for one', (text) => {
    expect(countsSomething(text)).toBe(false);
  });
});

describe('compounds', () => {
  it('match with a hyphen, a space or nothing between their parts', () => {
    for (const text of ['self-esteem', 'self esteem', 'selfesteem']) {
      expect(findPhrases(`Work on my ${text}`, ['my self-esteem']).map((s) => s.text), text).toEqual([`my ${text}`]);
    }
  });
});

describe('widen', () => {
  it('carries an object pronoun along with the verb before it', () => {
    const text = 'I want to visit me more often';
    const at = text.indexOf('more often');
    expect(widen(text, { start: at, end: at + 10, text: 'more often' }, 1, 0).text).toBe('visit me more often');
  });
});

describe('hasHouseRule', () => {
  it("reads a 'never' about a place or a time as a rule", () => {
    expect(hasHouseRule('Only smoke outside, never in the flat')).toBe(true);
    expect(hasHouseRule('Screens off, never after 10pm')).toBe(true);
    expect(hasHouseRule('Never feel anxious again')).toBe(false);
  });
});
