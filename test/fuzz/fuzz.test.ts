// The test suite's fuzz run: every property of properties.ts on a few hundred generated and
// mutated documents, a few seconds in all. `npm run fuzz -- --runs N` runs the same properties on
// as many inputs as you like and times them (docs/testing.md). The suite's seed is fixed
// (test/support/fast-check-seed.ts), so these are the same inputs on every run; a failure prints its
// seed and path: FUZZ_SEED=<seed> FUZZ_PATH=<path> replays it here.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzInputs } from './arbitraries';
import { analyses, fixesKeepWords, formattingKeepsWords, rangesInside, readsIncrementally } from './properties';

const path = process.env['FUZZ_PATH'];
const replay = path ? { path } : {};
const inputs = fuzzInputs('ci');

describe('fuzzing the core', () => {
  it('parses and analyses any text, and every range a feature reports lies inside the document', () => {
    fc.assert(fc.property(inputs, (input) => rangesInside(input, analyses(input.text))), { numRuns: 150, ...replay });
  });

  it('formats idempotently, keeping every word and the plan, for the whole document and for random ranges', () => {
    fc.assert(fc.property(inputs, formattingKeepsWords), { numRuns: 40, ...replay });
  });

  it('reads a version from the snapshot of the one before exactly as it reads it afresh', () => {
    fc.assert(fc.property(inputs, readsIncrementally), { numRuns: 80, ...replay });
  });

  it('offers only code actions that keep every word, add no format error and change only what their finding is about', () => {
    fc.assert(fc.property(inputs, (input) => fixesKeepWords(input, analyses(input.text))), { numRuns: 60, ...replay });
  });
});
