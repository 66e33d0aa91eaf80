// The suites that need more than npm: Debian packages, code-server, or a packaged .vsix.
// `npm test` (test/vitest.config.ts) leaves them out so the inner loop needs only `npm ci`;
// `npm run test:all` (test/vitest.all.config.ts) runs them after test/prepare-system.mjs has set up
// what they need. One list, read by both configs and by the set-up script, so they cannot drift.

/** Each suite outside the npm-only loop, with the Debian packages it drives and whether it needs code-server. */
export const SYSTEM_SUITES = [
  { files: 'test/nvim/**/*.test.ts', packages: ['neovim'], codeServer: false },
  { files: 'test/cli/pre-commit.test.ts', packages: ['pre-commit', 'git'], codeServer: false },
  { files: 'test/cli/report-render.test.ts', packages: ['chromium'], codeServer: false },
  { files: 'test/e2e/**/*.test.ts', packages: ['chromium'], codeServer: true },
  { files: 'test/vscode/**/*.test.ts', packages: [], codeServer: true },
];

/** The Debian packages code-server's native modules compile against when it is installed. */
export const CODE_SERVER_BUILD_PACKAGES = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'python3', 'make', 'g++'];
