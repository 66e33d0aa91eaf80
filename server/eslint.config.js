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
    // The extension talks to the server only through the protocol; it may reuse pure core modules
    // (GAS levels, the report renderers) but never the server's or the CLI's machinery.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/src/lsp/*', '!**/server/src/lsp/protocol'], message: 'The extension speaks to the server through server/src/lsp/protocol.ts only.' },
            { group: ['**/server/src/cli/**', '**/server/src/node/**', 'vscode-languageserver', 'vscode-languageserver/*'], message: 'The extension must not run the CLI or the server in its own process.' },
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
