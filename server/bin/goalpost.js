#!/usr/bin/env node
// Starts the bundled CLI (built by server/build.mjs), or says how to build it.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);

if (!existsSync(bundle)) {
  console.error('goalpost: the CLI is not built yet; run `npm run build`');
  process.exit(2);
}
// Stack traces of internal errors, shown with GOALPOST_DEBUG=1, then point into the TypeScript sources.
if (process.env.GOALPOST_DEBUG) process.setSourceMapsEnabled(true);

const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
