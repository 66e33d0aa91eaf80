/**
 * A plan as an HL7 FHIR R4 Bundle: a Patient for the client (or a reference to an existing one), a Practitioner for
 * the clinician, a CarePlan that lists the goals, one Goal per goal (goal.ts), one Observation per GAS review
 * (gas-observations.ts), per progress measurement (progress-observations.ts) and per tracked measure's value
 * (measure-observations.ts). A pure transformation: the
 * caller supplies the resource ids, so the core needs no hashing, clock or file name of its own.
 *
 * GAS follows the HL7 Person-Centered Outcomes (PCO) implementation guide, STU 1 (codes.ts, achievement.ts). The
 * resources use its structures without claiming its profiles in `meta.profile`: the profiles derive from US Core,
 * which wants patient identifiers that a plan does not have and that we will not invent.
 */
import type { Bundle, BundleEntry, CarePlan, Goal as FhirGoal, Patient, Practitioner, Reference, Resource } from '@medplum/fhirtypes';
import type { Goal, Plan } from '../model';
import { planAnnotations } from './annotations';
import type { ExportContext } from './context';
import { gasObservations } from './gas-observations';
import { toGoal } from './goal';
import { measureObservations } from './measure-observations';
import { progressObservations } from './progress-observations';

export { achievementOf } from './achievement';
export * from './codes';
export { PATIENT_REFERENCE } from './context';

export interface FhirExportOptions {
  /** Entries dated after this day are left out, as `goalpost score` does. */
  readonly today: string;
  /**
   * A stable UUID for a resource, from a name such as `Goal/first-90` or `Observation/first-90/review/2026-07-28/1`.
   * The same name must give the same UUID; the CLI hashes it with the plan's identity.
   */
  readonly uuid: (name: string) => string;
  /**
   * `collection` (the default): resources to keep or read together. `transaction`: the same resources, each with a
   * `PUT <type>/<id>` request, which a FHIR server applies all or nothing, updating what an earlier export created.
   */
  readonly bundleType?: 'collection' | 'transaction';
  /**
   * An existing Patient to point at instead of making one, as a relative reference such as `Patient/123`
   * (PATIENT_REFERENCE); the caller checks its form.
   */
  readonly patient?: string;
}

export interface FhirExport {
  readonly bundle: Bundle;
  /** What could not be exported, one sentence each (reviews off the -2..+2 scale, measures the checker flags). */
  readonly skipped: readonly string[];
}

/** Turns a plan into a FHIR R4 Bundle of a Patient, a Practitioner, a CarePlan, its Goals and its Observations. */
export function exportFhir(plan: Plan, options: FhirExportOptions): FhirExport {
  const ref = <T extends Resource>(name: string, display?: string): Reference<T> => ({
    reference: `urn:uuid:${options.uuid(name)}`,
    ...(display && { display }),
  });
  const skipped: string[] = [];
  const client = plan.header.client?.text;
  const clinician = plan.header.clinician?.text;
  // An existing Patient is referred to as the caller wrote it (`Patient/123`), resolved by the server that holds it.
  const context: ExportContext = {
    plan,
    goals: uniqueGoals(plan, (reason) => skipped.push(reason)),
    today: options.today,
    idOf: options.uuid,
    ref,
    patient: options.patient ? { reference: options.patient, ...(client && { display: client }) } : ref<Patient>('Patient/client', client),
    ...(clinician && { practitioner: ref<Practitioner>('Practitioner/clinician', clinician) }),
    skip: (reason) => skipped.push(reason),
  };

  const people: Resource[] = [];
  if (!options.patient) {
    people.push({ resourceType: 'Patient', id: options.uuid('Patient/client'), ...(client && { name: [{ text: client }] }) });
  }
  if (clinician) people.push({ resourceType: 'Practitioner', id: options.uuid('Practitioner/clinician'), name: [{ text: clinician }] });
  const goals = context.goals.map((goal) => toGoal(context, goal));
  const observations = [...gasObservations(context), ...progressObservations(context), ...measureObservations(context)];
  const resources: Resource[] = [...people, carePlanOf(context), ...goals, ...observations];

  const type = options.bundleType ?? 'collection';
  const entry = resources.map((resource): BundleEntry => ({
    fullUrl: `urn:uuid:${resource.id}`,
    resource,
    ...(type === 'transaction' && { request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` } }),
  }));
  return { bundle: { resourceType: 'Bundle', type, entry }, skipped };
}

/** The first goal of each id, as the journal's lines and `findGoal` read them; a later one is said to be left out. */
function uniqueGoals(plan: Plan, skip: (reason: string) => void): Goal[] {
  const seen = new Set<string>();
  return plan.goals.filter((goal) => {
    if (seen.has(goal.id)) {
      skip(`the goal '${goal.id}' on line ${goal.idRange.start.line + 1}, since an earlier goal has the same id`);
      return false;
    }
    seen.add(goal.id);
    return true;
  });
}

/** The CarePlan: title, start, author, every Goal in plan order, and the journal's words that name no goal. */
function carePlanOf(context: ExportContext): CarePlan {
  const { plan } = context;
  const title = plan.header.title?.text;
  const note = planAnnotations(context);
  return {
    resourceType: 'CarePlan',
    id: context.idOf('CarePlan/plan'),
    status: 'active',
    intent: 'plan',
    ...(title && { title }),
    subject: context.patient,
    ...(plan.header.start && { period: { start: plan.header.start.iso } }),
    ...(context.practitioner && { author: context.practitioner }),
    goal: context.goals.map((goal) => context.ref<FhirGoal>(`Goal/${goal.id}`, goal.id)),
    ...(note.length > 0 && { note }),
  };
}
