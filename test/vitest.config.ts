import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    // The CLI tests run the built bundle, so it is built once before any test.
    globalSetup: ['test/global-setup.ts'],
    // Subprocess tests start the built CLI; give a cold machine room without hiding real hangs.
    testTimeout: 20_000,
  },
});
