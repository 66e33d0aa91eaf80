// Units as outputs write them: the leading word agrees with its number, and symbols stay as they are.
import { describe, expect, it } from 'vitest';
import { pluralUnit, unitFor, withUnit } from '../../server/src/core/features/unit-words';

describe('units in words', () => {
  it('puts the leading word in the plural after a number other than one', () => {
    expect(unitFor([6], 'day/week')).toBe('days/week');
    expect(unitFor([3], 'attack a week')).toBe('attacks a week');
    expect(unitFor([1, 2], 'glass')).toBe('glasses');
    expect(unitFor([0.5], 'hour')).toBe('hours');
    expect(unitFor([0], 'cigarette/day')).toBe('cigarettes/day');
    expect(unitFor([2], 'study session/week')).toBe('study sessions/week');
    expect(unitFor([30], 'day alcohol-free')).toBe('days alcohol-free');
    expect(unitFor([2], 'glass of water')).toBe('glasses of water');
  });

  it('puts it in the singular when every number is one, and in the plural for a path such as 3 → 1 → 1', () => {
    expect(unitFor([1], 'days/week')).toBe('day/week');
    expect(unitFor([1], 'letters/week')).toBe('letter/week');
    expect(unitFor([1], 'glasses')).toBe('glass');
    expect(unitFor([3, 1, 1], 'attack/week')).toBe('attacks/week');
    // The singular of -ies is not safe to guess, so it stays as written.
    expect(unitFor([1], 'calories')).toBe('calories');
    expect(unitFor([1], 'days alcohol-free')).toBe('day alcohol-free');
    expect(unitFor([1], 'hours of sleep')).toBe('hour of sleep');
  });

  it('leaves symbols, short forms, acronyms, uncounted words and plurals already written as they are', () => {
    for (const unit of ['%', 'km', 'mg', 'min', 'hrs', 'AA meetings', 'percent', 'mood points', '°C']) expect(unitFor([5], unit)).toBe(unit);
    expect(pluralUnit('bus')).toBe('buses');
    expect(pluralUnit('hours of sleep')).toBe('hours of sleep');
    expect(pluralUnit('days alcohol-free')).toBe('days alcohol-free');
    expect(pluralUnit('sleep hour')).toBe('sleep hours');
  });

  it('leaves a count out of a whole as written: the noun agrees with the whole, not with the count', () => {
    expect(unitFor([1], 'in 4 arguments repaired within a day')).toBe('in 4 arguments repaired within a day');
    expect(unitFor([1], 'out of 7 nights')).toBe('out of 7 nights');
    expect(unitFor([3], 'of 4 cravings')).toBe('of 4 cravings');
  });

  it('writes a symbol unit against its number', () => {
    expect(withUnit('75', '%')).toBe('75%');
    expect(withUnit('3', 'days/week')).toBe('3 days/week');
    expect(withUnit('3', '')).toBe('3');
  });
});
