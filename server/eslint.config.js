// Lint rules that hold the architecture in place (see docs/ARCHITECTURE.md).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    // The core is pure: no editor, no protocol, no file system, no process. The server, the CLI
    // and the tests all run it, and a browser-hosted editor could too.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-languageserver*'], message: 'The core must not know about editors or LSP.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'process', 'url'], message: 'The core does no I/O: pass data in.' },
            { group: ['**/cli/**', '**/lsp/**'], message: 'The core must not import its callers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The core does no I/O: pass data in.' }],
      'no-console': 'error',
    },
  },
  {
    // Node I/O shared by the CLI and the language server: it may use Node, never its callers or an editor.
    files: ['server/src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*'], message: 'Shared Node code must work without an editor.' },
            { group: ['**/cli/**', '**/lsp/**'], message: 'Shared Node code must not import its callers.' },
          ],
        },
      ],
    },
  },
  {
    // The server and the CLI reach the core through its front door, server/src/core/index.ts: what
    // it exports is what the shells may use, and a feature's signature is the core's business.
    // `core/*` matches the core's folders too, and so everything inside them.
    files: ['server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/core/*', '!**/core/index'], message: 'Import the core through server/src/core/index.ts, and export from there what a shell needs.' },
          ],
        },
      ],
    },
  },
  {
    // The extension talks to the server only through the protocol; it may reuse pure core modules
    // (GAS levels, the report renderers) through their own entry, core/report/index.ts, since the
    // core's front door would bundle the parser and the rules into the extension. Never the
    // server's or the CLI's machinery.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/src/lsp/*', '!**/server/src/lsp/protocol'], message: 'The extension speaks to the server through server/src/lsp/protocol.ts only.' },
            { group: ['**/server/src/cli/**', '**/server/src/node/**', 'vscode-languageserver', 'vscode-languageserver/*'], message: 'The extension must not run the CLI or the server in its own process.' },
            {
              group: ['**/server/src/core/*', '!**/server/src/core/report', '**/server/src/core/report/*', '!**/server/src/core/report/index'],
              message: 'The extension reaches the core through server/src/core/report/index.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
