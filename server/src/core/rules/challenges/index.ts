/** The rules of this group, in the order their docs list them. */
import type { Rule } from '../rule';
import { avoidanceGoal } from './avoidance-goal';
import { externalFocus } from './external-focus';
import { tooManyActiveGoals } from './too-many-active-goals';

export const RULES: readonly Rule[] = [externalFocus, avoidanceGoal, tooManyActiveGoals];
