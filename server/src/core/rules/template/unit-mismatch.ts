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
    if (quantity) out.push({ label: revision ? `the revised ${key}` : `the ${key}`, quantity, revised: revision !== undefined });
  }
  const abstinent = isAbstinenceGoal(plan, goal, today);
  for (const m of effectiveMilestones(plan, goal, today)) {
    // "30 days alcohol-free" counts days free, which an abstinence goal counts beside its target.
    if (abstinent && isDayCount(m.quantity.measurement?.unit ?? '')) continue;
    out.push({ label: `the milestone on ${m.date.iso}`, quantity: m.quantity, revised: m.field.key.range.start.line !== m.date.range.start.line });
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

export const unitMismatch: Rule = {
  id: 'unit-mismatch',
  group: 'template',
  severity: 'warning',
  summary: "A goal's baseline, target and milestones use units that cannot be compared.",
  *check({ plan, today }) {
    for (const goal of plan.goals) {
      const measured = goalQuantities(plan, goal, today).filter(({ quantity }) => unitOf(quantity) !== '');
      const first = measured[0];
      if (!first) continue;
      const unit = unitOf(first.quantity);
      for (const other of measured.slice(1)) {
        if (unitOf(other.quantity) === unit) continue;
        // After a revision into a new unit, the way on is to revise the baseline to match.
        const advice =
          other.revised && first.label === 'the baseline'
            ? ` If the way it is measured has changed, revise the baseline too: '${today} revise ${goal.id} baseline: <where things stood, in ${other.quantity.measurement!.unit || 'the new unit'}>'.`
            : ' Use one unit for baseline, target and milestones, so progress can be compared.';
        yield {
          range: other.quantity.text.range,
          message: `'${other.quantity.text.text}' is counted in a different unit from ${first.label} ('${first.quantity.text.text}').${advice}`,
          data: { goal: goal.id, unit: first.quantity.measurement?.unit ?? '' },
        };
      }
    }
  },
};
