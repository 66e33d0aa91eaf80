import { isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainBadDate, isIsoDay, toDate, toIso, daysBetween } from '../../server/src/core/values/dates';
import { readInterval, formatInterval } from '../../server/src/core/values/interval';
import { normalizeUnit, readMeasurement } from '../../server/src/core/values/measurement';
import { readLevel, readWeight } from '../../server/src/core/values/numbers';

describe('dates', () => {
  it('read every YYYY-MM-DD string as date-fns parse does, without its cost', () => {
    const byDateFns = (iso: string) => {
      const date = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
      return isValid(date) ? date.getTime() : undefined;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const iso of ['0000-01-01', '0001-01-01', '0099-12-31', '9999-12-31', '2024-02-29', '2026-02-29', '2026-04-31', '2026-00-10', '1900-02-29']) {
      expect([iso, toDate(iso)?.getTime()]).toEqual([iso, byDateFns(iso)]);
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(toDate(iso)?.getTime()).toBe(byDateFns(iso));
        expect(isIsoDay(iso)).toBe(byDateFns(iso) !== undefined);
      }),
      { numRuns: 20_000 },
    );
  });

  it('accept real dates only, leap years included', () => {
    expect(['2024-02-29', '2025-02-29', '2026-04-31', '2026-12-31', '2026-00-10'].map((d) => toDate(d) !== undefined)).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
  });

  it('round-trip through local time without shifting a day', () => {
    expect(toIso(toDate('2026-03-29')!)).toBe('2026-03-29');
    expect(daysBetween('2026-11-01', '2026-11-29')).toBe(28);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('explain other spellings with the ISO form', () => {
    expect(explainBadDate('2026-1-5')).toContain('2026-01-05');
    expect(explainBadDate('2026/11/08')).toContain('2026-11-08');
    expect(explainBadDate('08/11/2026')).toContain('YYYY-MM-DD');
    expect(explainBadDate('2026-11-08')).toBeUndefined();
  });
});

describe('intervals', () => {
  it('reject what is not a schedule', () => {
    expect(['sometimes', 'every', 'every 0 weeks', 'every 2', 'every 2 years', 'every weeks please', '2 weeks'].map(readInterval)).toEqual(
      Array(7).fill(undefined),
    );
  });

  it('format canonically', () => {
    expect([formatInterval({ count: 1, unit: 'week' }), formatInterval({ count: 4, unit: 'session' })]).toEqual(['every week', 'every 4 sessions']);
  });
});

describe('measurements and units', () => {
  it('need a leading number', () => {
    expect(readMeasurement('lots')).toBeUndefined();
    expect(readMeasurement('twice a week')).toBeUndefined();
  });

  it('end a rate at what it is per: the words after it that start with a preposition are a remark', () => {
    expect(readMeasurement('1 comment/meeting in at least two meetings')?.unit).toBe('comment/meeting');
    expect(readMeasurement('3 nights a week for two weeks running')?.unit).toBe('nights a week');
    expect(readMeasurement('20 minutes per day, on weekdays')?.unit).toBe('minutes per day');
    // Not yet a rate, so the words are the unit: `in my own bed` says what is counted.
    expect(readMeasurement('5 nights in my own bed')?.unit).toBe('nights in my own bed');
    expect(readMeasurement('2 glasses of water a day')?.unit).toBe('glasses of water a day');
  });

  it('end the unit where the writer’s own remark begins: an emoji, a !, a bracket or a comma', () => {
    const unit = (text: string) => readMeasurement(text)?.unit;
    expect(unit('3 walks! 🎉')).toBe('walks');
    expect(unit('1 attack/week 🙂')).toBe('attack/week');
    expect(unit('6 hours (from the tracker)')).toBe('hours');
    expect(unit('2 days/week, mostly mornings')).toBe('days/week');
    expect(unit('0 drinks — proud of myself')).toBe('drinks');
    expect(unit('30 days alcohol-free')).toBe('days alcohol-free');
    expect(readMeasurement('3 walks! 🎉')?.value).toBe(3);
    // A pictograph counted per something is a unit of its own.
    expect(unit('2 🚶/week 🎉')).toBe('🚶/week');
  });

  it('compare units regardless of case, spacing and plural', () => {
    expect(normalizeUnit('Attacks/Week')).toBe(normalizeUnit('attack / week'));
    expect(normalizeUnit('hours')).toBe(normalizeUnit('hour'));
    expect(normalizeUnit('minutes a day')).toBe('minute/day');
    expect(normalizeUnit('attacks per week')).toBe(normalizeUnit('attack/week'));
    expect(normalizeUnit('class')).toBe('class');
    expect(normalizeUnit('activities/week')).toBe(normalizeUnit('activity/week'));
    expect(normalizeUnit('lunches')).toBe(normalizeUnit('lunch'));
    expect(normalizeUnit('glasses a day')).toBe(normalizeUnit('glass/day'));
    expect(normalizeUnit('people')).toBe(normalizeUnit('person'));
    expect(normalizeUnit('bus rides')).toBe('bus ride');
  });
});

describe('levels and weights', () => {
  it('read whole-number levels with or without a sign', () => {
    expect(['-2', '+1', '1', '0', '1.5', 'good'].map(readLevel)).toEqual([-2, 1, 1, 0, undefined, undefined]);
  });

  it('read weights, keeping importance and difficulty', () => {
    expect(readWeight('3 x 2')).toEqual({ value: 6, importance: 3, difficulty: 2 });
    expect(readWeight('-1')).toEqual({ value: -1 });
    expect(readWeight('heavy')).toBeUndefined();
  });
});
