/**
 * One Observation per logged value of a tracked measure (`2026-11-20 mood: 6/10`, `tablets: yes`): its date, its
 * value with the unit, the measure's name as the code's text, the Patient as subject, and the CarePlan that asks
 * for the tracking as `basedOn`.
 *
 * - A number is a `valueQuantity` in its unit (a bare number is in the declared unit), a range such as `3-4` a
 *   `valueRange`; a score (`6/10`) or a value on a declared range (`track mood: 1-10`) keeps that range as its
 *   `referenceRange`. A yes/no measure is a `valueBoolean`.
 * - Category `activity` for a value counted or timed in a unit (hours, steps), the observation-category code for
 *   "hours of sleep, number of steps"; `survey` for ratings, scores and yes/no answers, which are the client's
 *   answers to a question such as "how was your mood today?".
 * - A value `goalpost check` flags (measure-out-of-range: off its declared range, scale, unit or kind;
 *   unknown-measure: a name the plan does not track, once it declares any) is left out and said so, in the
 *   checker's own words, so the record never holds a value the checker calls a slip.
 */
import type { CarePlan, Observation, ObservationReferenceRange, Quantity as FhirQuantity } from '@medplum/fhirtypes';
import { DEFAULT_CONFIG } from '../config';
import type { MeasureEntry, TrackedMeasure } from '../model';
import { byDate } from '../queries';
import { declarations, measureOutOfRange } from '../rules/journal/measure-out-of-range';
import { unknownMeasure } from '../rules/journal/unknown-measure';
import type { Finding } from '../rules/rule';
import { observationCategory } from './codes';
import type { ExportContext } from './context';

/** The Observations of every tracked measure's values up to `today`, in date order. */
export function measureObservations(context: ExportContext): Observation[] {
  const { plan, today } = context;
  const declared = declarations(plan);
  const flagged = findingsByLine(context);
  const perDay = new Map<string, number>();
  const observations: Observation[] = [];
  for (const entry of byDate(plan.journal)) {
    if (entry.kind !== 'measure' || entry.date.iso > today) continue;
    const key = entry.name.text.toLowerCase();
    const finding = flagged.get(entry.range.start.line);
    if (finding) {
      context.skip(`the ${entry.name.text} value on ${entry.date.iso}: ${finding.message}`);
      continue;
    }
    const count = `${key} ${entry.date.iso}`;
    const n = (perDay.get(count) ?? 0) + 1;
    perDay.set(count, n);
    const observation = toObservation(context, entry, declared.get(key), context.idOf(`Observation/track/${key}/${entry.date.iso}/${n}`));
    if (observation) observations.push(observation);
    else context.skip(`the ${entry.name.text} value on ${entry.date.iso} is neither a number nor a yes or no`);
  }
  return observations;
}

/** What the two tracked-measure rules find, by the line of the entry they are about (a measure entry is one line). */
function findingsByLine(context: ExportContext): Map<number, Finding> {
  const rules = { plan: context.plan, config: DEFAULT_CONFIG, today: context.today };
  const byLine = new Map<number, Finding>();
  for (const rule of [unknownMeasure, measureOutOfRange]) {
    for (const finding of rule.check(rules)) if (!byLine.has(finding.range.start.line)) byLine.set(finding.range.start.line, finding);
  }
  return byLine;
}

function toObservation(context: ExportContext, entry: MeasureEntry, track: TrackedMeasure | undefined, id: string): Observation | undefined {
  const base: Observation = {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [observationCategory('survey')],
    code: { text: track?.name.text ?? entry.name.text },
    subject: context.patient,
    basedOn: [context.ref<CarePlan>('CarePlan/plan')],
    effectiveDateTime: entry.date.iso,
    ...(entry.note && { note: [{ text: entry.note.text }] }),
  };
  if (entry.answer) return { ...base, valueBoolean: entry.answer.yes };
  const m = entry.quantity?.measurement;
  if (!m) return undefined;
  const unit = m.unit || track?.unit || '';
  const withUnit = (value: number): FhirQuantity => ({ value, ...(unit && { unit }) });
  const referenceRange = rangeOf(track, m.outOf, unit);
  return {
    ...base,
    ...(unit && { category: [observationCategory('activity')] }),
    ...(m.upper === undefined ? { valueQuantity: withUnit(m.value) } : { valueRange: { low: withUnit(m.value), high: withUnit(m.upper) } }),
    ...(referenceRange && { referenceRange: [referenceRange] }),
  };
}

/** The range a value is read against: the declared one (`track mood: 1-10`), else a score's maximum (`6/10`). */
function rangeOf(track: TrackedMeasure | undefined, outOf: number | undefined, unit: string): ObservationReferenceRange | undefined {
  const bound = (value: number): FhirQuantity => ({ value, ...(unit && { unit }) });
  if (track?.min !== undefined && track.max !== undefined) {
    return { low: bound(track.min), high: bound(track.max), text: `${track.min}-${track.max}${unit ? ` ${unit}` : ''}` };
  }
  return outOf === undefined ? undefined : { high: bound(outOf), text: `out of ${outOf}` };
}
