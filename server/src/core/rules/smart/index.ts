/** The rules of this group, in the order their docs list them. */
import type { Rule } from '../rule';
import { missingDeadline } from './missing-deadline';
import { missingValue } from './missing-value';
import { overlyAmbitious } from './overly-ambitious';
import { unmeasurableGoal } from './unmeasurable-goal';
import { vagueGoal } from './vague-goal';

export const RULES: readonly Rule[] = [vagueGoal, unmeasurableGoal, overlyAmbitious, missingValue, missingDeadline];
