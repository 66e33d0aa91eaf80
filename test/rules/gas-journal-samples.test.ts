// The GAS and journal rules stay silent on the four good samples: real plans, written with care,
// are the strictest test of a rule's false alarms.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../server/src/core/index';
import { findings } from '../support/rules';

const GOOD_SAMPLES = ['anxiety-panic', 'addiction-recovery', 'couple-communication', 'values-identity'];
const RULES = ALL_RULES.filter((rule) => rule.group === 'gas' || rule.group === 'journal');

describe('the GAS and journal rules on the good samples', () => {
  it('cover both groups', () => {
    expect(RULES.map((r) => r.group)).toContain('gas');
    expect(RULES.map((r) => r.group)).toContain('journal');
  });

  for (const name of GOOD_SAMPLES) {
    it(`find nothing in ${name}.goals`, () => {
      const text = readFileSync(new URL(`../../samples/${name}.goals`, import.meta.url), 'utf8');
      const found = RULES.map((rule) => findings(rule.id, text)).filter((f) => f !== '');
      expect(found).toEqual([]);
    });
  }
});
