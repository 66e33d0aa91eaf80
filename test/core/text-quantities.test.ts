// The text helpers behind the wording rules, and the API the GAS rules import: what counts as a
// quantity, what counts as a timeframe, and offsets that stay true in any script.
import { describe, expect, it } from 'vitest';
import { findQuantities, mentionsQuantity, mentionsTimeframe } from '../../server/src/core/text/quantities';
import { findTimeframes } from '../../server/src/core/text/timeframes';
import { fold, maskQuotes, widen } from '../../server/src/core/text/words';

const kinds = (text: string) => findQuantities(text).map((q) => `${q.kind}:${q.text}`);

describe('quantities', () => {
  it.each([
    ['Walk 3 times a week', ['multiplicative:3 times', 'frequency:a week']],
    ['Sleep 7.5 hours', ['number:7.5']],
    ['Go 3-4 times a week', ['range:3-4', 'frequency:a week']],
    ['Go 3–4 times', ['range:3–4']],
    ['In bed by 23:00', ['time:23:00']],
    ['Tablets at 7pm and 7.30 am', ['time:7pm', 'time:7.30 am']],
    ['75% of days', ['percent:75%']],
    ['Mood 6/10 or 7 out of 10', ['score:6/10', 'score:7 out of 10']],
    ['Call twice a day', ['multiplicative:twice', 'frequency:a day']],
    ['Read three books and a dozen poems', ['number-word:three', 'number-word:a dozen']],
    ['Run daily, and swim on Sundays', ['frequency:daily', 'frequency:on Sundays']],
    ['Practise each morning', ['frequency:each morning']],
    ['Exercise 3x weekly', ['multiplicative:3x', 'frequency:weekly']],
    ['Dinner with 王芳 once a week', ['multiplicative:once', 'frequency:a week']],
  ])('finds the quantities in "%s"', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each(['Feel better', 'Start writing in the evenings', 'Feel better by 2027-01-31', 'Feel better within two months', 'Sort it out by 3 May', 'Call Łukasz'])(
    'finds none in "%s": dates and deadlines say when, not how much',
    (text) => {
      expect(mentionsQuantity(text)).toBe(false);
    },
  );

  it('keeps durations as quantities: how long is something to count', () => {
    expect(kinds('No drinks for 30 days')).toEqual(['number:30']);
  });

  it('gives offsets into the text as written, after emoji and accents', () => {
    const text = '🎨 Téta: 2 letters';
    const [q] = findQuantities(text);
    expect(text.slice(q!.start, q!.end)).toBe('2');
  });
});

describe('timeframes', () => {
  it.each([
    'by 2027-01-31', 'by March', 'by the end of March', 'by 15 January', 'this week', 'next month', 'within two months',
    'in 3 weeks', 'for four weeks', 'each morning for 30 days', 'by Christmas', 'until my birthday', 'three weeks running',
    'by Friday', "by month's end", 'for a full year', 'over the next 6 weeks', 'in May',
  ])('reads "%s" as a timeframe', (text) => {
    expect(mentionsTimeframe(`Walk ${text}`)).toBe(true);
  });

  it.each(['In bed by 23:00', 'Call Jan on Sundays', 'Every Sunday', 'Practise in session', 'I may walk'])('does not read "%s" as one', (text) => {
    expect(mentionsTimeframe(text)).toBe(false);
  });

  it('tells deadlines from durations', () => {
    expect(findTimeframes('Walk daily for 4 weeks, by 2027-01-31').map((t) => `${t.kind}:${t.text}`)).toEqual(['duration:for 4 weeks', 'deadline:2027-01-31']);
  });
});

describe('words', () => {
  it('folds case without changing the length, so offsets carry over', () => {
    for (const text of ['İstanbul Walk', 'ŁUKASZ’S', 'ẞ Straße', '王芳 😀 Téta']) expect(fold(text)).toHaveLength(text.length);
    expect(fold('ŁUKASZ’S')).toBe("łukasz's");
  });

  it('masks quoted words but not apostrophes inside words', () => {
    expect(maskQuotes(`Say "I feel" and don't say 'you always' to Zoë`)).toBe(`Say          and don't say              to Zoë`);
  });

  it('widens a match to the words a person would quote', () => {
    const text = 'I want to improve my sleep at night';
    const start = text.indexOf('improve');
    expect(widen(text, { start, end: start + 7, text: 'improve' }, 0, 2).text).toBe('improve my sleep');
  });
});
