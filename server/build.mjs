// Builds the bundles that ship (the CLI, the language server and the VS Code extension): `npm run build` (and `npm install`, through `prepare`) runs this.
// It prints nothing on success; on failure esbuild prints its errors and the script exits non-zero.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Every bundle the project ships, one line each. The language server is CommonJS because VS Code's
 * extension host loads CommonJS; the same bundle serves `goalpost-language-server --stdio`.
 */
const entries = [
  { entry: 'server/src/cli/main.ts', outfile: 'server/dist/cli.js', format: 'esm' },
  { entry: 'server/src/lsp/main.ts', outfile: 'server/dist/server.cjs', format: 'cjs' },
  // The VS Code extension: CommonJS for the extension host, which provides `vscode` itself.
  { entry: 'client/src/extension.ts', outfile: 'client/dist/extension.cjs', format: 'cjs', external: ['vscode'] },
];

/** Reads the version once, so that `goalpost --version` needs no file at run time. */
async function readVersion() {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  return manifest.version;
}

/** Bundles one entry with the options every bundle shares: dependencies inside, Node 20, a source map. */
function buildEntry({ entry, outfile, format, external = [] }, version) {
  return esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    format,
    bundle: true,
    external,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    minify: false,
    define: { GOALPOST_VERSION: JSON.stringify(version), ...(format === 'cjs' && { 'import.meta.url': 'importMetaUrl' }) },
    // ES modules bundled into CommonJS lose import.meta.url (tinyglobby's fdir needs it): give it back.
    ...(format === 'cjs' && { banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } }),
    // Errors and warnings go to stderr; success stays quiet.
    logLevel: 'warning',
  });
}

try {
  const version = await readVersion();
  await Promise.all(entries.map((entry) => buildEntry(entry, version)));
} catch (error) {
  // esbuild has already printed its own errors; anything else (an unreadable package.json) is printed here.
  if (!(error && Array.isArray(error.errors))) {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
