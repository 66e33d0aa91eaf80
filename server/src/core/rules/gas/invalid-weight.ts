/** invalid-weight: a GAS weight that is zero, negative, implausibly large, or has a factor outside 0-3. */
import type { Range, Text, Weight } from '../../model';
import type { Finding, Rule } from '../rule';

/** The largest weight importance × difficulty can give: 3 × 3. */
const MAX_WEIGHT = 9;
const MAX_FACTOR = 3;
const PRODUCT = /^(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)$/i;

export const invalidWeight: Rule = {
  id: 'invalid-weight',
  group: 'gas',
  severity: 'error',
  summary: 'A GAS weight that is not above 0, or whose importance or difficulty is outside 0 to 3.',
  *check({ plan }) {
    for (const goal of plan.goals) {
      const field = goal.fields.find((f) => f.value?.type === 'weight');
      if (goal.weight && field?.raw) yield* checkWeight(goal.weight, field.raw, goal.id);
    }
    for (const entry of plan.journal) {
      if (entry.kind !== 'revise' || entry.field.value?.type !== 'weight' || !entry.field.raw) continue;
      yield* checkWeight(entry.field.value.weight, entry.field.raw, entry.goal.text);
    }
  },
};

function* checkWeight(weight: Weight, raw: Text, goal: string): Generator<Finding> {
  const factors = weight.importance !== undefined && weight.difficulty !== undefined;
  if (factors) {
    const [importance, difficulty] = factorRanges(raw);
    const parts = [
      { name: 'importance', label: 'Importance', top: 'the most important goals', value: weight.importance!, range: importance },
      { name: 'difficulty', label: 'Difficulty', top: 'the hardest goals', value: weight.difficulty!, range: difficulty },
    ];
    let outside = false;
    for (const part of parts) {
      if (part.value <= MAX_FACTOR) continue;
      outside = true;
      yield {
        range: part.range ?? weight.range,
        message: `${part.label} ${part.value} is off the scale: importance and difficulty each run from 0 to 3. Use 3 for ${part.top}.`,
        data: { goal, factor: part.name, value: part.value, replacement: String(MAX_FACTOR) },
      };
    }
    if (outside) return;
  }
  if (weight.value < 0) {
    yield {
      range: weight.range,
      message: `A weight cannot be negative: it would count every step forward on '${goal}' as a step back. Use a positive number, such as 1, 2 or 3.`,
      data: { goal, value: weight.value, replacement: String(-weight.value) },
    };
  } else if (weight.value === 0) {
    yield {
      range: weight.range,
      severity: 'warning',
      message: `A weight of 0 leaves '${goal}' out of the plan's GAS score. If it should count, give it at least 1${factors ? ', with importance and difficulty each from 1 to 3' : ''}; if it is set aside for now, '<date> paused ${goal}' in the journal says so.`,
      data: { goal, value: 0, ...(!factors && { replacement: '1' }) },
    };
  } else if (!factors && weight.value > MAX_WEIGHT) {
    yield {
      range: weight.range,
      severity: 'warning',
      message: `A weight of ${weight.value} is more than importance × difficulty can ever give (3 x 3 = 9), so '${goal}' would drown out the other goals in the GAS score. Use a number from 1 to 9, or write it as importance x difficulty, such as 2 x 3.`,
      data: { goal, value: weight.value, replacement: String(MAX_WEIGHT) },
    };
  }
}

/** The ranges of the two numbers in `2 x 3`, read from the field's raw text. */
function factorRanges(raw: Text): [Range | undefined, Range | undefined] {
  const match = PRODUCT.exec(raw.text);
  if (!match) return [undefined, undefined];
  const { line, character } = raw.range.start;
  const at = (from: number, length: number): Range => ({
    start: { line, character: character + from },
    end: { line, character: character + from + length },
  });
  return [at(0, match[1]!.length), at(raw.text.length - match[2]!.length, match[2]!.length)];
}
