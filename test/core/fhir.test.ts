import type { CarePlan, Goal, Observation, Patient, Practitioner } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { CATEGORY_SYSTEM, GOAL_ACHIEVEMENT_SYSTEM, GOAL_KIND_SYSTEM, PCO_GAS_EXTENSION } from '../../server/src/core/export/fhir';
import { joinLines } from '../support/render';
import { achievement, exportText, gasScores, goalById, progressValues, resources, sample, schemaErrors, schemaSafe, trackedValues } from './fhir-support';

describe('exportFhir on addiction-recovery.goals', () => {
  const { bundle, skipped } = exportText(sample('addiction-recovery'));

  it('is a collection of a Patient, a Practitioner, a CarePlan, the Goals, then the Observations of reviews, progress and the craving log', () => {
    expect(bundle.type).toBe('collection');
    expect(bundle.entry!.map((e) => e.resource!.resourceType)).toEqual(['Patient', 'Practitioner', 'CarePlan', 'Goal', 'Goal', 'Goal', 'Goal', ...Array(12 + 35 + 16).fill('Observation')]);
    const kinds = resources<Observation>(bundle, 'Observation').map((o) => (gasScores(bundle).includes(o) ? 'gas' : progressValues(bundle).includes(o) ? 'progress' : 'tracked'));
    expect(kinds).toEqual([...Array(12).fill('gas'), ...Array(35).fill('progress'), ...Array(16).fill('tracked')]);
    expect(skipped).toEqual([]);
    for (const entry of bundle.entry!) expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource!.id}`);
  });

  it('names the client and the clinician without inventing identifiers', () => {
    expect(resources<Patient>(bundle, 'Patient')).toEqual([{ resourceType: 'Patient', id: 'Patient/client', name: [{ text: 'Marcus Reid' }] }]);
    expect(resources<Practitioner>(bundle, 'Practitioner')).toEqual([{ resourceType: 'Practitioner', id: 'Practitioner/clinician', name: [{ text: 'Renée Castillo, LCSW' }] }]);
  });

  it('gives each goal its lifecycle and achievement status', () => {
    const summary = resources<Goal>(bundle, 'Goal').map((g) => [g.identifier![0]!.value, g.lifecycleStatus, achievement(g), g.statusDate]);
    // The PCO reading: 0 or better is achieved, and 0 or better twice in a row is sustaining.
    expect(summary).toEqual([
      ['sober-year', 'active', 'sustaining', undefined], // +1 on 2026-09-29, then 0 after the wedding
      ['first-90', 'completed', 'achieved', '2026-10-03'],
      ['attend', 'active', 'sustaining', undefined], // +1, then +1
      ['daughter', 'active', 'achieved', '2026-11-13'], // resumed; its one review gives 0
    ]);
    expect(goalById(bundle, 'first-90').achievementStatus!.coding![0]!.system).toBe(GOAL_ACHIEVEMENT_SYSTEM);
  });

  it('follows the journal as of --today: paused is on-hold, not started yet is planned', () => {
    expect(goalById(exportText(sample('addiction-recovery'), '2026-11-05').bundle, 'daughter').lifecycleStatus).toBe('on-hold');
    const early = exportText(sample('addiction-recovery'), '2026-09-30').bundle;
    expect(goalById(early, 'daughter').lifecycleStatus).toBe('planned');
    expect(goalById(early, 'first-90').lifecycleStatus).toBe('active');
    expect(gasScores(early)).toHaveLength(9);
    expect(progressValues(early)).toHaveLength(22);
    expect(trackedValues(early).map((o) => o.effectiveDateTime).at(-1)).toBe('2026-09-26');
  });

  it('lists every Goal in the CarePlan', () => {
    const [carePlan] = resources<CarePlan>(bundle, 'CarePlan');
    expect(carePlan).toMatchObject({ status: 'active', intent: 'plan', title: 'Recovery plan – Marcus R., alcohol', period: { start: '2026-07-06' } });
    expect(carePlan!.subject.reference).toBe('urn:uuid:Patient/client');
    expect(carePlan!.author).toEqual({ reference: 'urn:uuid:Practitioner/clinician', display: 'Renée Castillo, LCSW' });
    // A note that names no goal belongs to the plan.
    expect(carePlan!.note).toEqual([{ time: '2026-08-11', text: 'no session, Renée off sick; went to an extra meeting instead' }]);
    const goalUrls = bundle.entry!.filter((e) => e.resource!.resourceType === 'Goal').map((e) => e.fullUrl);
    expect(carePlan!.goal!.map((g) => g.reference)).toEqual(goalUrls);
  });

  it('maps the goal fields: category, kind, statement, start, target after revisions, notes', () => {
    const attend = goalById(bundle, 'attend');
    expect(attend.category).toEqual([
      { coding: [{ system: CATEGORY_SYSTEM, code: 'behavioral', display: 'Behavioural change' }], text: 'Behavioural change' },
      { coding: [{ system: GOAL_KIND_SYSTEM, code: 'process', display: 'Process goal' }], text: 'Process goal' },
    ]);
    expect(goalById(bundle, 'first-90').category![1]!.coding![0]!.code).toBe('outcome');
    expect(attend.description.text).toBe('Turn up to every weekly session and to my meetings each week, to 2026-12-31');
    expect(attend.startDate).toBe('2026-07-06');
    expect(attend.subject.reference).toBe('urn:uuid:Patient/client');
    expect(attend.target![0]).toMatchObject({
      measure: { text: 'Meetings per week from the sign-in sheets; sessions from this journal' },
      detailQuantity: { value: 3, unit: 'meetings/week' }, // revised from 4 on 2026-10-06
      dueDate: '2026-12-31',
    });
    expect(attend.target![1]).toMatchObject({ measure: { coding: [{ system: 'http://loinc.org', code: '107332-9' }] }, detailCodeableConcept: { coding: [{ code: 'LA34481-4' }] } });
    expect(attend.note!.map((n) => n.text)).toEqual([
      "Value: Not doing this alone; I tried that twice and it didn't hold",
      'Baseline: 1 meeting/week on 2026-07-03 (the Friday group on the detox ward)',
      'Obstacles: Late shifts clash with the Thursday group; no car while my licence is suspended',
      "Supports: The 42 bus stops outside St Michael's; Gary gives me a lift on Saturdays",
      'asked Gary to be my sponsor and he said yes',
    ]);
  });

  it('writes the five GAS levels as PCO goal-attainment-scaling extensions', () => {
    const levels = goalById(bundle, 'first-90').extension!.filter((e) => e.url === PCO_GAS_EXTENSION);
    expect(levels.map((e) => e.extension!.find((x) => x.url === 'level')!.valueCoding!.code)).toEqual(['LA34484-8', 'LA34483-0', 'LA34481-4', 'LA34480-6', 'LA34479-8']);
    // PCO STU 1 names the description sub-extension progressText.
    expect(levels[2]!.extension!.find((x) => x.url === 'progressText')!.valueString).toBe('90 days with no alcohol');
  });

  it('is rejected by the schema when broken, so the checks of every Bundle mean something', () => {
    const broken = schemaSafe(bundle);
    expect(schemaErrors(broken)).toEqual([]);
    (broken.entry![3]!.resource as Goal).lifecycleStatus = 'paused' as Goal['lifecycleStatus'];
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
  });

  it('makes one GAS score Observation per review, focused on its Goal', () => {
    const goalUrls = new Set(bundle.entry!.filter((e) => e.resource!.resourceType === 'Goal').map((e) => e.fullUrl));
    const observations = gasScores(bundle);
    expect(observations).toHaveLength(12);
    for (const o of observations) {
      expect(goalUrls).toContain(o.focus![0]!.reference);
      expect(o).toMatchObject({ status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '107332-9' }] } });
    }
    const attend = observations.filter((o) => o.focus![0]!.display === 'attend');
    expect(attend.map((o) => [o.effectiveDateTime, o.valueCodeableConcept!.coding![0]!.code])).toEqual([
      ['2026-07-28', 'LA34483-0'],
      ['2026-09-01', 'LA34481-4'],
      ['2026-09-29', 'LA34480-6'],
      ['2026-10-27', 'LA34480-6'],
    ]);
    expect(attend[0]!.valueCodeableConcept!.text).toBe('-1: every session, but only 1–2 meetings a week');
    expect(attend[0]!.note).toEqual([{ text: 'two meetings most weeks, late shifts in the way' }]);
  });
});

describe('exportFhir on small plans', () => {
  it('reads the trend from measurements when there are no reviews', () => {
    const { bundle } = exportText(
      joinLines(
        'start: 2026-11-01',
        'goal down: Fewer attacks',
        '  baseline: 3 attacks/week',
        '  target: 1 attacks/week',
        'goal worse: Fewer attacks',
        '  baseline: 3 attacks/week',
        '  target: 1 attacks/week',
        'goal none: Something',
        'goal gone: Something else',
        '2026-11-08 progress down: 2 attacks/week',
        '2026-11-08 progress worse: 2 attacks/week',
        '2026-11-15 progress worse: 4 attacks/week',
        '2026-11-16 dropped gone',
      ),
    );
    expect(resources<Goal>(bundle, 'Goal').map((g) => [g.identifier![0]!.value, g.lifecycleStatus, achievement(g)])).toEqual([
      ['down', 'active', 'improving'],
      ['worse', 'active', 'worsening'],
      ['none', 'active', 'in-progress'],
      ['gone', 'cancelled', undefined],
    ]);
    // No client: a Patient with no name, still the subject every Goal needs.
    expect(resources<Patient>(bundle, 'Patient')).toEqual([{ resourceType: 'Patient', id: 'Patient/client' }]);
  });

  it('writes ranges, scores and text targets, and keeps an unknown category as text', () => {
    const { bundle } = exportText(
      joinLines(
        'goal a: A',
        '  target: 1-2 drinks/day',
        '  category: wellness',
        'goal b: B',
        '  target: 8/10',
        'goal c: C',
        '  target: back at work',
        '  due: 2027-01-31',
      ),
    );
    expect(goalById(bundle, 'a').target![0]!.detailRange).toEqual({ low: { value: 1, unit: 'drinks/day' }, high: { value: 2, unit: 'drinks/day' } });
    expect(goalById(bundle, 'a').category).toEqual([{ text: 'wellness' }]);
    expect(goalById(bundle, 'b').target![0]!.detailRatio).toEqual({ numerator: { value: 8 }, denominator: { value: 10 } });
    expect(goalById(bundle, 'c').target![0]).toMatchObject({ detailString: 'back at work', dueDate: '2027-01-31' });
  });

  it('exports the first of two goals with one id, as the journal reads them, and says so', () => {
    const { bundle, skipped } = exportText(joinLines('goal a: First', 'goal a: Second', '2026-11-10 progress a: 3'));
    expect(resources<Goal>(bundle, 'Goal').map((g) => g.description.text)).toEqual(['First']);
    expect(resources<Observation>(bundle, 'Observation')).toHaveLength(1);
    expect(skipped).toEqual(["the goal 'a' on line 2, since an earlier goal has the same id"]);
  });

  it('leaves out reviews off the scale and says so', () => {
    const { bundle, skipped } = exportText(joinLines('goal a: A', '2026-11-10 review a: 3', '2026-11-11 review a: 1', '2026-12-01 review a: 2'));
    expect(skipped).toEqual(["the review of 'a' on 2026-11-10 gives level 3, which is not on the GAS scale from -2 to +2"]);
    expect(resources<Observation>(bundle, 'Observation').map((o) => o.effectiveDateTime)).toEqual(['2026-11-11']);
  });
});

describe('exportFhir on sober-october.goals, a SMART-only plan with a mood log, a lapse and wins', () => {
  const { bundle, skipped } = exportText(sample('sober-october'));

  it('never calls the abstinence goal achieved after its lapse, and keeps the lapse and the wins as notes', () => {
    expect(skipped).toEqual([]);
    const sober = goalById(bundle, 'sober');
    expect(achievement(sober)).toBe('in-progress');
    const notes = sober.note!.map((n) => `${n.time} ${n.text}`);
    expect(notes).toContain('2026-10-16 Lapse: three glasses of wine at the work leaving do');
    expect(notes).toContain('2026-09-30 Win: 30 days!');
  });

  it('has no GAS Observations, only progress and the tracked measures', () => {
    expect(gasScores(bundle)).toEqual([]);
    const observations = trackedValues(bundle);
    expect(observations.length).toBeGreaterThan(0);
    expect(progressValues(bundle).length + observations.length).toBe(resources<Observation>(bundle, 'Observation').length);
    expect(new Set(observations.map((o) => o.code.text))).toEqual(new Set(['mood', 'acamprosate']));
    expect(observations.filter((o) => o.code.text === 'acamprosate').some((o) => o.valueBoolean === false)).toBe(true);
  });
});
