/** Reading GAS levels and weights. */

/** Reads a whole-number level such as `-1`, `0`, `+2` or `2`. */
export function readLevel(text: string): number | undefined {
  const match = /^[+-]?\d+$/.exec(text.trim());
  return match ? Number(match[0]) : undefined;
}

export interface WeightParts {
  readonly value: number;
  readonly importance?: number;
  readonly difficulty?: number;
}

/** Reads a weight: a number (`2`, `1.5`) or importance × difficulty (`2 x 3`, `2×3`, `2 * 3`). */
export function readWeight(text: string): WeightParts | undefined {
  const trimmed = text.trim();
  const product = /^(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)$/i.exec(trimmed);
  if (product) {
    const importance = Number(product[1]);
    const difficulty = Number(product[2]);
    return { value: importance * difficulty, importance, difficulty };
  }
  return /^[+-]?\d+(?:\.\d+)?$/.test(trimmed) ? { value: Number(trimmed) } : undefined;
}
