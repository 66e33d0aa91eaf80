/**
 * One plan goal as a FHIR Goal: its lifecycle and achievement on the day, its category and kind, statement, start,
 * target and due date after revisions, the GAS scale as PCO extensions, who set and agreed it, and its notes.
 */
import type { Annotation, CodeableConcept, Extension, Goal as FhirGoal, GoalTarget, Reference } from '@medplum/fhirtypes';
import { CATEGORY_INFO } from '../categories';
import type { Agreement, Field, Goal, Measurement, SetBy, StatusEntry } from '../model';
import { effectiveDue, effectiveField, effectiveStatement, effectiveTarget, goalStatus, statusEntriesOf, workStart } from '../queries';
import { achievementOf } from './achievement';
import { goalAnnotations, withNote } from './annotations';
import {
  ACHIEVEMENT_DISPLAY,
  CATEGORY_SYSTEM,
  GAS_LEVEL_CODES,
  GAS_REPORTED,
  GOAL_ACHIEVEMENT_SYSTEM,
  GOAL_ID_SYSTEM,
  GOAL_KIND_SYSTEM,
  MEASURE_SYSTEM,
  PCO_GAS_EXTENSION,
  type Achievement,
} from './codes';
import type { ExportContext } from './context';
import { acceptanceOf } from './people';

/** The Goal for one plan goal, as it stands on the context's day. */
export function toGoal(context: ExportContext, goal: Goal): FhirGoal {
  const { plan, today } = context;
  const start = workStart(plan, goal)?.iso;
  const lastStatus = statusEntriesOf(plan, goal.id, today).at(-1);
  const achievement = achievementOf(plan, goal, today);
  const category = [categoryOf(choiceOf(goal, 'category', context) ?? goal.category?.text), kindOf(choiceOf(goal, 'kind', context) ?? goal.kind)].filter(
    (c) => c !== undefined,
  );
  const target = targetsOf(context, goal);
  const agreed = agreementOf(goal, context);
  const setBy = (choiceOf(goal, 'set by', context) as SetBy | undefined) ?? goal.setBy;
  const expressedBy = expressedByOf(context, setBy);
  const extension = [...gasExtensions(goal), ...(agreed ? acceptanceOf(context, agreed) : [])];
  const note = [...fieldNotes(context, goal), ...agreementNotes(context, agreed, setBy), ...goalAnnotations(plan, goal.id, today)];
  return {
    resourceType: 'Goal',
    id: context.idOf(`Goal/${goal.id}`),
    ...(extension.length > 0 && { extension }),
    identifier: [{ system: GOAL_ID_SYSTEM, value: goal.id }],
    lifecycleStatus: lifecycleOf(context, goal, start),
    ...(achievement && { achievementStatus: achievementCode(achievement) }),
    ...(category.length > 0 && { category }),
    description: { text: effectiveStatement(plan, goal, today).text },
    subject: context.patient,
    ...(start && { startDate: start }),
    ...(target.length > 0 && { target }),
    ...(lastStatus && { statusDate: lastStatus.date.iso, statusReason: statusReasonOf(lastStatus) }),
    ...(expressedBy && { expressedBy }),
    ...(note.length > 0 && { note }),
  };
}

/** active, paused, achieved and dropped become active, on-hold, completed and cancelled; a goal not started yet is planned. */
function lifecycleOf(context: ExportContext, goal: Goal, start: string | undefined): FhirGoal['lifecycleStatus'] {
  const status = goalStatus(context.plan, goal.id, context.today);
  if (status === 'achieved') return 'completed';
  if (status === 'paused') return 'on-hold';
  if (status === 'dropped') return 'cancelled';
  return goal.start && start && start > context.today ? 'planned' : 'active';
}

function achievementCode(code: Achievement): CodeableConcept {
  return { coding: [{ system: GOAL_ACHIEVEMENT_SYSTEM, code, display: ACHIEVEMENT_DISPLAY[code] }] };
}

function statusReasonOf(entry: StatusEntry): string {
  return `${entry.kind} on ${entry.date.iso}${entry.note ? `: ${entry.note.text}` : ''}`;
}

/** A choice or category field after revisions (`revise sleep kind: process`), as its text. */
function choiceOf(goal: Goal, key: string, context: ExportContext): string | undefined {
  const value = effectiveField(context.plan, goal, key, context.today)?.value;
  if (value?.type === 'choice') return value.choice.text;
  return value?.type === 'category' ? value.category.text : undefined;
}

function categoryOf(id: string | undefined): CodeableConcept | undefined {
  if (id === undefined) return undefined;
  const info = CATEGORY_INFO.find((c) => c.id === id);
  // A category Goalpost does not know keeps its words as text, with no code that would claim a meaning.
  return info ? { coding: [{ system: CATEGORY_SYSTEM, code: info.id, display: info.title }], text: info.title } : { text: id };
}

/** `kind: process | outcome` as a second category (see GOAL_KIND_SYSTEM for why a Goalpost code). */
function kindOf(kind: string | undefined): CodeableConcept | undefined {
  if (kind !== 'process' && kind !== 'outcome') return undefined;
  const display = kind === 'process' ? 'Process goal' : 'Outcome goal';
  return { coding: [{ system: GOAL_KIND_SYSTEM, code: kind, display }], text: display };
}

/**
 * Who expressed the goal, from `set by`. `expressedBy` holds one reference, so a goal set `together` names the
 * client, as the PCO IG's person-centred goals do (its examples set expressedBy to the patient), and a note says
 * it was set together. A clinician's goal names the Practitioner, or "Clinician" when the plan names none.
 */
function expressedByOf(context: ExportContext, setBy: SetBy | undefined): FhirGoal['expressedBy'] {
  if (setBy === 'client' || setBy === 'together') return context.patient;
  if (setBy === 'clinician') return context.practitioner ?? ({ display: 'Clinician' } satisfies Reference);
  return undefined;
}

function agreementOf(goal: Goal, context: ExportContext): Agreement | undefined {
  const value = effectiveField(context.plan, goal, 'agreed', context.today)?.value;
  return value?.type === 'agreement' ? value.agreement : goal.agreed;
}

/**
 * The agreement as a dated note, since no standard element holds the day a goal was agreed (`statusDate` is the day
 * the lifecycle status last changed); and, for a goal set together, who set it.
 */
function agreementNotes(context: ExportContext, agreed: Agreement | undefined, setBy: SetBy | undefined): Annotation[] {
  const notes: Annotation[] = [];
  if (agreed) notes.push({ ...(agreed.date && { time: agreed.date.iso }), text: `Agreed: ${agreed.text.text}` });
  if (setBy === 'together') {
    const names = [context.patient.display, context.practitioner?.display].filter((n) => n !== undefined);
    notes.push({ text: `Set together by the client and the clinician${names.length === 2 ? ` (${names.join(' and ')})` : ''}` });
  }
  return notes;
}

/** The five GAS levels as PCO `pco-goal-attainment-scaling` extensions; a level off the scale keeps its text only. */
function gasExtensions(goal: Goal): Extension[] {
  return (goal.scale ?? []).map((level): Extension => {
    const coding = GAS_LEVEL_CODES.get(level.level);
    return {
      url: PCO_GAS_EXTENSION,
      extension: [...(coding ? [{ url: 'level', valueCoding: coding }] : []), { url: 'progressText', valueString: level.text.text }],
    };
  });
}

/**
 * The goal's target (after revisions): measure, detail and due date. A goal with a GAS scale gets a second
 * target, as the PCO GAS Goal does: measure LOINC 107332-9, detail the expected outcome (level 0).
 */
function targetsOf(context: ExportContext, goal: Goal): GoalTarget[] {
  const { plan, today } = context;
  const due = effectiveDue(plan, goal, today)?.iso;
  const quantity = effectiveTarget(plan, goal, today);
  const measure = goalMeasure(context, goal);
  const targets: GoalTarget[] = [];
  if (quantity || measure.text) {
    const m = quantity?.measurement;
    targets.push({
      measure,
      ...(m ? detailOf(m) : quantity && { detailString: quantity.text.text }),
      ...(due && { dueDate: due }),
    });
  }
  if ((goal.scale?.length ?? 0) > 0) {
    const expected = GAS_LEVEL_CODES.get(0)!;
    targets.push({ measure: { coding: [GAS_REPORTED] }, detailCodeableConcept: { coding: [expected] }, ...(due && { dueDate: due }) });
  }
  if (targets.length === 0 && due) targets.push({ dueDate: due });
  return targets;
}

/** The code of the goal's own measure (after revisions): `goal-measure`, with the goal's `measure` field as text. */
export function goalMeasure(context: ExportContext, goal: Goal): CodeableConcept {
  const text = fieldText(effectiveField(context.plan, goal, 'measure', context.today));
  return { coding: [{ system: MEASURE_SYSTEM, code: 'goal-measure', display: 'Measure described in the goal' }], ...(text && { text }) };
}

function detailOf(m: Measurement): GoalTarget {
  const unit = m.unit ? { unit: m.unit } : {};
  if (m.upper !== undefined) return { detailRange: { low: { value: m.value, ...unit }, high: { value: m.upper, ...unit } } };
  if (m.outOf !== undefined) return { detailRatio: { numerator: { value: m.value }, denominator: { value: m.outOf } } };
  return { detailQuantity: { value: m.value, ...unit } };
}

/** Value connection, baseline, obstacles and supports (after revisions), with their notes, as annotations. */
function fieldNotes(context: ExportContext, goal: Goal): Annotation[] {
  const labelled: [string, string][] = [
    ['Value', 'value'],
    ['Baseline', 'baseline'],
    ['Obstacles', 'obstacles'],
    ['Supports', 'supports'],
  ];
  return labelled.flatMap(([label, key]) => {
    const field = effectiveField(context.plan, goal, key, context.today);
    const text = fieldText(field);
    return text ? [{ text: `${label}: ${withNote(text, field?.note?.text)}` }] : [];
  });
}

/** A text or list field as one line: list items joined with "; ". */
function fieldText(field: Field | undefined): string | undefined {
  const value = field?.value;
  if (!value) return undefined;
  if (value.type === 'list') return value.items.map((item) => item.text.text).join('; ') || undefined;
  if (value.type === 'text') return value.text.text;
  return field.raw?.text;
}
