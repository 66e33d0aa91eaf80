// Bundles suite 1 for VS Code's extension host: each file in test/vscode/suite/ becomes
// test/vscode/dist/<name>.test.cjs, and runner.ts becomes dist/runner.cjs (the tests module that
// code-server loads). The bundles are CommonJS because the extension host loads tests with require.
// It prints nothing on success; on failure esbuild prints its errors and the script exits non-zero.
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = `${here}dist`;

/** Shared helpers are bundled into each test file rather than run as tests themselves. */
const HELPERS = new Set(['support.ts']);

const suites = readdirSync(`${here}suite`).filter((name) => name.endsWith('.ts') && !HELPERS.has(name));

/** Bundles one entry; the core modules the tests compare against are bundled in with it. */
function bundle(entry, outfile) {
  return esbuild.build({
    entryPoints: [entry],
    outfile,
    format: 'cjs',
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    // jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow; its ES build bundles cleanly.
    mainFields: ['module', 'main'],
    // `vscode` exists only inside the extension host; mocha must be the runner's own instance,
    // because `suite` and `test` register with the mocha that loads the file.
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

try {
  // Old bundles of renamed or deleted suites must not keep running.
  rmSync(dist, { recursive: true, force: true });
  await Promise.all([
    ...suites.map((name) => bundle(`${here}suite/${name}`, `${dist}/${name.replace(/\.ts$/, '.test.cjs')}`)),
    bundle(`${here}runner.ts`, `${dist}/runner.cjs`),
  ]);
} catch (error) {
  // esbuild has already printed its own errors; anything else is printed here.
  if (!(error && Array.isArray(error.errors))) console.error(`test/vscode/build: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
