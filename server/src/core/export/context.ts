/** What every part of the FHIR export shares: the plan, the day, the ids, the references to the people, what was left out. */
import type { Patient, Practitioner, Reference, Resource } from '@medplum/fhirtypes';
import type { Goal, Plan } from '../model';

export interface ExportContext {
  readonly plan: Plan;
  /** The plan's goals, the first of each id: ids name resources, so a repeated id (an error the checker reports) is left out. */
  readonly goals: readonly Goal[];
  /** Entries dated after this day are left out. */
  readonly today: string;
  /** The id of the resource with this name (`Goal/first-90`), from the caller's `uuid`. */
  readonly idOf: (name: string) => string;
  /** A reference to the resource with this name, in the `urn:uuid:` form of its entry's fullUrl. */
  readonly ref: <T extends Resource>(name: string, display?: string) => Reference<T>;
  /** The client: the Patient in the Bundle, or the existing one the caller named. */
  readonly patient: Reference<Patient>;
  /** The clinician's Practitioner, when the plan names a clinician. */
  readonly practitioner?: Reference<Practitioner>;
  /** Records what could not be exported, as one sentence. */
  readonly skip: (reason: string) => void;
}

/** A reference to an existing Patient such as `Patient/123`: the resource type and an id FHIR accepts. */
export const PATIENT_REFERENCE = /^Patient\/[A-Za-z0-9\-.]{1,64}$/;
