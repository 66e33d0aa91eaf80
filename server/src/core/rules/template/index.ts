/** The rules of this group, in the order their docs list them. */
import type { Rule } from '../rule';
import { duplicateGoalId } from './duplicate-goal-id';
import { unknownCategory } from './unknown-category';

export const RULES: readonly Rule[] = [unknownCategory, duplicateGoalId];
