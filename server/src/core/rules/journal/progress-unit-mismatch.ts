/** progress-unit-mismatch: a progress entry counted in another unit than its goal's target and baseline. */
import type { Goal, Plan, ProgressEntry, Quantity, Range } from '../../model';
import { findGoal, revisionBefore } from '../../queries';
import { normalizeUnit } from '../../values/measurement';
import { entryRule } from '../rule';

/** A unit a goal is counted in, with the value it comes from. */
interface Reference {
  readonly unit: string;
  readonly quantity: Quantity;
  readonly label: string;
}

export const progressUnitMismatch = entryRule({
  id: 'progress-unit-mismatch',
  group: 'journal',
  severity: 'warning',
  summary: "A progress entry counted in another unit than its goal's target and baseline.",
  explanation: {
    standard:
      "Progress is read against the baseline and the target, 'from 3 attacks a week towards 1', so a line in another unit cannot be placed on that line without arithmetic nobody wrote down. A bare number is read in the goal's own unit. When the way a goal is measured really changes, add '<date> revise <goal> target: <new target>' above the line, so the history explains the switch.",
    plain:
      "Each goal is counted one way, e.g. attacks a week, so its numbers can go on one chart. A number counted another way cannot be compared with the rest. Write it the way the goal is counted; if you now count it differently, change the target first with a 'revise' line.",
  },
  kinds: ['progress'],
  *checkEntry(entry, { plan }) {
    const goal = findGoal(plan, entry.goal.text);
    const unit = comparableUnit(entry.quantity);
    // A bare number is read in the goal's own unit, so quick journal lines stay quick.
    if (!goal || unit === '') return;
    const references = goalUnits(plan, goal, entry);
    const main = references[0];
    if (!main || references.some((r) => r.unit === unit)) return;
    const expected = describe(main.quantity);
    yield {
      range: unitRange(entry),
      goal: goal.id,
      message: `Progress in ${describe(entry.quantity)}, but '${goal.id}' is counted in ${expected} (${main.label}): use that, or revise the target first.`,
      plain: `'${goal.id}' is counted in ${expected}, but this says ${describe(entry.quantity)}. Write it in ${expected} too.`,
      data: { goal: goal.id, unit: written(entry.quantity), expected: written(main.quantity), expectedUnits: references.map((r) => written(r.quantity)) },
    };
  },
});

/**
 * The units a goal is counted in where `entry` stands: its target's (after revisions), and its baseline's
 * unless the target was revised after it (a new target may bring a new unit, and then the old
 * baseline no longer says how the goal is counted). Milestones count only when neither has a unit.
 */
function goalUnits(plan: Plan, goal: Goal, entry: ProgressEntry): Reference[] {
  const target = fieldAt(plan, goal, 'target', entry);
  const baseline = fieldAt(plan, goal, 'baseline', entry);
  const out: Reference[] = [];
  const add = (quantity: Quantity | undefined, label: string) => {
    const unit = quantity ? comparableUnit(quantity) : '';
    if (quantity && unit !== '') out.push({ unit, quantity, label });
  };
  const label = (name: string, since: string) => (since ? `its ${name} since ${since}` : `its ${name}`);
  add(target.quantity, label('target', target.since));
  if (out.length === 0 || baseline.since >= target.since) add(baseline.quantity, label('baseline', baseline.since));
  if (out.length === 0) for (const m of goal.milestones) add(m.quantity, `its milestone on ${m.date.iso}`);
  return out;
}

/**
 * A quantity field as it stands when `entry` is written, and the date it was last revised ('' for
 * the goal as written). A revision applies from its own line on: the format keeps same-day lines in
 * the order they are written, so a measurement noted above a revision still uses the old unit.
 */
function fieldAt(plan: Plan, goal: Goal, key: string, entry: ProgressEntry): { quantity?: Quantity; since: string } {
  const revision = revisionBefore(plan, goal.id, key, entry);
  const field = revision?.field ?? goal.fields.find((f) => f.key.name === key && f.value);
  const quantity = field?.value?.type === 'quantity' ? field.value.quantity : undefined;
  return { ...(quantity && { quantity }), since: revision?.date.iso ?? '' };
}

/** A unit as `normalizeUnit` compares it (`3 attacks a week` is `3 attack/week`); a score compares by its maximum. */
function comparableUnit(quantity: Quantity): string {
  const m = quantity.measurement;
  if (!m) return '';
  if (m.unit === '') return m.outOf !== undefined ? `/${m.outOf}` : '';
  return normalizeUnit(m.unit);
}

function written(quantity: Quantity): string {
  const m = quantity.measurement;
  return m?.unit || (m?.outOf !== undefined ? `/${m.outOf}` : '');
}

function describe(quantity: Quantity): string {
  const m = quantity.measurement;
  return m?.unit ? `'${m.unit}'` : `scores out of ${m?.outOf}`;
}

/** The unit's own words at the end of the value, or the whole value for a score. */
function unitRange(entry: ProgressEntry): Range {
  const { text, measurement } = entry.quantity;
  const unit = measurement?.unit ?? '';
  if (unit === '' || !text.text.endsWith(unit)) return text.range;
  const end = text.range.end;
  return { start: { line: end.line, character: end.character - unit.length }, end };
}
