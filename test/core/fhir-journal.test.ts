// The journal in the FHIR export: reviews without a level, wins, setbacks and lapses, plan notes, statuses and revisions.
import type { CarePlan, Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { exportText, goalById, noteLines, resources } from './fhir-support';

const carePlanOf = (bundle: Parameters<typeof resources>[0]) => resources<CarePlan>(bundle, 'CarePlan')[0]!;

describe('reviews without a level', () => {
  const { bundle, skipped } = exportText(
    joinLines(
      'goal sober: Stay alcohol-free',
      'goal meetings: Go to three meetings a week',
      '  scale:',
      '    -2: none',
      '    -1: one',
      '     0: three',
      '    +1: four',
      '    +2: five',
      '2026-09-28 review sober -- on track, talked it through with Ruth',
      '2026-10-05 review sober: steady',
      '2026-10-12 review sober, meetings -- both on track',
      '2026-10-19 review meetings: 0 -- three every week',
      '2026-10-26 review sober',
    ),
  );

  it('are notes on their goals, dated, with their remark; never GAS Observations', () => {
    expect(skipped).toEqual([]);
    expect(noteLines(goalById(bundle, 'sober'))).toEqual([
      '2026-09-28 Review: on track, talked it through with Ruth',
      '2026-10-05 Review: steady',
      '2026-10-12 Review of sober, meetings: both on track',
      '2026-10-26 Review',
    ]);
    expect(noteLines(goalById(bundle, 'meetings'))).toEqual(['2026-10-12 Review of sober, meetings: both on track']);
    expect(resources<Observation>(bundle, 'Observation').map((o) => [o.effectiveDateTime, o.focus![0]!.display])).toEqual([['2026-10-19', 'meetings']]);
  });
});

describe('wins, setbacks and lapses', () => {
  const { bundle, skipped } = exportText(
    joinLines(
      'goal walk: Walk to work twice a week',
      'goal sober: 0 drinks a week',
      '  target: 0 drinks/week',
      '2026-11-02 win walk -- walked to work twice',
      "2026-11-03 win: first full night's sleep in weeks",
      '2026-11-04 setback walk -- avoided the bus all week',
      '2026-11-05 lapse sober -- two beers at the wedding',
      '2026-11-06 lapse: a glass of wine at dinner',
      '2026-11-07 note: slept badly all week',
      '2026-11-08 note walk: new shoes',
      '2026-11-09 setback',
      '2026-11-10 win walk: three times! -- in the rain',
      '2026-11-30 win walk -- after today, so not yet',
    ),
  );

  it('are dated notes, in the client’s words, on the goal they name', () => {
    expect(skipped).toEqual([]);
    expect(noteLines(goalById(bundle, 'walk'))).toEqual([
      '2026-11-02 Win: walked to work twice',
      '2026-11-04 Setback: avoided the bus all week',
      '2026-11-08 new shoes',
      '2026-11-10 Win: three times! (in the rain)',
    ]);
    expect(noteLines(goalById(bundle, 'sober'))).toEqual(['2026-11-05 Lapse: two beers at the wedding']);
  });

  it('are notes on the CarePlan when they name no goal, with the plan’s own notes', () => {
    expect(noteLines(carePlanOf(bundle))).toEqual([
      "2026-11-03 Win: first full night's sleep in weeks",
      '2026-11-06 Lapse: a glass of wine at dinner',
      '2026-11-07 slept badly all week',
      '2026-11-09 Setback',
    ]);
  });

  it('leave out a line about a goal the plan does not have, and say so', () => {
    const { bundle, skipped } = exportText(joinLines('goal walk: Walk', '2026-11-02 win wlak -- walked twice', '2026-11-03 review wlak -- fine', '2026-11-04 note wlak: hi'));
    expect(skipped).toEqual([
      "the win on 2026-11-02 is about 'wlak', which is not a goal in this plan",
      "the review on 2026-11-03 is about 'wlak', which is not a goal in this plan",
      "the note on 2026-11-04 is about 'wlak', which is not a goal in this plan",
    ]);
    expect(goalById(bundle, 'walk').note).toBeUndefined();
    expect(carePlanOf(bundle).note).toBeUndefined();
  });
});

describe('statuses and revisions', () => {
  const PLAN = joinLines(
    'start: 2026-09-01',
    'goal a: Sleep by 11pm five nights a week',
    '  target: 5 nights/week',
    '  due: 2026-12-31',
    'goal b: Walk daily',
    'goal c: Call my sister weekly',
    'goal d: Journal every evening',
    '  kind: outcome',
    '2026-10-01 paused b -- knee injury',
    '2026-10-15 revise a statement: Sleep by 11.30pm five nights a week -- 11 was too early with late shifts',
    '2026-10-15 revise a target: 4 nights/week',
    '2026-10-15 revise a due: 2027-01-31',
    '2026-10-20 dropped c -- she moved abroad; we write instead',
    '2026-10-25 achieved d',
    '2026-10-26 revise d kind: process',
    '2026-11-01 resumed b',
    '2026-11-10 paused b',
  );

  it('give each goal its lifecycle status and the date and words of the latest status line', () => {
    const { bundle } = exportText(PLAN);
    const summary = ['a', 'b', 'c', 'd'].map((id) => {
      const goal = goalById(bundle, id);
      return [id, goal.lifecycleStatus, goal.statusDate, goal.statusReason];
    });
    expect(summary).toEqual([
      ['a', 'active', undefined, undefined],
      ['b', 'on-hold', '2026-11-10', 'paused on 2026-11-10'],
      ['c', 'cancelled', '2026-10-20', 'dropped on 2026-10-20: she moved abroad; we write instead'],
      ['d', 'completed', '2026-10-25', 'achieved on 2026-10-25'],
    ]);
    expect(goalById(exportText(PLAN, '2026-11-05').bundle, 'b')).toMatchObject({ lifecycleStatus: 'active', statusDate: '2026-11-01', statusReason: 'resumed on 2026-11-01' });
  });

  it('apply revised statements, targets, due dates and kinds from their date on', () => {
    const after = goalById(exportText(PLAN).bundle, 'a');
    expect(after.description.text).toBe('Sleep by 11.30pm five nights a week');
    expect(after.target).toEqual([{ measure: expect.anything(), detailQuantity: { value: 4, unit: 'nights/week' }, dueDate: '2027-01-31' }]);
    const before = goalById(exportText(PLAN, '2026-10-14').bundle, 'a');
    expect(before.description.text).toBe('Sleep by 11pm five nights a week');
    expect(before.target![0]).toMatchObject({ detailQuantity: { value: 5 }, dueDate: '2026-12-31' });
    expect(goalById(exportText(PLAN).bundle, 'd').category![0]!.coding![0]!.code).toBe('process');
    expect(goalById(exportText(PLAN, '2026-10-25').bundle, 'd').category![0]!.coding![0]!.code).toBe('outcome');
  });
});

describe('progress measurements', () => {
  const { bundle } = exportText(
    joinLines(
      'goal panic: Fewer panic attacks',
      '  measure: Attacks per week, from my diary',
      '  baseline: 3 attacks/week',
      '  target: 1 attacks/week',
      'goal sleep: Sleep better',
      '2026-11-01 progress panic: 2 attacks/week -- a calmer week',
      '2026-11-08 progress panic: 1-2 attacks/week',
      '2026-11-08 progress sleep: 6/10',
      '2026-11-09 progress sleep: 7.5 hours',
      '2026-11-30 progress panic: 0 attacks/week',
    ),
  );
  const values = resources<Observation>(bundle, 'Observation');

  it('are Observations of their goal up to --today, with the code of the goal’s target measure', () => {
    const panic = goalById(bundle, 'panic');
    expect(values.map((o) => [o.effectiveDateTime, o.focus![0]!.display, o.id])).toEqual([
      ['2026-11-01', 'panic', 'Observation/panic/progress/2026-11-01/1'],
      ['2026-11-08', 'panic', 'Observation/panic/progress/2026-11-08/1'],
      ['2026-11-08', 'sleep', 'Observation/sleep/progress/2026-11-08/1'],
      ['2026-11-09', 'sleep', 'Observation/sleep/progress/2026-11-09/1'],
    ]);
    expect(values[0]!.code).toEqual(panic.target![0]!.measure);
    expect(values[0]!.code.text).toBe('Attacks per week, from my diary');
    expect(values[2]!.code.text).toBe("Progress of 'sleep'");
    expect(values[0]!.subject!.reference).toBe('urn:uuid:Patient/client');
  });

  it('write a number, a range and a score as the target detail is written, with the entry’s note', () => {
    expect(values.map((o) => o.valueQuantity ?? o.valueRange ?? o.valueRatio)).toEqual([
      { value: 2, unit: 'attacks/week' },
      { low: { value: 1, unit: 'attacks/week' }, high: { value: 2, unit: 'attacks/week' } },
      { numerator: { value: 6 }, denominator: { value: 10 } },
      { value: 7.5, unit: 'hours' },
    ]);
    expect(values[0]!.note).toEqual([{ text: 'a calmer week' }]);
  });
});
