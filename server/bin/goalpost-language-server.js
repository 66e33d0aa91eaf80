#!/usr/bin/env node
// Starts the bundled language server (built by server/build.mjs): `goalpost-language-server --stdio`.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/server.cjs', import.meta.url);

if (!existsSync(bundle)) {
  console.error('goalpost-language-server: the server is not built yet; run `npm run build`');
  process.exit(2);
}
// The transports the server knows (see server/src/lsp/transport.ts): `--socket=<port>` and `--socket <port>` alike.
if (!process.argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(arg))) {
  console.error('Usage: goalpost-language-server --stdio\n\nStarts the Goalpost language server for an LSP client, talking JSON-RPC over stdin and stdout.');
  process.exit(2);
}
createRequire(import.meta.url)(fileURLToPath(bundle));
