/** The rules of this group, in the order their docs list them. */
import type { Rule } from '../rule';
import { duplicateGoalId } from './duplicate-goal-id';
import { milestoneOutsideTimeline } from './milestone-outside-timeline';
import { missingBaselineDate } from './missing-baseline-date';
import { missingField } from './missing-field';
import { targetNotBeyondBaseline } from './target-not-beyond-baseline';
import { unitMismatch } from './unit-mismatch';
import { unknownCategory } from './unknown-category';
import { unknownParentGoal } from './unknown-parent-goal';

export const RULES: readonly Rule[] = [
  missingField,
  missingBaselineDate,
  unitMismatch,
  targetNotBeyondBaseline,
  milestoneOutsideTimeline,
  unknownCategory,
  duplicateGoalId,
  unknownParentGoal,
];
