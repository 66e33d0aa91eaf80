// `npm run test:all`: every suite, including those of system-suites.mjs. Run it through
// `npm run test:all`, which first runs test/prepare-system.mjs to install what they need.
import { defineConfig } from 'vitest/config';
import { shared } from './vitest.config';

export default defineConfig({
  test: { ...shared, include: ['test/**/*.test.ts'] },
});
