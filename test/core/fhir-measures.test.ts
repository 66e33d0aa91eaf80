// Tracked measures in the FHIR export: one Observation per logged value, with its date, value, unit and range.
import type { Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_CATEGORY_SYSTEM } from '../../server/src/core/export/fhir';
import { joinLines } from '../support/render';
import { exportText, trackedValues } from './fhir-support';

const tracked = trackedValues;
const category = (o: Observation) => o.category?.[0]?.coding?.[0]?.code;

const PLAN = joinLines(
  'client: Sam',
  'track mood: 1-10',
  'track sleep: hours',
  'track steps: 0-20000 steps',
  'track tablets: yes/no',
  'goal walk: Walk to work twice a week',
  '2026-11-20 mood: 6/10 -- a good day at work',
  '2026-11-20 mood: 4',
  '2026-11-20 sleep: 7.5',
  '2026-11-20 steps: 8000 steps',
  '2026-11-20 tablets: ✓',
  '2026-11-21 tablets: no',
  '2026-11-21 sleep: 6-7 hours',
  '2026-11-30 mood: 8',
);

describe('tracked measures in the FHIR export', () => {
  const { bundle, skipped } = exportText(PLAN);
  const observations = tracked(bundle);

  it('makes one Observation per value up to --today, in date order, each with its date, the measure’s name and the Patient', () => {
    expect(skipped).toEqual([]);
    expect(observations.map((o) => [o.effectiveDateTime, o.code.text])).toEqual([
      ['2026-11-20', 'mood'],
      ['2026-11-20', 'mood'],
      ['2026-11-20', 'sleep'],
      ['2026-11-20', 'steps'],
      ['2026-11-20', 'tablets'],
      ['2026-11-21', 'tablets'],
      ['2026-11-21', 'sleep'],
    ]);
    for (const o of observations) {
      expect(o).toMatchObject({ status: 'final', subject: { reference: 'urn:uuid:Patient/client', display: 'Sam' }, basedOn: [{ reference: 'urn:uuid:CarePlan/plan' }] });
      expect(o.category![0]!.coding![0]!.system).toBe(OBSERVATION_CATEGORY_SYSTEM);
    }
  });

  it('gives two values of one measure on one day their own ids', () => {
    expect(observations.slice(0, 2).map((o) => o.id)).toEqual(['Observation/track/mood/2026-11-20/1', 'Observation/track/mood/2026-11-20/2']);
  });

  it('writes a score or a rating as its number with the declared range, as a survey answer', () => {
    const [score, rating] = observations;
    expect(score).toMatchObject({ valueQuantity: { value: 6 }, referenceRange: [{ low: { value: 1 }, high: { value: 10 }, text: '1-10' }], note: [{ text: 'a good day at work' }] });
    expect(rating).toMatchObject({ valueQuantity: { value: 4 }, referenceRange: [{ low: { value: 1 }, high: { value: 10 } }] });
    expect(score!.valueQuantity!.unit).toBeUndefined();
    expect([category(score!), category(rating!)]).toEqual(['survey', 'survey']);
  });

  it('writes a value in a unit as a quantity in that unit, a bare number in the declared unit, as an activity', () => {
    const sleep = observations.find((o) => o.code.text === 'sleep')!;
    expect(sleep.valueQuantity).toEqual({ value: 7.5, unit: 'hours' });
    expect(sleep.referenceRange).toBeUndefined();
    const steps = observations.find((o) => o.code.text === 'steps')!;
    expect(steps).toMatchObject({ valueQuantity: { value: 8000, unit: 'steps' }, referenceRange: [{ low: { value: 0, unit: 'steps' }, high: { value: 20000, unit: 'steps' } }] });
    expect([category(sleep), category(steps)]).toEqual(['activity', 'activity']);
  });

  it('writes a range as a range', () => {
    expect(observations.at(-1)!.valueRange).toEqual({ low: { value: 6, unit: 'hours' }, high: { value: 7, unit: 'hours' } });
  });

  it('writes a yes/no answer as a boolean', () => {
    const tablets = observations.filter((o) => o.code.text === 'tablets');
    expect(tablets.map((o) => [o.valueBoolean, category(o)])).toEqual([
      [true, 'survey'],
      [false, 'survey'],
    ]);
    expect(tablets[0]!.valueQuantity).toBeUndefined();
  });
});

describe('tracked measures the checker flags', () => {
  it('leaves out a value off its declaration, or under a name the plan does not track, in the checker’s words', () => {
    const { bundle, skipped } = exportText(
      joinLines(
        'track mood: 1-10',
        'track tablets: yes/no',
        '2026-11-20 mood: 11',
        '2026-11-20 mood: 7/20',
        '2026-11-20 tablets: 2',
        '2026-11-20 moood: 4',
        '2026-11-20 mood: 5',
      ),
    );
    expect(tracked(bundle).map((o) => o.valueQuantity?.value)).toEqual([5]);
    expect(skipped).toEqual([
      "the mood value on 2026-11-20: 11 is outside 1-10, the range 'mood' is tracked in (line 1). Check the number, or widen the range on that line.",
      "the mood value on 2026-11-20: '7/20' is a score out of 20, but 'mood' is tracked 1-10 (line 1). Write it on that scale, like 'mood: 6'.",
      "the tablets value on 2026-11-20: 'tablets' is tracked as yes or no (line 2), so write 'tablets: yes' or 'tablets: no' (✓ and ✗ work too).",
      "the moood value on 2026-11-20: 'moood' is not a measure this plan tracks. Did you mean 'mood'?",
    ]);
  });

  it('exports every measure of a plan that declares none, in the unit written', () => {
    const { bundle, skipped } = exportText(joinLines('2026-11-20 mood: 6/10', '2026-11-20 walk: 2 km'));
    expect(skipped).toEqual([]);
    expect(tracked(bundle).map((o) => [o.code.text, o.valueQuantity, o.referenceRange, category(o)])).toEqual([
      ['mood', { value: 6 }, [{ high: { value: 10 }, text: 'out of 10' }], 'survey'],
      ['walk', { value: 2, unit: 'km' }, undefined, 'activity'],
    ]);
  });

  it('names a measure as the track line does, whatever case the journal writes it in', () => {
    const { bundle } = exportText(joinLines('track Mood: 1-10', '2026-11-20 mood: 6', '2026-11-21 MOOD: 7'));
    expect(tracked(bundle).map((o) => [o.code.text, o.id])).toEqual([
      ['Mood', 'Observation/track/mood/2026-11-20/1'],
      ['Mood', 'Observation/track/mood/2026-11-21/1'],
    ]);
  });
});
