/** unit-mismatch: a goal's baseline, target and milestones are measured in different units. */
import type { Goal, Plan, Quantity } from '../../model';
import { isAbstinenceGoal, isDayCount } from '../../clinical/abstinence';
import { effectiveMilestones } from '../../clinical/milestones';
import { revisionsOf } from '../../queries';
import { normalizeUnit } from '../../values/measurement';
import type { Rule } from '../rule';

/** A measured quantity of a goal as it stands today, with what it is and whether a revision wrote it. */
interface Measured {
  readonly label: string;
  /** The same, in the plain voice: 'your starting point' rather than 'the baseline'. */
  readonly plainLabel: string;
  readonly quantity: Quantity;
  readonly revised: boolean;
}

/**
 * The goal's baseline, target and milestones as they stand on `today`, after revisions: a revision
 * into a new unit replaces what it revises, so only what is left unrevised can disagree with it.
 */
function goalQuantities(plan: Plan, goal: Goal, today: string): Measured[] {
  const out: Measured[] = [];
  for (const key of ['baseline', 'target'] as const) {
    const revision = revisionsOf(plan, goal.id, key, today).at(-1);
    const value = revision ? revision.field.value : undefined;
    const quantity = value?.type === 'quantity' ? value.quantity : goal[key];
    const plainLabel = key === 'baseline' ? 'your starting point' : 'your target';
    if (quantity) out.push({ label: revision ? `the revised ${key}` : `the ${key}`, plainLabel, quantity, revised: revision !== undefined });
  }
  const abstinent = isAbstinenceGoal(plan, goal, today);
  for (const m of effectiveMilestones(plan, goal, today)) {
    // "30 days alcohol-free" counts days free, which an abstinence goal counts beside its target.
    if (abstinent && isDayCount(m.quantity.measurement?.unit ?? '')) continue;
    const label = `the milestone on ${m.date.iso}`;
    out.push({ label, plainLabel: label, quantity: m.quantity, revised: m.field.key.range.start.line !== m.date.range.start.line });
  }
  // Zero of anything is zero in any unit: a baseline of 0 never disagrees.
  return out.filter(({ quantity }) => quantity.measurement !== undefined && !isBareZero(quantity));
}

function isBareZero(quantity: Quantity): boolean {
  const m = quantity.measurement!;
  return m.value === 0 && m.upper === undefined && m.outOf === undefined;
}

/** The unit a quantity is measured in, for comparison; '' when it has none. */
export function unitOf(quantity: Quantity): string {
  const m = quantity.measurement;
  if (!m) return '';
  return m.outOf !== undefined && m.unit === '' ? `/${m.outOf}` : normalizeUnit(m.unit);
}

/** How a quantity is counted, in words: 'in attacks/week', 'out of 10'. */
function countedIn(quantity: Quantity): string {
  const m = quantity.measurement!;
  return m.unit ? `in ${m.unit}` : `out of ${m.outOf}`;
}

export const unitMismatch: Rule = {
  id: 'unit-mismatch',
  group: 'template',
  severity: 'warning',
  summary: "A goal's baseline, target and milestones use units that cannot be compared.",
  explanation: {
    standard:
      "Percent of the way, on-track lines and charts subtract the baseline from the target, so the baseline, target and milestones (after revisions) must share one unit; 'a', 'per', plurals and case do not matter. When the way of counting changes, revise the target and the baseline together, so both are in the new unit.",
    plain:
      'Where you started, your target and your milestones need to be counted the same way, or they cannot be compared. For example, 3 attacks a week and 4 attacks a month cannot go on one chart. Pick one way and write them all in it.',
  },
  *check({ plan, today }) {
    for (const goal of plan.goals) {
      const measured = goalQuantities(plan, goal, today).filter(({ quantity }) => unitOf(quantity) !== '');
      const first = measured[0];
      if (!first) continue;
      const unit = unitOf(first.quantity);
      for (const other of measured.slice(1)) {
        if (unitOf(other.quantity) === unit) continue;
        const written = other.quantity.text.text;
        const firstWritten = first.quantity.text.text;
        // After a revision into a new unit, the way on is to revise the baseline to match.
        const newUnit = other.revised && first.label === 'the baseline';
        const message = newUnit
          ? `'${written}' is in a new unit, unlike the baseline ('${firstWritten}'): revise it too, '${today} revise ${goal.id} baseline: <${countedIn(other.quantity)}>'.`
          : `Unit of '${written}' differs from ${first.label} ('${firstWritten}'): use one unit throughout.`;
        const plain = newUnit
          ? `'${written}' is counted a new way, but your starting point ('${firstWritten}') is not. Write where you started ${countedIn(other.quantity)} too.`
          : `'${written}' is counted another way than ${first.plainLabel} ('${firstWritten}'). Count both the same way, e.g. ${countedIn(first.quantity)}.`;
        yield {
          range: other.quantity.text.range,
          goal: goal.id,
          message,
          plain,
          data: { goal: goal.id, unit: first.quantity.measurement?.unit ?? '' },
        };
      }
    }
  },
};
