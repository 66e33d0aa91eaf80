// The GAS T-score against published formulas and worked examples, simple identities worked out by
// hand, and whole plans read from fixtures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, findGoal, gasStandingOn, gasTimeline, gasTScore, parse, type GasTimeline, type TScore } from '../../server/src/core/index';
import { joinLines } from '../support/render';

const value = (score: TScore): number => {
  if (score.kind !== 'score') throw new Error(`expected a score, got: ${score.reason}`);
  return score.value;
};
const T = (levels: number[], weights: number[] = levels.map(() => 1), rho = 0.3) =>
  value(gasTScore(levels.map((level, i) => ({ level, weight: weights[i]! })), rho));

describe('gasTScore: published formulas and worked examples', () => {
  it('matches the example of calc_tscore in the gasr R package (taylordunn/gasr, R/calculate.R)', () => {
    // calc_tscore(c(-2, 0, -1, 2, 0, 1), c(3, 5, 1, 4, 2, 6)), rho = 0.3, by hand:
    //   Σwx = -6 + 0 - 1 + 8 + 0 + 6 = 7;  Σw = 21;  Σw² = 9 + 25 + 1 + 16 + 4 + 36 = 91
    //   0.7·91 + 0.3·21² = 63.7 + 132.3 = 196 = 14²,  so T = 50 + 70/14 = 55 exactly.
    expect(T([-2, 0, -1, 2, 0, 1], [3, 5, 1, 4, 2, 6])).toBeCloseTo(55, 10);
  });

  it('matches the documented output of scoreGAS in the PhysioClinical R package (x-biosignal/PhysioClinical)', () => {
    // reference/scoreGAS.md: goals "Transfers" (importance 3 x difficulty 2) at +1 and "Stairs"
    // (2 x 3) at 0 print "T = 56.20". By hand: 50 + 60/√(0.7·72 + 0.3·12²) = 50 + 60/9.6747 = 56.2017.
    expect(T([1, 0], [6, 6])).toBeCloseTo(56.2017, 4);
    expect(T([1, 0], [6, 6]).toFixed(2)).toBe('56.20');
  });

  it('matches the hand calculations in PhysioClinical tests/testthat/test-gas.R', () => {
    // Two unweighted goals both at +1: 50 + 20/√2.6; with rho = 0 the correlation term goes: 50 + 20/√2.
    expect(T([1, 1])).toBeCloseTo(50 + 20 / Math.sqrt(2.6), 10);
    expect(T([1, 1], [1, 1], 0)).toBeCloseTo(50 + 20 / Math.sqrt(2), 10);
    expect(T([1])).toBe(60);
    expect(T([-1])).toBe(40);
  });

  it('uses the corrected formula of Turner-Stokes 2009 (Clin Rehabil 23:362-70, erratum), not the misprinted one', () => {
    // The erratum restores the denominator √(0.7·Σw² + 0.3·(Σw)²) for rho = 0.3. Two snippets often
    // found in public code are wrong, and give different numbers for the gasr example above:
    //   dropping ρ(Σw)²:       50 + 70/√(0.7·91) = 58.77
    //   averaging the levels:  50 + 10·(7/21)    = 53.33
    const correct = T([-2, 0, -1, 2, 0, 1], [3, 5, 1, 4, 2, 6]);
    expect(correct).not.toBeCloseTo(50 + 70 / Math.sqrt(0.7 * 91), 1);
    expect(correct).not.toBeCloseTo(50 + (10 * 7) / 21, 1);
  });
});

describe('gasTScore: identities worked out by hand', () => {
  it('is 50 when every goal is at its expected level, whatever the weights', () => {
    expect(T([0, 0, 0], [3, 2, 1])).toBe(50);
    expect(T([0])).toBe(50);
  });

  it('is 50 + 10x for one goal at level x, whatever its weight (Kiresuk & Sherman 1968)', () => {
    for (const x of [-2, -1, 0, 1, 2]) for (const w of [1, 2, 6]) expect(T([x], [w])).toBeCloseTo(50 + 10 * x, 10);
  });

  it('is 50 + 10n/√(0.7n + 0.3n²) for n equally weighted goals all at +1', () => {
    // n = 2: 50 + 20/√(1.4 + 1.2) = 50 + 20/1.6125 = 62.40
    // n = 3: 50 + 30/√(2.1 + 2.7) = 50 + 30/2.1909 = 63.69
    // n = 4: 50 + 40/√(2.8 + 4.8) = 50 + 40/2.7568 = 64.51
    // n = 5: 50 + 50/√(3.5 + 7.5) = 50 + 50/3.3166 = 65.08
    expect(T([1, 1]).toFixed(2)).toBe('62.40');
    expect(T([1, 1, 1]).toFixed(2)).toBe('63.69');
    expect(T([1, 1, 1, 1], [2, 2, 2, 2]).toFixed(2)).toBe('64.51');
    expect(T([1, 1, 1, 1, 1]).toFixed(2)).toBe('65.08');
  });

  it('mirrors around 50 when every level changes sign, and never returns NaN or Infinity', () => {
    const goals = fc.array(fc.record({ level: fc.integer({ min: -2, max: 2 }), weight: fc.integer({ min: 0, max: 9 }) }), { maxLength: 8 });
    fc.assert(
      fc.property(goals, fc.double({ min: 0, max: 0.99, noNaN: true }), (levels, rho) => {
        const score = gasTScore(levels, rho);
        if (score.kind === 'undefined') return levels.every((l) => l.weight === 0);
        const mirror = value(gasTScore(levels.map((l) => ({ ...l, level: -l.level })), rho));
        return Number.isFinite(score.value) && Math.abs(score.value - 50 - (50 - mirror)) < 1e-9;
      }),
    );
  });

  it('says why there is no score instead of returning NaN', () => {
    expect(gasTScore([], 0.3)).toEqual({ kind: 'undefined', reason: 'no goals with a GAS level' });
    expect(gasTScore([{ level: 1, weight: 0 }, { level: -1, weight: 0 }], 0.3)).toEqual({ kind: 'undefined', reason: 'every goal counted has weight 0' });
    expect(gasTScore([{ level: 1, weight: 1 }], 1).kind).toBe('undefined');
  });
});

/** The timeline as text: one row per date, each counted goal as id=level×weight, then the score. */
function renderTimeline(t: GasTimeline): string {
  const score = (s: TScore) => (s.kind === 'score' ? s.value.toFixed(2) : `none (${s.reason})`);
  const row = (label: string, counted: GasTimeline['baseline']['counted'], notCounted: GasTimeline['baseline']['notCounted'], rest: string) =>
    [
      label,
      ...counted.map((s) => `${s.goal}=${s.level}×${s.weight}${s.source === 'assumed' ? '?' : ''}`),
      ...notCounted.map((n) => `${n.goal}: ${n.reason}`),
      rest,
    ].join(' | ');
  return [
    row(`baseline ${t.baseline.date ?? '-'}`, t.baseline.counted, t.baseline.notCounted, `T ${score(t.baseline.score)}`),
    ...t.reviews.map((r) =>
      row(r.date, r.counted, r.notCounted, `T ${score(r.score)} change ${r.change?.toFixed(2) ?? '-'}${r.sameGoalsAsBaseline ? '' : ` (from ${score(r.baselineScore)})`}`),
    ),
  ].join('\n');
}

const timeline = (text: string, today = '2026-12-31', gasRho = 0.3) => {
  const { plan, diagnostics } = parse(text);
  expect(diagnostics).toEqual([]);
  return renderTimeline(gasTimeline(plan, today, { ...DEFAULT_CONFIG, gasRho }));
};

describe('gasTimeline on plans', () => {
  it('scores the baseline and each review date with each goal’s latest review on or before it', () => {
    const text = joinLines(
      'start: 2026-11-01',
      'goal panic: Reduce panic attacks to 1 a week by 2027-01-31',
      '  weight: 3',
      '  start level: -1',
      'goal bus: Ride the bus alone 4 days a week',
      '  weight: 2 x 1',
      '  start level: -2',
      '2026-11-15 review panic: -1',
      '2026-11-29 review bus: -1',
      '2026-11-29 review panic: 0',
      '2026-12-13 review panic: +1',
    );
    // Baseline by hand: Σwx = -3 - 4 = -7, Σw = 5, Σw² = 13: 50 - 70/√(9.1 + 7.5) = 50 - 70/4.0743 = 32.82.
    expect(timeline(text)).toMatchInlineSnapshot(`
      "baseline 2026-11-01 | panic=-1×3 | bus=-2×2 | T 32.82
      2026-11-15 | panic=-1×3 | bus=-2×2 | T 32.82 change 0.00
      2026-11-29 | panic=0×3 | bus=-1×2 | T 45.09 change 12.27
      2026-12-13 | panic=1×3 | bus=-1×2 | T 52.45 change 19.64"
    `);
  });

  it('assumes -1 for a goal with a scale but no start level, and leaves out goals that are not scored with GAS', () => {
    const text = joinLines(
      'goal sleep: In bed by 23:00 on 5 nights a week',
      '  scale:',
      '    -2: 0-1 nights',
      '    -1: 2-3 nights',
      '     0: 4-5 nights',
      '    +1: 6 nights',
      '    +2: every night',
      'goal walk: Walk 3 times a week -- no scale, no review: not a GAS goal',
      '2026-11-20 review sleep: 0',
    );
    expect(timeline(text)).toMatchInlineSnapshot(`
      "baseline - | sleep=-1×1? | T 40.00
      2026-11-20 | sleep=0×1 | T 50.00 change 10.00"
    `);
  });

  it('keeps achieved and paused goals at their last level, drops dropped goals, and waits for late starters', () => {
    const text = joinLines(
      'start: 2026-09-01',
      'goal a: Goal a',
      '  start level: -1',
      'goal b: Goal b',
      '  start level: -1',
      'goal c: Goal c',
      '  start level: -1',
      'goal d: Goal d, added later',
      '  start: 2026-10-15',
      '  start level: -2',
      '2026-10-01 review a: +1',
      '2026-10-01 review b: 0',
      '2026-10-01 review c: -1',
      '2026-10-05 achieved a',
      '2026-10-06 paused b',
      '2026-10-07 dropped c',
      '2026-11-01 review d: 0',
    );
    expect(timeline(text)).toMatchInlineSnapshot(`
      "baseline 2026-09-01 | a=-1×1 | b=-1×1 | c=-1×1 | d=-2×1 | T 31.86
      2026-10-01 | a=1×1 | b=0×1 | c=-1×1 | d: starts on 2026-10-15 | T 50.00 change 13.69 (from 36.31)
      2026-11-01 | a=1×1 | b=0×1 | d=0×1 | c: dropped on 2026-10-07 | T 54.56 change 22.82 (from 31.74)"
    `);
  });

  it('applies weight revisions from their date, and leaves out levels off the scale with a reason', () => {
    const text = joinLines(
      'goal a: Goal a',
      '  weight: 1',
      '  start level: -1',
      'goal b: Goal b',
      '  start level: -1',
      '2026-10-01 review a: 0',
      '2026-10-01 review b: 0',
      '2026-10-10 revise a weight: 3 -- it matters more than we thought',
      '2026-10-15 review a: +1',
      '2026-10-20 review b: 3',
    );
    expect(timeline(text)).toMatchInlineSnapshot(`
      "baseline - | a=-1×1 | b=-1×1 | T 37.60
      2026-10-01 | a=0×1 | b=0×1 | T 50.00 change 12.40
      2026-10-15 | a=1×3 | b=0×1 | T 58.73 change 20.38 (from 38.36)
      2026-10-20 | a=1×3 | b: its review on 2026-10-20 gives level 3, which is not on the scale from -2 to +2 | T 60.00 change 20.00 (from 40.00)"
    `);
  });

  it('ignores reviews after today and says why a plan with every weight 0 has no score', () => {
    const text = joinLines('goal a: Goal a', '  weight: 0', '  start level: -1', '2026-10-01 review a: 0', '2027-03-01 review a: +2');
    expect(timeline(text)).toMatchInlineSnapshot(`
      "baseline - | a=-1×0 | T none (every goal counted has weight 0)
      2026-10-01 | a=0×0 | T none (every goal counted has weight 0) change -"
    `);
  });

  it('leaves out a goal with a negative weight, which no GAS source allows', () => {
    const text = joinLines('goal a: A', '  weight: -1', '  start level: -1', 'goal b: B', '  start level: -1', '2026-10-01 review b: 0');
    expect(timeline(text)).toMatchInlineSnapshot(`
      "baseline - | b=-1×1 | a: its weight, -1, is below 0 | T 40.00
      2026-10-01 | b=0×1 | a: its weight, -1, is below 0 | T 50.00 change 10.00"
    `);
  });

  it('uses the rho from the settings', () => {
    const text = joinLines('goal a: A', '  start level: 0', 'goal b: B', '  start level: 0', '2026-10-01 review a: 1', '2026-10-01 review b: 1');
    // rho = 0: 50 + 20/√2 = 64.14; rho = 0.3: 50 + 20/√2.6 = 62.40.
    expect(timeline(text, '2026-12-31', 0).split('\n')[1]).toContain('T 64.14');
    expect(timeline(text, '2026-12-31', 0.3).split('\n')[1]).toContain('T 62.40');
  });

  it('gives one goal’s standing with where its level came from', () => {
    const { plan } = parse(joinLines('goal a: A', '  start level: -2', '2026-10-01 review a: 0'));
    const goal = findGoal(plan, 'a')!;
    expect(gasStandingOn(plan, goal, '2026-09-30')).toEqual({ kind: 'counted', goal: 'a', level: -2, weight: 1, source: 'start-level' });
    expect(gasStandingOn(plan, goal, '2026-10-01')).toEqual({ kind: 'counted', goal: 'a', level: 0, weight: 1, source: 'review', reviewedOn: '2026-10-01' });
  });
});
