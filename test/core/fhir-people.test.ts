// Who the export names: the client and clinician, who set and agreed each goal, an existing Patient, and transactions.
import type { CarePlan, Goal, Observation, Practitioner } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { GOAL_ACCEPTANCE_EXTENSION } from '../../server/src/core/export/fhir';
import { joinLines } from '../support/render';
import { exportText, goalById, noteLines, resources } from './fhir-support';

const PLAN = joinLines(
  'client: Dan Okafor',
  'clinician: Dr. Ruth Meyer',
  'goal mine: Run a 5k',
  '  set by: client',
  'goal hers: Keep a sleep diary',
  '  set by: clinician',
  'goal ours: Talk for ten minutes each evening',
  '  set by: together',
  '  agreed: 2026-09-14 by Dan and Ruth',
  'goal family: Sunday dinner with the kids',
  '  agreed: with Dan, Ruth & Jo',
  'goal quiet: Ten minutes of quiet a day',
  '  agreed: 2026-09-20',
  '2026-10-01 revise quiet set by: client',
);

const acceptance = (goal: Goal) =>
  (goal.extension ?? [])
    .filter((e) => e.url === GOAL_ACCEPTANCE_EXTENSION)
    .map((e) => {
      const individual = e.extension!.find((x) => x.url === 'individual')!.valueReference!;
      return [individual.reference ?? null, individual.display, e.extension!.find((x) => x.url === 'status')!.valueCode];
    });

describe('who set and agreed each goal', () => {
  const { bundle } = exportText(PLAN);
  const patient = { reference: 'urn:uuid:Patient/client', display: 'Dan Okafor' };
  const practitioner = { reference: 'urn:uuid:Practitioner/clinician', display: 'Dr. Ruth Meyer' };

  it('makes a Practitioner for the clinician, the CarePlan’s author', () => {
    expect(resources<Practitioner>(bundle, 'Practitioner')).toEqual([{ resourceType: 'Practitioner', id: 'Practitioner/clinician', name: [{ text: 'Dr. Ruth Meyer' }] }]);
    expect(resources<CarePlan>(bundle, 'CarePlan')[0]!.author).toEqual(practitioner);
  });

  it('maps set by to expressedBy: the client, the clinician, and for a goal set together the client with a note', () => {
    expect(goalById(bundle, 'mine').expressedBy).toEqual(patient);
    expect(goalById(bundle, 'hers').expressedBy).toEqual(practitioner);
    expect(goalById(bundle, 'ours').expressedBy).toEqual(patient);
    expect(noteLines(goalById(bundle, 'ours'))).toContain('Set together by the client and the clinician (Dan Okafor and Dr. Ruth Meyer)');
    expect(goalById(bundle, 'family').expressedBy).toBeUndefined();
    expect(goalById(bundle, 'quiet').expressedBy).toEqual(patient); // revised to client
  });

  it('keeps the agreement as a dated note, and each person who agreed as a goal-acceptance extension', () => {
    expect(noteLines(goalById(bundle, 'ours'))).toEqual(['2026-09-14 Agreed: 2026-09-14 by Dan and Ruth', 'Set together by the client and the clinician (Dan Okafor and Dr. Ruth Meyer)']);
    expect(acceptance(goalById(bundle, 'ours'))).toEqual([
      ['urn:uuid:Patient/client', 'Dan Okafor', 'agree'],
      ['urn:uuid:Practitioner/clinician', 'Dr. Ruth Meyer', 'agree'],
    ]);
    expect(acceptance(goalById(bundle, 'family'))).toEqual([
      ['urn:uuid:Patient/client', 'Dan Okafor', 'agree'],
      ['urn:uuid:Practitioner/clinician', 'Dr. Ruth Meyer', 'agree'],
      [null, 'Jo', 'agree'],
    ]);
    expect(noteLines(goalById(bundle, 'quiet'))).toEqual(['2026-09-20 Agreed: 2026-09-20']);
    expect(acceptance(goalById(bundle, 'quiet'))).toEqual([]);
  });

  it('names a clinician’s goal in words when the plan names no clinician, and a shared first name stays words', () => {
    const { bundle } = exportText(joinLines('client: Sam Lee', 'goal g: G', '  set by: clinician', '  agreed: by Sam', 'goal h: H', '  set by: together'));
    expect(resources<Practitioner>(bundle, 'Practitioner')).toEqual([]);
    expect(goalById(bundle, 'g').expressedBy).toEqual({ display: 'Clinician' });
    expect(acceptance(goalById(bundle, 'g'))).toEqual([['urn:uuid:Patient/client', 'Sam Lee', 'agree']]);
    expect(noteLines(goalById(bundle, 'h'))).toEqual(['Set together by the client and the clinician']);
    const shared = exportText(joinLines('client: Sam Lee', 'clinician: Sam Kim', 'goal g: G', '  agreed: by Sam')).bundle;
    expect(acceptance(goalById(shared, 'g'))).toEqual([[null, 'Sam', 'agree']]);
  });
});

describe('an existing Patient', () => {
  const text = joinLines('client: Dan', 'track mood: 1-10', 'goal g: G', '  set by: client', '  scale:', '    -2: a', '    -1: b', '     0: c', '    +1: d', '    +2: e', '2026-11-01 review g: 0', '2026-11-01 mood: 5');

  it('is referred to everywhere instead of a Patient in the Bundle', () => {
    const { bundle } = exportText(text, '2026-11-25', { patient: 'Patient/123' });
    expect(bundle.entry!.map((e) => e.resource!.resourceType)).toEqual(['CarePlan', 'Goal', 'Observation', 'Observation']);
    const subject = { reference: 'Patient/123', display: 'Dan' };
    expect(resources<CarePlan>(bundle, 'CarePlan')[0]!.subject).toEqual(subject);
    expect(goalById(bundle, 'g')).toMatchObject({ subject, expressedBy: subject });
    for (const o of resources<Observation>(bundle, 'Observation')) expect(o.subject).toEqual(subject);
  });
});

describe('a transaction Bundle', () => {
  it('asks a server to PUT each resource on its id, so importing it again updates the same records', () => {
    // Ids a server accepts: the name with '.' for '/'.
    const uuid = (name: string) => name.replaceAll('/', '.');
    const { bundle } = exportText(joinLines('client: Dan', 'clinician: Ruth', 'goal g: G', '2026-11-01 mood: 5'), '2026-11-25', { bundleType: 'transaction', uuid });
    expect(bundle.type).toBe('transaction');
    expect(bundle.entry!.map((e) => [e.fullUrl, e.request])).toEqual([
      ['urn:uuid:Patient.client', { method: 'PUT', url: 'Patient/Patient.client' }],
      ['urn:uuid:Practitioner.clinician', { method: 'PUT', url: 'Practitioner/Practitioner.clinician' }],
      ['urn:uuid:CarePlan.plan', { method: 'PUT', url: 'CarePlan/CarePlan.plan' }],
      ['urn:uuid:Goal.g', { method: 'PUT', url: 'Goal/Goal.g' }],
      ['urn:uuid:Observation.track.mood.2026-11-01.1', { method: 'PUT', url: 'Observation/Observation.track.mood.2026-11-01.1' }],
    ]);
    // References keep the fullUrl form, which the server replaces by each resource's location as it applies the PUTs.
    expect(goalById(bundle, 'g').subject.reference).toBe('urn:uuid:Patient.client');
  });

  it('is a collection without requests by default', () => {
    const { bundle } = exportText(joinLines('goal g: G'));
    expect(bundle.type).toBe('collection');
    expect(bundle.entry!.every((e) => e.request === undefined)).toBe(true);
  });
});
