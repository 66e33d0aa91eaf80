/**
 * A plan as an HL7 FHIR R4 Bundle (type `collection`): a Patient for the client, one Goal per goal, a CarePlan
 * that lists the goals, and one Observation per GAS review. A pure transformation: the caller supplies the
 * resource ids, so the core needs no hashing, clock or file name of its own.
 *
 * GAS follows the HL7 Person-Centered Outcomes (PCO) implementation guide, canonical http://hl7.org/fhir/us/pco
 * (version 0.8.0, repository HL7/pco-ig, input/fsh/GASProfiles.fsh, GASTerminology.fsh and GASExamples.fsh):
 * - the five scale levels are five `pco-goal-attainment-scaling` extensions on the Goal, each with a `level`
 *   sub-extension (valueCoding from the LOINC answer list LL6900-6) and a `text` sub-extension (valueString);
 * - a review is a `pco-gas-score-observation`: code LOINC 107332-9 "Goal attainment scale - Reported",
 *   `focus` on the Goal, `effectiveDateTime`, and valueCodeableConcept from LL6900-6.
 * The resources use those structures without claiming the profiles in `meta.profile`: the profiles derive
 * from US Core, which wants patient identifiers that a plan does not have and that we will not invent.
 */
import type { Annotation, Bundle, CarePlan, CodeableConcept, Coding, Extension, Goal as FhirGoal, GoalTarget, Observation, Patient, Reference, Resource } from '@medplum/fhirtypes';
import { CATEGORY_INFO } from '../categories';
import { ASSUMED_START_LEVEL, startLevelOf } from '../clinical/gas';
import { goalProgress } from '../clinical/progress';
import type { Field, Goal, Measurement, Plan, StatusEntry } from '../model';
import { effectiveDue, effectiveField, effectiveStatement, effectiveTarget, entriesOf, goalStart, goalStatus, progressOf, levelReviewsOf, statusEntriesOf } from '../queries';
import { normalizeUnit } from '../values/measurement';

/** Where Goalpost's own code systems live. `.invalid` is reserved: these URIs name, they never resolve. */
export const GOALPOST_FHIR_BASE = 'https://goalpost.invalid/fhir';
/** The seven Goalpost categories, codes as in `docs/format.md` (`symptom-reduction`, ...). */
export const CATEGORY_SYSTEM = `${GOALPOST_FHIR_BASE}/CodeSystem/goal-category`;
/** One code, `goal-measure`: "as the goal's `measure` field describes", with that description as the text. */
export const MEASURE_SYSTEM = `${GOALPOST_FHIR_BASE}/CodeSystem/measure`;
/** The identifier system of a goal's id in its plan (`first-90`); the id is the plan's, not invented. */
export const GOAL_ID_SYSTEM = `${GOALPOST_FHIR_BASE}/goal-id`;

export const PCO_GAS_EXTENSION = 'http://hl7.org/fhir/us/pco/StructureDefinition/pco-goal-attainment-scaling';
export const GOAL_ACHIEVEMENT_SYSTEM = 'http://terminology.hl7.org/CodeSystem/goal-achievement';
const LOINC = 'http://loinc.org';
const GAS_REPORTED: Coding = { system: LOINC, code: '107332-9', display: 'Goal attainment scale - Reported' };

/** The LOINC answers (list LL6900-6) for the GAS levels, as the PCO IG's examples use them. */
export const GAS_LEVEL_CODES: ReadonlyMap<number, Coding> = new Map([
  [2, { system: LOINC, code: 'LA34479-8', display: 'Much better than expected' }],
  [1, { system: LOINC, code: 'LA34480-6', display: 'Better than expected' }],
  [0, { system: LOINC, code: 'LA34481-4', display: 'Expected outcome' }],
  [-1, { system: LOINC, code: 'LA34483-0', display: 'Less than expected' }],
  [-2, { system: LOINC, code: 'LA34484-8', display: 'Much less than expected' }],
]);

const ACHIEVEMENT_DISPLAY = {
  'in-progress': 'In Progress',
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No Change',
  achieved: 'Achieved',
} as const;
export type Achievement = keyof typeof ACHIEVEMENT_DISPLAY;

export interface FhirExportOptions {
  /** Entries dated after this day are left out, as `goalpost score` does. */
  readonly today: string;
  /**
   * A stable UUID for a resource, from a name such as `Goal/first-90` or `Observation/first-90/review/2026-07-28/1`.
   * The same name must give the same UUID; the CLI hashes it with the file's path.
   */
  readonly uuid: (name: string) => string;
}

export interface FhirExport {
  readonly bundle: Bundle;
  /** What could not be exported, one sentence each (reviews off the -2..+2 scale). */
  readonly skipped: readonly string[];
}

/** Turns a plan into a FHIR R4 collection Bundle of a Patient, a CarePlan, its Goals and its GAS Observations. */
export function exportFhir(plan: Plan, options: FhirExportOptions): FhirExport {
  const { today } = options;
  const ref = <T extends Resource>(name: string, display?: string): Reference<T> => ({ reference: `urn:uuid:${options.uuid(name)}`, ...(display && { display }) });
  const idOf = (name: string) => options.uuid(name);
  const skipped: string[] = [];

  const client = plan.header.client?.text;
  const patient: Patient = { resourceType: 'Patient', id: idOf('Patient/client'), ...(client && { name: [{ text: client }] }) };
  const subject = ref<Patient>('Patient/client', client);

  const goals: FhirGoal[] = plan.goals.map((goal) => toGoal(plan, goal, today, idOf(`Goal/${goal.id}`), subject));
  const observations: Observation[] = [];
  for (const goal of plan.goals) {
    const perDay = new Map<string, number>();
    for (const review of levelReviewsOf(plan, goal.id, today)) {
      const n = (perDay.get(review.date.iso) ?? 0) + 1;
      perDay.set(review.date.iso, n);
      const level = GAS_LEVEL_CODES.get(review.level);
      if (!level) {
        skipped.push(`the review of '${goal.id}' on ${review.date.iso} gives level ${review.level}, which is not on the GAS scale from -2 to +2`);
        continue;
      }
      const scaleText = goal.scale?.find((l) => l.level === review.level)?.text.text;
      observations.push({
        resourceType: 'Observation',
        id: idOf(`Observation/${goal.id}/review/${review.date.iso}/${n}`),
        status: 'final',
        category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] }],
        code: { coding: [GAS_REPORTED], text: 'GAS review' },
        subject,
        focus: [ref<FhirGoal>(`Goal/${goal.id}`, goal.id)],
        effectiveDateTime: review.date.iso,
        valueCodeableConcept: { coding: [level], text: `${signed(review.level)}${scaleText ? `: ${scaleText}` : ''}` },
        ...(review.note && { note: [{ text: review.note.text }] }),
      });
    }
  }

  const title = plan.header.title?.text;
  const clinician = plan.header.clinician?.text;
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    id: idOf('CarePlan/plan'),
    status: 'active',
    intent: 'plan',
    ...(title && { title }),
    subject,
    ...(plan.header.start && { period: { start: plan.header.start.iso } }),
    ...(clinician && { author: { display: clinician } }),
    goal: plan.goals.map((goal) => ref<FhirGoal>(`Goal/${goal.id}`, goal.id)),
  };

  const resources: Resource[] = [patient, carePlan, ...goals, ...observations];
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
  return { bundle, skipped };
}

function toGoal(plan: Plan, goal: Goal, today: string, id: string, subject: Reference<Patient>): FhirGoal {
  const start = goalStart(plan, goal)?.iso;
  const lastStatus = statusEntriesOf(plan, goal.id, today).at(-1);
  const achievement = achievementOf(plan, goal, today);
  const category = categoryOf(goal.category?.text);
  const target = targetsOf(plan, goal, today);
  const note = notesOf(plan, goal, today);
  const gas = (goal.scale ?? []).map((level): Extension => {
    const coding = GAS_LEVEL_CODES.get(level.level);
    return {
      url: PCO_GAS_EXTENSION,
      extension: [...(coding ? [{ url: 'level', valueCoding: coding }] : []), { url: 'text', valueString: level.text.text }],
    };
  });
  return {
    resourceType: 'Goal',
    id,
    ...(gas.length > 0 && { extension: gas }),
    identifier: [{ system: GOAL_ID_SYSTEM, value: goal.id }],
    lifecycleStatus: lifecycleOf(plan, goal, today, start),
    ...(achievement && { achievementStatus: { coding: [{ system: GOAL_ACHIEVEMENT_SYSTEM, code: achievement, display: ACHIEVEMENT_DISPLAY[achievement] }] } }),
    ...(category && { category: [category] }),
    description: { text: effectiveStatement(plan, goal, today).text },
    subject,
    ...(start && { startDate: start }),
    ...(target.length > 0 && { target }),
    ...(lastStatus && { statusDate: lastStatus.date.iso, statusReason: statusReasonOf(lastStatus) }),
    ...(note.length > 0 && { note }),
  };
}

/** active, paused, achieved and dropped become active, on-hold, completed and cancelled; a goal not started yet is planned. */
function lifecycleOf(plan: Plan, goal: Goal, today: string, start: string | undefined): FhirGoal['lifecycleStatus'] {
  const status = goalStatus(plan, goal.id, today);
  if (status === 'achieved') return 'completed';
  if (status === 'paused') return 'on-hold';
  if (status === 'dropped') return 'cancelled';
  return goal.start && start && start > today ? 'planned' : 'active';
}

function statusReasonOf(entry: StatusEntry): string {
  return `${entry.kind} on ${entry.date.iso}${entry.note ? `: ${entry.note.text}` : ''}`;
}

/**
 * Achieved when the journal says so; otherwise the trend of the latest GAS review against the one before (or the
 * start level), else of the latest measurement against the one before (or the baseline); else in progress.
 */
export function achievementOf(plan: Plan, goal: Goal, today: string): Achievement | undefined {
  const status = goalStatus(plan, goal.id, today);
  if (status === 'achieved') return 'achieved';
  const reviews = levelReviewsOf(plan, goal.id, today);
  const latestReview = reviews.at(-1);
  if (latestReview) {
    const before = reviews.at(-2)?.level ?? startLevelOf(plan, goal, today) ?? ASSUMED_START_LEVEL;
    return trend(latestReview.level - before);
  }
  const progress = goalProgress(plan, goal, today);
  if (progress.kind === 'measured') {
    const previous = progressOf(plan, goal.id, today).at(-2)?.quantity.measurement;
    const from = previous && normalizeUnit(previous.unit) === normalizeUnit(progress.unit) ? middle(previous) : progress.baseline;
    const change = progress.latest - from;
    return trend(progress.direction === 'increase' ? change : -change);
  }
  return status === 'dropped' ? undefined : 'in-progress';
}

function trend(change: number): Achievement {
  return change > 0 ? 'improving' : change < 0 ? 'worsening' : 'no-change';
}

function middle(m: Measurement): number {
  return m.upper === undefined ? m.value : (m.value + m.upper) / 2;
}

function categoryOf(id: string | undefined): CodeableConcept | undefined {
  if (id === undefined) return undefined;
  const info = CATEGORY_INFO.find((c) => c.id === id);
  // A category Goalpost does not know keeps its words as text, with no code that would claim a meaning.
  return info ? { coding: [{ system: CATEGORY_SYSTEM, code: info.id, display: info.title }], text: info.title } : { text: id };
}

/**
 * The goal's target (after revisions): measure, detail and due date. A goal with a GAS scale gets a second
 * target, as the PCO GAS Goal does: measure LOINC 107332-9, detail the expected outcome (level 0).
 */
function targetsOf(plan: Plan, goal: Goal, today: string): GoalTarget[] {
  const due = effectiveDue(plan, goal, today)?.iso;
  const quantity = effectiveTarget(plan, goal, today);
  const measure = fieldText(effectiveField(plan, goal, 'measure', today));
  const targets: GoalTarget[] = [];
  if (quantity || measure) {
    const m = quantity?.measurement;
    targets.push({
      measure: { coding: [{ system: MEASURE_SYSTEM, code: 'goal-measure', display: 'Measure described in the goal' }], ...(measure && { text: measure }) },
      ...(m ? detailOf(m) : quantity && { detailString: quantity.text.text }),
      ...(due && { dueDate: due }),
    });
  }
  if ((goal.scale?.length ?? 0) > 0) {
    targets.push({ measure: { coding: [GAS_REPORTED] }, detailCodeableConcept: { coding: [GAS_LEVEL_CODES.get(0)!] }, ...(due && { dueDate: due }) });
  }
  if (targets.length === 0 && due) targets.push({ dueDate: due });
  return targets;
}

function detailOf(m: Measurement): GoalTarget {
  const unit = m.unit ? { unit: m.unit } : {};
  if (m.upper !== undefined) return { detailRange: { low: { value: m.value, ...unit }, high: { value: m.upper, ...unit } } };
  if (m.outOf !== undefined) return { detailRatio: { numerator: { value: m.value }, denominator: { value: m.outOf } } };
  return { detailQuantity: { value: m.value, ...unit } };
}

/** Value connection, baseline, obstacles and supports, then the journal's notes about the goal, as annotations. */
function notesOf(plan: Plan, goal: Goal, today: string): Annotation[] {
  const labelled: [string, string][] = [
    ['Value', 'value'],
    ['Baseline', 'baseline'],
    ['Obstacles', 'obstacles'],
    ['Supports', 'supports'],
  ];
  const notes: Annotation[] = labelled.flatMap(([label, key]) => {
    const text = fieldText(effectiveField(plan, goal, key, today));
    return text ? [{ text: `${label}: ${text}` }] : [];
  });
  for (const entry of entriesOf(plan, goal.id, today)) {
    if (entry.kind === 'note' && entry.text) notes.push({ time: entry.date.iso, text: entry.note ? `${entry.text.text} -- ${entry.note.text}` : entry.text.text });
  }
  return notes;
}

/** A text or list field as one line: list items joined with "; ". */
function fieldText(field: Field | undefined): string | undefined {
  const value = field?.value;
  if (!value) return undefined;
  if (value.type === 'list') return value.items.map((item) => item.text.text).join('; ') || undefined;
  if (value.type === 'text') return value.text.text;
  return field.raw?.text;
}

function signed(level: number): string {
  return level > 0 ? `+${level}` : String(level);
}
