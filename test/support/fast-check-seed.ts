// Every property test in the suite draws the same inputs on every run and every machine, so a
// commit that passes here passes in CI too: finding new inputs is the long fuzz run's job
// (`npm run fuzz`, docs/testing.md). FUZZ_SEED=<seed> draws another set; a failure prints the
// seed and path that replay it.
import fc from 'fast-check';

const SUITE_SEED = 20261203;

const seed = process.env['FUZZ_SEED'];
fc.configureGlobal({ seed: seed ? Number(seed) : SUITE_SEED });
