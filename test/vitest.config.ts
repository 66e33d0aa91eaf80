// `npm test`: every suite that needs nothing but `npm ci`. The suites that drive Neovim, Chromium,
// pre-commit or code-server are listed in system-suites.mjs and run in `npm run test:all`.
import { defineConfig } from 'vitest/config';
import { SYSTEM_SUITES } from './system-suites.mjs';

export const shared = {
  benchmark: { include: ['bench/**/*.bench.ts'] },
  // The CLI tests run the built bundle, so it is built once before any test.
  globalSetup: ['test/global-setup.ts'],
  // The same fast-check inputs on every run (FUZZ_SEED draws others).
  setupFiles: ['test/support/fast-check-seed.ts'],
  // Subprocess tests start the built CLI; give a cold machine room without hiding real hangs.
  testTimeout: 20_000,
};

export default defineConfig({
  test: {
    ...shared,
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...SYSTEM_SUITES.map((suite) => suite.files)],
  },
});
