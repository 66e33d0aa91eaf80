// The four good samples are realistic, well-formed plans: the SMART and challenge rules must not
// say a word about any of their goals. A false alarm on a good goal costs a client's trust.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findings } from '../support/rules';

const SAMPLES = ['anxiety-panic', 'addiction-recovery', 'couple-communication', 'values-identity'];
const RULES = ['vague-goal', 'unmeasurable-goal', 'overly-ambitious', 'missing-value', 'missing-deadline', 'external-focus', 'avoidance-goal', 'too-many-active-goals'];

describe('the SMART and challenge rules on the good samples', () => {
  for (const sample of SAMPLES) {
    const text = readFileSync(new URL(`../../samples/${sample}.goals`, import.meta.url), 'utf8');
    it.each(RULES)(`${sample}.goals: %s stays silent`, (id) => {
      expect(findings(id, text)).toBe('');
    });
  }
});
