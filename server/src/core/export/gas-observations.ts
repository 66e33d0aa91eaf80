/**
 * One Observation per GAS review, shaped as the PCO `pco-gas-score-observation` profile: code LOINC 107332-9,
 * `focus` on the Goal, `effectiveDateTime`, and the level as a LOINC answer. Only reviews that give a level on the
 * -2..+2 scale are scores; a level off the scale is left out and said so, and a review without a level is a note on
 * its Goal (annotations.ts), never a score.
 */
import type { Goal as FhirGoal, Observation } from '@medplum/fhirtypes';
import type { Goal } from '../model';
import { levelReviewsOf } from '../queries';
import { GAS_LEVEL_CODES, GAS_REPORTED, observationCategory } from './codes';
import type { ExportContext } from './context';

/** The GAS score Observations of every goal, goal by goal in plan order, each goal's in date order. */
export function gasObservations(context: ExportContext): Observation[] {
  return context.goals.flatMap((goal) => goalObservations(context, goal));
}

function goalObservations(context: ExportContext, goal: Goal): Observation[] {
  const observations: Observation[] = [];
  const perDay = new Map<string, number>();
  for (const review of levelReviewsOf(context.plan, goal.id, context.today)) {
    const n = (perDay.get(review.date.iso) ?? 0) + 1;
    perDay.set(review.date.iso, n);
    const level = GAS_LEVEL_CODES.get(review.level);
    if (!level) {
      context.skip(`the review of '${goal.id}' on ${review.date.iso} gives level ${review.level}, which is not on the GAS scale from -2 to +2`);
      continue;
    }
    const scaleText = goal.scale?.find((l) => l.level === review.level)?.text.text;
    observations.push({
      resourceType: 'Observation',
      id: context.idOf(`Observation/${goal.id}/review/${review.date.iso}/${n}`),
      status: 'final',
      category: [observationCategory('survey')],
      code: { coding: [GAS_REPORTED], text: 'GAS review' },
      subject: context.patient,
      focus: [context.ref<FhirGoal>(`Goal/${goal.id}`, goal.id)],
      effectiveDateTime: review.date.iso,
      valueCodeableConcept: { coding: [level], text: `${signed(review.level)}${scaleText ? `: ${scaleText}` : ''}` },
      ...(review.note && { note: [{ text: review.note.text }] }),
    });
  }
  return observations;
}

function signed(level: number): string {
  return level > 0 ? `+${level}` : String(level);
}
