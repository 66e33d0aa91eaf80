/** The rules of this group, in the order their docs list them. */
import type { Rule } from '../rule';
import { duplicateEntry } from './duplicate-entry';
import { entryForClosedGoal } from './entry-for-closed-goal';
import { entryOutOfOrder } from './entry-out-of-order';
import { futureEntry } from './future-entry';
import { measureOutOfRange } from './measure-out-of-range';
import { progressUnitMismatch } from './progress-unit-mismatch';
import { reviewScoreOutOfRange } from './review-score-out-of-range';
import { reviewWithoutScale } from './review-without-scale';
import { unknownGoal } from './unknown-goal';
import { unknownMeasure } from './unknown-measure';

export const RULES: readonly Rule[] = [
  unknownGoal,
  entryOutOfOrder,
  futureEntry,
  duplicateEntry,
  reviewScoreOutOfRange,
  reviewWithoutScale,
  progressUnitMismatch,
  entryForClosedGoal,
  unknownMeasure,
  measureOutOfRange,
];
