/** The rules of this group, in the order their docs list them. */
import type { Rule } from '../rule';

export const RULES: readonly Rule[] = [];
