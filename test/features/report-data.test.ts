// The data of `goalpost report`: what the report says about each goal and the plan, before any rendering.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentContext, reportData } from '../../server/src/core/index';

const TODAY = '2026-11-25';

function joinLines(...lines: string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

function report(text: string, today = TODAY) {
  const context = documentContext(text, { today });
  return reportData(context, context.snapshot.analyze({ today }).diagnostics);
}

describe('reportData', () => {
  it('says a goal followed in words is followed in words, not that it lacks a number', () => {
    const text = joinLines(
      'plan: Recovery',
      'start: 2026-09-01',
      'goal bupe: Take my buprenorphine every morning as prescribed, through to 2027-03-01',
      '  baseline: missing about 2 doses a week on 2026-09-01',
      '  target: 7 doses/week',
      'goal safe: Text Bex or call the crisis line every time I have an urge to self-harm',
      '  baseline: 0 times on 2026-09-01',
      '  target: every time',
    );
    const [bupe, safe] = report(text, '2026-12-03').goals;
    expect(bupe!.progress).toBe('Followed in words, not numbers: its reviews and journal tell how it is going.');
    expect(safe!.progress).toBe('Followed in words, not numbers: its reviews and journal tell how it is going.');
  });

  it("keeps each field's note: why it matters, where the baseline came from, an obstacle's detail", () => {
    const text = joinLines(
      'plan: Notes',
      'start: 2026-10-01',
      'goal sleep: Be in bed by 23:30 on 4 nights a week by 2027-01-15',
      '  value: not a zombie for the kids -- said in session 1',
      '  baseline: 2 nights/week on 2026-10-01 -- from the sleep app, September',
      '  target: 4 nights/week',
      '  obstacles: work; my brain, basically -- and Netflix',
      '  supports: Lee -- drives me on Tuesdays',
    );
    const sleep = report(text, '2026-12-03').goals[0]!;
    expect(sleep.value).toBe('not a zombie for the kids – said in session 1');
    expect(sleep.baseline).toMatchObject({ text: '2 nights/week', note: 'from the sleep app, September' });
    expect(sleep.obstacles).toEqual(['work; my brain, basically – and Netflix']);
    expect(sleep.supports).toEqual(['Lee – drives me on Tuesdays']);
  });

  it('starts a goal added later, with no start of its own, on its baseline date: its status, its pace and its review', () => {
    const text = joinLines(
      'plan: Back rehab',
      'start: 2026-08-03',
      'review: every 3 weeks',
      'goal stand: Do sit-to-stand 3 sets of 10 on 5 days a week by 2027-01-31',
      '  baseline: 0 days/week on 2026-11-20',
      '  target: 5 days/week',
      '2026-11-27 progress stand: 1 day/week',
    );
    const stand = report(text, '2026-12-03').goals[0]!;
    expect(stand.statusText).toBe('active, 2026-11-20 to 2027-01-31');
    // A week in, one day of five is on track; counted from the plan's start it read "slower than planned".
    expect(stand.progress).toContain('on track');
    expect(stand.review).toContain('2026-12-11');
  });

  it('reads the header and every goal of the anxiety sample', () => {
    const data = report(readFileSync(new URL('../../samples/anxiety-panic.goals', import.meta.url), 'utf8'));
    expect(data).toMatchObject({ client: 'Priya Nair', clinician: 'Dr. Hannah Brooks', start: '2026-09-21', review: 'every 2 weeks', today: TODAY });
    expect(data.goals.map((g) => g.id)).toEqual(['panic', 'commute', 'breathing']);
    const panic = data.goals[0]!;
    expect(panic.checks).toEqual([]);
    expect([panic.baseline?.text, panic.latest?.text, panic.target?.text]).toEqual(['3 attacks/week', '1 attack/week', '1 attack/week']);
    // Both milestones were reached a week before their dates: small wins the report marks.
    expect(panic.milestones).toEqual([
      { text: '2 attacks/week', amount: '2', value: 2, date: '2026-10-19', reachedOn: '2026-10-12', dayCount: false, inUnit: true },
      { text: '1-2 attacks/week', amount: '1-2', value: 1.5, date: '2026-11-16', reachedOn: '2026-11-09', dayCount: false, inUnit: true },
    ]);
    expect(panic.progress).toBe('3 → 1 → 1 attacks/week · 100% of the way · target reached · GAS 0 on 2026-11-16: 1 attack a week');
    expect(panic.levels.map((l) => `${l.date} ${l.level} ${l.source}`)).toEqual([
      '2026-09-21 -1 start level',
      '2026-10-05 -1 review',
      '2026-10-19 -1 review',
      '2026-11-02 -1 review',
      '2026-11-16 0 review',
    ]);
    expect(panic.measurements).toHaveLength(8);
    expect(data.scores.every((s) => s.comparable && s.notCounted.length === 0)).toBe(true);
    expect(data.scores.map((s) => `${s.label} ${s.tScore?.toFixed(1)}`)).toEqual([
      'baseline 30.2',
      '2026-10-05 32.4',
      '2026-10-19 34.6',
      '2026-11-02 39.0',
      '2026-11-16 45.6',
    ]);
  });

  it('names the SMART and challenge rules that fire for a goal, in their own words', () => {
    const data = report(joinLines('plan: P', 'start: 2026-11-01', '', 'goal calm: Feel better', '  category: emotional'));
    const rules = data.goals[0]!.checks.map((c) => c.rule);
    // The checker's budget applies here too: the missing deadline waits until the wording is settled.
    expect(rules).toEqual(['vague-goal']);
    expect(data.goals[0]!.checks.every((c) => c.message.length > 0 && c.summary.length > 0)).toBe(true);
    // Rules of other groups (a missing field, a review schedule) are not part of the SMART status.
    expect(data.goals[0]!.checks.every((c) => !['missing-field', 'review-overdue'].includes(c.rule))).toBe(true);
  });

  it('leaves out entries after today, and charts only measurements in the goal unit', () => {
    const data = report(
      joinLines(
        'plan: P',
        'start: 2026-11-01',
        '',
        'goal sleep: Sleep 7 hours a night on 5 nights a week by 2027-01-31, so that I can work',
        '  baseline: 2 nights/week',
        '  target: 5 nights/week',
        '  due: 2027-01-31',
        '',
        '2026-11-08 progress sleep: 3 nights/week',
        '2026-11-09 progress sleep: 6 hours',
        '2026-12-08 progress sleep: 4 nights/week',
      ),
      '2026-11-30',
    );
    const sleep = data.goals[0]!;
    expect(sleep.measurements.map((p) => `${p.date} ${p.amount}`)).toEqual(['2026-11-08 3']);
    expect(sleep.unit).toBe('nights/week');
    expect(sleep.levels).toEqual([]);
    expect(data.gasGoals).toEqual([]);
  });

  it('gives an untitled plan a title and no header facts', () => {
    const data = report('');
    expect(data).toMatchObject({ title: 'Untitled plan', goals: [], planChecks: [], errors: [], journal: [], measures: [] });
    expect(data.client).toBeUndefined();
  });
});
