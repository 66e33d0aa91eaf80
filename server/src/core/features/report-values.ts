/** Measurements as the report writes them: the number as written, and its unit agreeing with it. */
import type { Measurement, Quantity } from '../model';
import { formatNumber } from './summaries';
import { unitFor, withUnit } from './unit-words';

/** `6 days/week`, `1-2 attacks/week`, `6/10`: the amount and its unit, in the plural where the number asks for it. */
export function measurementText(m: Measurement): string {
  const numbers = m.upper === undefined ? [m.value] : [m.value, m.upper];
  return withUnit(amountText(m), m.unit && unitFor(numbers, m.unit));
}

/** The number as written, without its unit: `3`, `1-2`, `6/10`. */
export function amountText(m: Measurement): string {
  const range = m.upper === undefined ? formatNumber(m.value) : `${formatNumber(m.value)}-${formatNumber(m.upper)}`;
  return `${range}${m.outOf === undefined ? '' : `/${formatNumber(m.outOf)}`}`;
}

/** A measurement as one number: the middle of a range such as `1-2 attacks/week`. */
export function middle(m: Measurement): number {
  return m.upper === undefined ? m.value : (m.value + m.upper) / 2;
}

/** A quantity as outputs write it: its measurement with the unit agreeing, or its words as written. */
export function quantityText(quantity: Quantity): string {
  return quantity.measurement ? measurementText(quantity.measurement) : quantity.text.text;
}
