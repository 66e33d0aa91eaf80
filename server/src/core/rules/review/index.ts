/** The rules of this group, in the order their docs list them. */
import type { Rule } from '../rule';
import { dueDatePassed } from './due-date-passed';
import { reviewOverdue } from './review-overdue';

export const RULES: readonly Rule[] = [reviewOverdue, dueDatePassed];
