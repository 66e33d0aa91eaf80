// Suite 1 in VS Code desktop: the configuration `vscode-test` (@vscode/test-cli) reads.
// `npm run test:vscode` bundles the tests first (test/vscode/build.mjs); test/vscode/README.md
// says how to run them, and how the same suite runs inside code-server.
import { defineConfig } from '@vscode/test-cli';
import { createWorkspace, removeWorkspace } from './test/vscode/fixture.mjs';

// A fresh copy of the samples for every run, so edits the tests make never reach samples/.
const workspace = createWorkspace();
process.on('exit', () => removeWorkspace(workspace));

const executable = process.env.VSCODE_EXECUTABLE;

export default defineConfig({
  label: 'suite 1',
  files: 'test/vscode/dist/**/*.test.cjs',
  workspaceFolder: workspace,
  // A machine's own VS Code when VSCODE_EXECUTABLE names it; otherwise a downloaded one.
  ...(executable ? { useInstallation: { fromPath: executable } } : { version: process.env.VSCODE_VERSION || 'stable' }),
  // Only the extension under development runs: nothing installed on the machine can answer for it.
  // A trusted workspace, so that its goalpost.today setting (restricted in Restricted Mode) applies.
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'tdd', timeout: 20_000 },
});
