/** invalid-weight: a GAS weight that is zero, negative, implausibly large, or has a factor outside 0-3. */
import type { Range, Text, Weight } from '../../model';
import { entryRule, type Finding } from '../rule';

/** The largest weight importance × difficulty can give: 3 × 3. */
const MAX_WEIGHT = 9;
const MAX_FACTOR = 3;
const PRODUCT = /^(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)$/i;

export const invalidWeight = entryRule({
  id: 'invalid-weight',
  group: 'gas',
  severity: 'error',
  summary: 'A GAS weight that is not above 0, or whose importance or difficulty is outside 0 to 3.',
  explanation: {
    standard:
      "'weight:' says how much a goal counts in the plan's GAS T-score, as a number or as importance × difficulty, each from 0 to 3. A negative weight turns progress into a loss, and a factor above 3 or a weight above 9 lets one goal drown out the others. A weight of 0 removes the goal from the score; a goal set aside for now is better recorded as 'paused' in the journal.",
    plain:
      "The weight says how much a goal counts in your overall score, from 1 for a small goal up to 9 for the biggest, e.g. 'weight: 2 x 3' for fairly important and hard. Below 1, a goal counts for nothing or against you. To rest a goal for a while, mark it paused in your journal instead.",
  },
  *checkOutside({ plan }) {
    for (const goal of plan.goals) {
      const field = goal.fields.find((f) => f.value?.type === 'weight');
      if (goal.weight && field?.raw) yield* checkWeight(goal.weight, field.raw, goal.id);
    }
  },
  kinds: ['revise'],
  *checkEntry(entry) {
    if (entry.field.value?.type !== 'weight' || !entry.field.raw) return;
    yield* checkWeight(entry.field.value.weight, entry.field.raw, entry.goal.text);
  },
});

function* checkWeight(weight: Weight, raw: Text, goal: string): Generator<Finding> {
  const factors = weight.importance !== undefined && weight.difficulty !== undefined;
  if (factors) {
    const [importance, difficulty] = factorRanges(raw);
    const parts = [
      { name: 'importance', label: 'Importance', top: 'the most important goals', plainTop: 'very important', value: weight.importance!, range: importance },
      { name: 'difficulty', label: 'Difficulty', top: 'the hardest goals', plainTop: 'very hard', value: weight.difficulty!, range: difficulty },
    ];
    let outside = false;
    for (const part of parts) {
      if (part.value <= MAX_FACTOR) continue;
      outside = true;
      yield {
        range: part.range ?? weight.range,
        goal,
        message: `${part.label} ${part.value} is off the scale: importance and difficulty each run from 0 to 3. Use 3 for ${part.top}.`,
        plain: `${part.value} is too high: ${part.name} goes from 0 to 3. Use 3 if it is ${part.plainTop}.`,
        data: { goal, factor: part.name, value: part.value, replacement: String(MAX_FACTOR) },
      };
    }
    if (outside) return;
  }
  if (weight.value < 0) {
    yield {
      range: weight.range,
      goal,
      message: `Weight ${weight.value} is negative: every step forward on '${goal}' would count as a step back. Use ${-weight.value} instead.`,
      plain: `A weight can't be below 0, or progress on '${goal}' would count against you. Use ${-weight.value} instead.`,
      data: { goal, value: weight.value, replacement: String(-weight.value) },
    };
  } else if (weight.value === 0) {
    yield {
      range: weight.range,
      goal,
      severity: 'warning',
      message: `Weight 0 leaves '${goal}' out of the GAS score: ${factors ? 'give importance and difficulty at least 1 each' : 'give it at least 1'}, or pause it with '<date> paused ${goal}'.`,
      plain: `With 0, '${goal}' counts for nothing in your overall score. Use 1 or more, or mark the goal paused for now.`,
      data: { goal, value: 0, ...(!factors && { replacement: '1' }) },
    };
  } else if (!factors && weight.value > MAX_WEIGHT) {
    yield {
      range: weight.range,
      goal,
      severity: 'warning',
      message: `Weight ${weight.value} is over 9, the most importance × difficulty gives (3 x 3): use 1 to 9, or write it as e.g. 2 x 3.`,
      plain: `${weight.value} is too big: '${goal}' would outweigh all your other goals. Use a number from 1 to 9, e.g. 3.`,
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
