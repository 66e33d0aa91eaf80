// Progress per goal: baseline → latest measurement → target, and where a straight line from start
// to due date says the goal would be today.
import { describe, expect, it } from 'vitest';
import { expectedPosition, findGoal, goalProgress, paceStatus, parse, type GoalProgress } from '../../server/src/core/index';
import { joinLines } from '../support/render';

/** The progress of goal `id` in `text` on `today`, in one line. */
function progress(text: string, today: string, id = 'g'): string {
  const { plan, diagnostics } = parse(text);
  expect(diagnostics).toEqual([]);
  return render(goalProgress(plan, findGoal(plan, id)!, today));
}

function render(p: GoalProgress): string {
  if (p.kind === 'unmeasured') return `${p.problem}: ${p.reason}`;
  const expected = p.expected.kind === 'expected' ? `expected ${p.expected.percent.toFixed(1)}% (${p.expected.from} → ${p.expected.due})` : `no timeline: ${p.expected.reason}`;
  return `${p.direction} ${p.baseline} → ${p.latest} (${p.latestDate}) → ${p.target} ${p.unit}: ${p.percent.toFixed(1)}%, ${expected}, ${p.status}`;
}

const PANIC = [
  'start: 2026-11-01',
  'goal g: Reduce panic attacks from 3 a week to 1 a week by 2027-01-30',
  '  baseline: 3 attacks/week on 2026-10-25',
  '  target: 1 attack/week',
  '  due: 2027-01-30',
];

describe('goalProgress', () => {
  it('measures a decreasing goal and compares it with a straight line from start to due date', () => {
    // 90 days from 2026-11-01 to 2027-01-30; on 2026-12-01 (30 days in) the line expects a third of the way.
    const text = joinLines(...PANIC, '2026-11-15 progress g: 2 attacks/week', '2026-11-29 progress g: 2 attacks/week');
    expect(progress(text, '2026-12-01')).toMatchInlineSnapshot(`"decrease 3 → 2 (2026-11-29) → 1 attacks/week: 50.0%, expected 33.3% (2026-11-01 → 2027-01-30), ahead"`);
    expect(progress(text, '2027-01-10')).toMatchInlineSnapshot(`"decrease 3 → 2 (2026-11-29) → 1 attacks/week: 50.0%, expected 77.8% (2026-11-01 → 2027-01-30), behind"`);
  });

  it('measures an increasing goal, beyond its target and below its baseline, without clamping', () => {
    const base = ['goal g: Walk 30 minutes on 5 days a week', '  start: 2026-10-01', '  baseline: 1 day/week', '  target: 5 days/week', '  due: 2026-12-31'];
    expect(progress(joinLines(...base, '2026-11-01 progress g: 6 days/week'), '2026-11-15')).toMatchInlineSnapshot(`"increase 1 → 6 (2026-11-01) → 5 day/week: 125.0%, expected 49.5% (2026-10-01 → 2026-12-31), achieved"`);
    expect(progress(joinLines(...base, '2026-11-01 progress g: 0 days/week'), '2026-11-15')).toMatchInlineSnapshot(`"increase 1 → 0 (2026-11-01) → 5 day/week: -25.0%, expected 49.5% (2026-10-01 → 2026-12-31), behind"`);
  });

  it('uses the target and due date after revisions, up to today', () => {
    const text = joinLines(...PANIC, '2026-11-29 progress g: 2 attacks/week', '2026-12-01 revise g target: 2 attacks/week -- too ambitious for now', '2027-01-05 revise g due: 2027-03-01');
    expect(progress(text, '2026-11-30')).toMatchInlineSnapshot(`"decrease 3 → 2 (2026-11-29) → 1 attacks/week: 50.0%, expected 32.2% (2026-11-01 → 2027-01-30), ahead"`);
    expect(progress(text, '2026-12-02')).toMatchInlineSnapshot(`"decrease 3 → 2 (2026-11-29) → 2 attacks/week: 100.0%, expected 34.4% (2026-11-01 → 2027-01-30), achieved"`);
  });

  it('reads ranges: the middle of a measured range, the near end of a target range', () => {
    const text = joinLines('goal g: Cut down to 1-2 drinks a day', '  start: 2026-10-01', '  baseline: 6-8 drinks/day', '  target: 1-2 drinks/day', '  due: 2026-12-30', '2026-11-15 progress g: 3-4 drinks/day');
    expect(progress(text, '2026-11-15')).toMatchInlineSnapshot(`"decrease 7 → 3.5 (2026-11-15) → 2 drinks/day: 70.0%, expected 50.0% (2026-10-01 → 2026-12-30), ahead"`);
  });

  it('treats a bare number as being in the unit of the others, and scores out of the same maximum', () => {
    expect(progress(joinLines('goal g: Stop drinking', '  baseline: 40 drinks/week', '  target: 0', '2026-11-15 progress g: 10 drinks/week'), '2026-11-15')).toMatchInlineSnapshot(`"decrease 40 → 10 (2026-11-15) → 0 drinks/week: 75.0%, no timeline: 'g' has no start date, and neither the plan nor its baseline gives one., no-timeline"`);
    expect(progress(joinLines('goal g: Feel calmer', '  baseline: 3/10', '  target: 7/10', '2026-11-15 progress g: 5/10'), '2026-11-15')).toMatchInlineSnapshot(`"increase 3 → 5 (2026-11-15) → 7 : 50.0%, no timeline: 'g' has no start date, and neither the plan nor its baseline gives one., no-timeline"`);
  });

  it('calls a goal the journal marks achieved achieved, whatever the last number', () => {
    const text = joinLines(...PANIC, '2026-11-15 progress g: 2 attacks/week', '2026-11-20 achieved g -- the clinician and client agree it is done');
    expect(progress(text, '2026-12-01')).toMatch(/, achieved$/);
  });

  it('returns a reason instead of a number when progress cannot be measured', () => {
    const results = [
      progress(joinLines('goal g: Feel better', '  baseline: mostly low', '  target: 2 attacks/week', '2026-11-01 progress g: 3 attacks/week'), '2026-11-15'),
      progress(joinLines('goal g: Feel better', '  baseline: 3 attacks/week', '  target: calmer', '2026-11-01 progress g: 3 attacks/week'), '2026-11-15'),
      progress(joinLines(...PANIC), '2026-11-15'),
      progress(joinLines(...PANIC, '2026-12-01 progress g: 2 attacks/week'), '2026-11-15'),
      progress(joinLines(...PANIC, '2026-11-01 progress g: 8 attacks/month'), '2026-11-15'),
      progress(joinLines('goal g: Keep it at 2', '  baseline: 2 attacks/week', '  target: 2 attacks/week', '2026-11-01 progress g: 2 attacks/week'), '2026-11-15'),
      progress(joinLines('goal g: Feel calmer', '  baseline: 3/10', '  target: 70/100', '2026-11-15 progress g: 5/10'), '2026-11-15'),
    ];
    expect(results.join('\n')).toMatchInlineSnapshot(`
      "no-baseline: 'g' has no baseline number to measure from.
      no-target: 'g' has no target number to measure towards.
      no-measurement: No progress has been recorded for 'g' yet.
      no-measurement: No progress has been recorded for 'g' yet.
      unit-mismatch: The baseline is in attacks/week but the latest measurement is in attacks/month, so they cannot be compared.
      no-distance: The baseline and the target of 'g' are both 2, so there is no distance to measure progress along.
      unit-mismatch: The baseline is a score out of 10 but the target is a score out of 100, so they cannot be compared."
    `);
  });
});

describe('expectedPosition and paceStatus', () => {
  it('starts from the goal’s own start, else the plan’s, else the baseline date, and stays within 0-100%', () => {
    const { plan } = parse(joinLines('goal g: G', '  due: 2026-12-31', 'goal h: H', '  start: 2026-12-01', '  due: 2026-12-31'));
    const g = findGoal(plan, 'g')!;
    const h = findGoal(plan, 'h')!;
    expect(expectedPosition(plan, g, '2026-12-01')).toEqual({ kind: 'no-timeline', reason: "'g' has no start date, and neither the plan nor its baseline gives one." });
    expect(expectedPosition(plan, g, '2026-12-01', '2026-11-01')).toEqual({ kind: 'expected', percent: 50, from: '2026-11-01', due: '2026-12-31' });
    expect(expectedPosition(plan, h, '2026-11-01')).toMatchObject({ percent: 0 });
    expect(expectedPosition(plan, h, '2027-02-01')).toMatchObject({ percent: 100 });
    const backwards = parse(joinLines('goal b: B', '  start: 2026-12-31', '  due: 2026-12-01')).plan;
    expect(expectedPosition(backwards, findGoal(backwards, 'b')!, '2026-12-01')).toEqual({
      kind: 'no-timeline',
      reason: "The due date of 'b', 2026-12-01, is not after its start, 2026-12-31.",
    });
  });

  it('allows ten percentage points either side of the line before calling a goal ahead or behind', () => {
    const line = { kind: 'expected', percent: 50, from: '2026-11-01', due: '2026-12-31' } as const;
    expect([39, 40, 50, 60, 61, 100].map((p) => paceStatus(p, line))).toEqual(['behind', 'on-track', 'on-track', 'on-track', 'ahead', 'achieved']);
    expect(paceStatus(50, { kind: 'no-timeline', reason: 'no due date' })).toBe('no-timeline');
  });
});
