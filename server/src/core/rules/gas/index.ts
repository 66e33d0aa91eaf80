/** The rules of this group, in the order their docs list them. */
import type { Rule } from '../rule';
import { gasLevelNotObservable } from './gas-level-not-observable';
import { gasScaleIncomplete } from './gas-scale-incomplete';
import { gasScaleOrder } from './gas-scale-order';
import { invalidWeight } from './invalid-weight';

export const RULES: readonly Rule[] = [gasScaleIncomplete, gasScaleOrder, gasLevelNotObservable, invalidWeight];
