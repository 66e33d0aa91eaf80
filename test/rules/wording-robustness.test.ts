// The SMART and challenge rules read free text in any script: whatever a statement holds, they
// must not throw, and every finding must point inside the statement it is about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/index';
import { TODAY } from '../support/rules';

const IDS = ['vague-goal', 'unmeasurable-goal', 'overly-ambitious', 'missing-value', 'missing-deadline', 'external-focus', 'avoidance-goal'];
const WORDS = [
  'never', 'again', 'all', 'my', 'anxiety', 'get', 'Łukasz', 'to', 'call', 'me', 'feel', 'better', 'without', 'feeling', 'nervous',
  '"', "'", '’', 'by', '2026-12-01', '3-4', 'times', 'a', 'week', '王芳', '🎨', 'stop', 'avoid', 'no', 'more', 'İstanbul', 'completely',
  'sober', 'make', 'him', 'proud', ',', 'and', 'not', 'be', 'free', 'of', 'fear', 'Improve', 'the', 'Siobhán', 'نجوى',
];

describe('the wording rules on arbitrary statements', () => {
  it('never throw, and every finding lies inside its statement', () => {
    const part = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 14 }), (parts) => {
        const text = `goal g: ${parts.join(' ').replace(/[\r\n#]/g, ' ')}`;
        const { diagnostics } = analyze(text, { today: TODAY });
        for (const d of diagnostics.filter((d) => IDS.includes(d.code))) {
          expect(d.message).not.toMatch(/could not run/);
          expect(d.range.start.line).toBe(0);
          expect(d.range.start.character).toBeLessThan(d.range.end.character);
          expect(d.range.end.character).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('step past a character outside the Basic Multilingual Plane where a name is ruled out', () => {
    // Found by the property above: skipping a match one code unit on landed inside '𖤵' and
    // the search, which resumes at the start of a surrogate pair, never moved again.
    const { diagnostics } = analyze('goal g:  𖤵𓁆 stop', { today: TODAY });
    expect(diagnostics.filter((d) => d.code === 'external-focus')).toEqual([]);
  });
});
