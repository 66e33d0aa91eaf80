// Rebuilds the generated files (named *.generated.*, and the rule descriptions in package.json)
// from their sources: `npm run generate`.
// A test compares each with what this script would write, so a stale file fails CI.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = await mkdtemp(path.join(tmpdir(), 'goalpost-generate-'));
try {
  const outfile = path.join(dir, 'rules-index.mjs');
  await esbuild.build({ entryPoints: [path.join(root, 'server/scripts/rules-index.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  const { renderRulesIndex, withRuleDescriptions } = await import(pathToFileURL(outfile).href);
  await writeFile(path.join(root, 'docs/rules/index.generated.md'), renderRulesIndex());
  // The rule settings in the extension manifest describe each rule with its summary.
  const manifest = path.join(root, 'package.json');
  const before = await readFile(manifest, 'utf8');
  const after = withRuleDescriptions(before);
  if (after !== before) await writeFile(manifest, after);
} finally {
  await rm(dir, { recursive: true, force: true });
}
