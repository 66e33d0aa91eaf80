/** unit-mismatch: a goal's baseline, target and milestones are measured in different units. */
import type { Goal, Plan, Quantity } from '../../model';
import { revisionsOf } from '../../queries';
import { normalizeUnit } from '../../values/measurement';
import type { Rule } from '../rule';

/** Every measured quantity of a goal, as written and as revised, with what it is. */
export function goalQuantities(plan: Plan, goal: Goal): { label: string; quantity: Quantity }[] {
  const out: { label: string; quantity: Quantity }[] = [];
  if (goal.baseline) out.push({ label: 'the baseline', quantity: goal.baseline });
  if (goal.target) out.push({ label: 'the target', quantity: goal.target });
  for (const m of goal.milestones) out.push({ label: `the milestone on ${m.date.iso}`, quantity: m.quantity });
  for (const key of ['baseline', 'target', 'milestone']) {
    for (const revision of revisionsOf(plan, goal.id, key)) {
      const value = revision.field.value;
      if (value?.type === 'quantity') out.push({ label: `the revised ${key}`, quantity: value.quantity });
    }
  }
  return out.filter(({ quantity }) => quantity.measurement !== undefined);
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
  *check({ plan }) {
    for (const goal of plan.goals) {
      const measured = goalQuantities(plan, goal).filter(({ quantity }) => unitOf(quantity) !== '');
      const first = measured[0];
      if (!first) continue;
      const unit = unitOf(first.quantity);
      for (const other of measured.slice(1)) {
        if (unitOf(other.quantity) === unit) continue;
        yield {
          range: other.quantity.text.range,
          message: `'${other.quantity.text.text}' is counted in a different unit from ${first.label} ('${first.quantity.text.text}'). Use one unit for baseline, target and milestones, so progress can be compared.`,
          data: { goal: goal.id, unit: first.quantity.measurement?.unit ?? '' },
        };
      }
    }
  },
};
