/** measure-out-of-range: a tracked measure's value outside the range, scale, unit or kind its `track` line declares. */
import type { MeasureEntry, Plan, TrackedMeasure } from '../../model';
import { normalizeUnit } from '../../values/measurement';
import { entryRule, perPlan, type Finding } from '../rule';

export const measureOutOfRange = entryRule({
  id: 'measure-out-of-range',
  group: 'journal',
  severity: 'warning',
  summary: "A tracked measure's value outside the range, scale or unit its 'track' line declares, or a number for a yes/no measure.",
  explanation: {
    standard:
      "A 'track' line in the header declares how a measure is logged: a range ('track mood: 1-10'), a unit ('track sleep: hours') or yes/no. A value off that range, in another unit or of the other kind is almost always a slip, and it bends the chart and the weekly means in the report. Fix the value, or widen the declaration if the measure has changed.",
    plain:
      "At the top of your plan, each thing you track says how you write it down, e.g. 'mood: 1-10' or 'sleep: hours'. A number outside that, or written another way, is usually a slip, and it would bend your chart. Check the number and write it the way the top line says.",
  },
  kinds: ['measure'],
  *checkEntry(entry, { plan }) {
    const track = declarations(plan).get(entry.name.text.toLowerCase());
    if (!track) return;
    const finding = mismatch(entry, track);
    if (finding) yield finding;
  },
});

/** The plan's `track` lines by name, the first one of each name. */
export const declarations = perPlan((plan: Plan): ReadonlyMap<string, TrackedMeasure> => {
  const byName = new Map<string, TrackedMeasure>();
  for (const track of plan.header.tracked) {
    const name = track.name.text.toLowerCase();
    if (!byName.has(name)) byName.set(name, track);
  }
  return byName;
});

function mismatch(entry: MeasureEntry, track: TrackedMeasure): Finding | undefined {
  const name = entry.name.text;
  const line = track.range.start.line + 1;
  if (track.type === 'yes-no') {
    if (!entry.quantity) return undefined;
    return {
      range: entry.quantity.text.range,
      message: `'${name}' is tracked as yes or no (line ${line}), so write '${name}: yes' or '${name}: no' (✓ and ✗ work too).`,
      plain: `'${name}' is a yes-or-no question. Write '${name}: yes' or '${name}: no'.`,
    };
  }
  if (entry.answer) {
    return {
      range: entry.answer.text.range,
      message: `'${name}' is tracked as a number (${track.declared?.text ?? 'line ' + line}), so write it like '${name}: ${example(track)}'.`,
      plain: `'${name}' is written as a number, not yes or no. Write it like '${name}: ${example(track)}'.`,
    };
  }
  const quantity = entry.quantity!;
  const m = quantity.measurement!;
  const range = quantity.text.range;
  if (track.min !== undefined && track.max !== undefined) {
    const scale = `${track.min}-${track.max}`;
    if (m.outOf !== undefined && m.outOf !== track.max) {
      return {
        range,
        message: `'${quantity.text.text}' is a score out of ${m.outOf}, but '${name}' is tracked ${scale} (line ${line}). Write it on that scale, like '${name}: ${example(track)}'.`,
        plain: `'${name}' goes from ${track.min} to ${track.max}, not out of ${m.outOf}. Write it that way, like '${name}: ${example(track)}'.`,
      };
    }
    const outside = [m.value, m.upper].find((v) => v !== undefined && (v < track.min! || v > track.max!));
    if (outside !== undefined) {
      return {
        range,
        message: `${outside} is outside ${scale}, the range '${name}' is tracked in (line ${line}). Check the number, or widen the range on that line.`,
        plain: `${outside} is outside ${track.min} to ${track.max}, the numbers '${name}' uses. Check the number, e.g. '${name}: ${example(track)}'.`,
      };
    }
  }
  if (track.unit !== '' && m.unit !== '' && normalizeUnit(m.unit) !== normalizeUnit(track.unit)) {
    return {
      range,
      message: `'${name}' is tracked in ${track.unit} (line ${line}), but this says ${m.unit}. Write it in ${track.unit}, like '${name}: ${example(track)}'.`,
      plain: `'${name}' is counted in ${track.unit}, not ${m.unit}. Write it in ${track.unit}, like '${name}: ${example(track)}'.`,
    };
  }
  return undefined;
}

/** A value that fits the declaration, for the examples in messages. */
function example(track: TrackedMeasure): string {
  if (track.min !== undefined && track.max !== undefined) {
    const middle = Math.round((track.min + track.max) / 2);
    return track.unit ? `${middle} ${track.unit}` : String(middle);
  }
  return track.unit ? `7 ${track.unit}` : '6';
}
