// Rebuilds the generated files (named *.generated.*) from their sources: `npm run generate`.
// A test compares each with what this script would write, so a stale file fails CI.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = await mkdtemp(path.join(tmpdir(), 'goalpost-generate-'));
try {
  const outfile = path.join(dir, 'rules-index.mjs');
  await esbuild.build({ entryPoints: [path.join(root, 'server/scripts/rules-index.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  const { renderRulesIndex } = await import(pathToFileURL(outfile).href);
  await writeFile(path.join(root, 'docs/rules/index.generated.md'), renderRulesIndex());
} finally {
  await rm(dir, { recursive: true, force: true });
}
