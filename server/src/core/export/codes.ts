/**
 * The code systems, codes and extension URLs the FHIR export writes, in one place, each with where it comes from.
 *
 * GAS follows the HL7 Person-Centered Outcomes (PCO) implementation guide, STU 1 (version 1.0.0, FHIR 4.0.1,
 * canonical http://hl7.org/fhir/us/pco; source HL7/pco-ig, input/fsh/GASProfiles.fsh and GASTerminology.fsh).
 */
import type { CodeableConcept, Coding } from '@medplum/fhirtypes';

/** Where Goalpost's own code systems live. `.invalid` is reserved: these URIs name, they never resolve. */
export const GOALPOST_FHIR_BASE = 'https://goalpost.invalid/fhir';
/** The seven Goalpost categories, codes as in `docs/format.md` (`symptom-reduction`, ...). */
export const CATEGORY_SYSTEM = `${GOALPOST_FHIR_BASE}/CodeSystem/goal-category`;
/**
 * `process` and `outcome`, as the `kind` field says. No HL7 or SNOMED CT code system found draws this line (HL7's
 * goal-category has dietary, safety, behavioral, nursing and physiotherapy; PCO's goal domains are areas of life),
 * so the distinction the domain texts ask for travels as a Goalpost code with its words as text.
 */
export const GOAL_KIND_SYSTEM = `${GOALPOST_FHIR_BASE}/CodeSystem/goal-kind`;
/** One code, `goal-measure`: "as the goal's `measure` field describes", with that description as the text. */
export const MEASURE_SYSTEM = `${GOALPOST_FHIR_BASE}/CodeSystem/measure`;
/** The identifier system of a goal's id in its plan (`first-90`); the id is the plan's, not invented. */
export const GOAL_ID_SYSTEM = `${GOALPOST_FHIR_BASE}/goal-id`;

/** The PCO complex extension for one GAS level: sub-extensions `level` (valueCoding) and `progressText` (valueString). */
export const PCO_GAS_EXTENSION = 'http://hl7.org/fhir/us/pco/StructureDefinition/pco-goal-attainment-scaling';
/** The core R4 extension "Goal acceptance": one per person who agreed the goal (`individual`, `status` agree). */
export const GOAL_ACCEPTANCE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/goal-acceptance';
export const GOAL_ACHIEVEMENT_SYSTEM = 'http://terminology.hl7.org/CodeSystem/goal-achievement';
export const OBSERVATION_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';

const LOINC = 'http://loinc.org';
/** PCO's GAS score code when the journal does not say who rated (not the patient, practitioner or caregiver follow-up codes). */
export const GAS_REPORTED: Coding = { system: LOINC, code: '107332-9', display: 'Goal attainment scale - Reported' };

/** The LOINC answers (list LL6900-6) for the GAS levels, as the PCO IG's examples use them. */
export const GAS_LEVEL_CODES: ReadonlyMap<number, Coding> = new Map([
  [2, { system: LOINC, code: 'LA34479-8', display: 'Much better than expected' }],
  [1, { system: LOINC, code: 'LA34480-6', display: 'Better than expected' }],
  [0, { system: LOINC, code: 'LA34481-4', display: 'Expected outcome' }],
  [-1, { system: LOINC, code: 'LA34483-0', display: 'Less than expected' }],
  [-2, { system: LOINC, code: 'LA34484-8', display: 'Much less than expected' }],
]);

/** True for a level the GAS scale has, -2 to +2: the only levels with a LOINC answer and a place in a score. */
export function isGasLevel(level: number): boolean {
  return GAS_LEVEL_CODES.has(level);
}

/** The codes of http://terminology.hl7.org/CodeSystem/goal-achievement that the export uses, with their displays. */
export const ACHIEVEMENT_DISPLAY = {
  'in-progress': 'In Progress',
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No Change',
  achieved: 'Achieved',
  sustaining: 'Sustaining',
  'not-achieved': 'Not Achieved',
} as const;
export type Achievement = keyof typeof ACHIEVEMENT_DISPLAY;

/** An observation category from the R4 observation-category code system. */
export function observationCategory(code: 'survey' | 'activity'): CodeableConcept {
  return { coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code, display: code === 'survey' ? 'Survey' : 'Activity' }] };
}
