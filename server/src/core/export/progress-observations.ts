/**
 * One Observation per `progress` line of a goal (`2026-11-08 progress panic: 3 attacks/week`): the goal's own
 * measurements, `focus` on its Goal, with the same `code` as the Goal's `target[0].measure` (code `goal-measure` and
 * the goal's `measure` text), so a reader can set each value beside the target it moves towards.
 */
import type { CodeableConcept, Goal as FhirGoal, Observation } from '@medplum/fhirtypes';
import type { Goal, Measurement, ProgressEntry } from '../model';
import { progressOf } from '../queries';
import { goalMeasure } from './goal';
import type { ExportContext } from './context';

/** The progress Observations of every goal, goal by goal in plan order, each goal's in date order. */
export function progressObservations(context: ExportContext): Observation[] {
  return context.goals.flatMap((goal) => {
    const measure = goalMeasure(context, goal);
    const code = measure.text ? measure : { ...measure, text: `Progress of '${goal.id}'` };
    const perDay = new Map<string, number>();
    return progressOf(context.plan, goal.id, context.today).map((entry) => {
      const n = (perDay.get(entry.date.iso) ?? 0) + 1;
      perDay.set(entry.date.iso, n);
      return toObservation(context, goal, entry, code, context.idOf(`Observation/${goal.id}/progress/${entry.date.iso}/${n}`));
    });
  });
}

function toObservation(context: ExportContext, goal: Goal, entry: ProgressEntry, code: CodeableConcept, id: string): Observation {
  const m = entry.quantity.measurement;
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code,
    subject: context.patient,
    focus: [context.ref<FhirGoal>(`Goal/${goal.id}`, goal.id)],
    effectiveDateTime: entry.date.iso,
    ...(m ? valueOf(m) : { valueString: entry.quantity.text.text }),
    ...(entry.note && { note: [{ text: entry.note.text }] }),
  };
}

/** A measurement as the Goal's target detail is written: a quantity, a range, or a score as a ratio. */
function valueOf(m: Measurement): Partial<Observation> {
  const unit = m.unit ? { unit: m.unit } : {};
  if (m.upper !== undefined) return { valueRange: { low: { value: m.value, ...unit }, high: { value: m.upper, ...unit } } };
  if (m.outOf !== undefined) return { valueRatio: { numerator: { value: m.value }, denominator: { value: m.outOf } } };
  return { valueQuantity: { value: m.value, ...unit } };
}
