// `npm run fuzz -- --runs N [--seed S]`: bundles test/fuzz/run.ts with esbuild (as server/build.mjs
// bundles the shipped code, so no TypeScript runner is needed) into a temporary folder and runs it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'goalpost-fuzz-bundle-'));
const outfile = join(folder, 'run.mjs');
try {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['test/fuzz/run.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  // The bundle runs from the temporary folder; the inputs read the samples from the repository.
  process.env.GOALPOST_FUZZ_ROOT = root;
  await import(pathToFileURL(outfile).href);
} catch (error) {
  // esbuild has printed its own errors above; anything else gets one line.
  if (!(error && Array.isArray(error.errors))) console.error(`fuzz: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
