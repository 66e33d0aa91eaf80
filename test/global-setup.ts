// Builds the bundles once before any test runs, so that CLI tests start the same code users run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs server/build.mjs and fails the whole run, with esbuild's errors, when the build fails. */
export default function buildBundles(): void {
  const result = spawnSync(process.execPath, ['server/build.mjs'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`The build failed (node server/build.mjs):\n${result.stderr}${result.stdout}`);
  }
}
