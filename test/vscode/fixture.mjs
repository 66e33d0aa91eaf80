// The workspace suite 1 opens: a fresh copy of the samples in a temporary folder, with the settings
// the tests rely on. Both .vscode-test.mjs (VS Code desktop) and in-code-server.test.ts create it,
// so the two hosts run the suite against the same files.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const samples = fileURLToPath(new URL('../../samples/', import.meta.url));

/** The date the checks run on, so findings such as an overdue review never change with the clock. */
export const TODAY = '2026-11-25';

/** Settings for the workspace: a fixed date, and no word-based completions mixed into the server's. */
export const WORKSPACE_SETTINGS = {
  'goalpost.today': TODAY,
  'editor.wordBasedSuggestions': 'off',
};

/** Creates the workspace folder and returns its path; `removeWorkspace` deletes it again. */
export function createWorkspace() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-vscode-'));
  for (const name of readdirSync(samples).filter((n) => n.endsWith('.goals'))) {
    cpSync(path.join(samples, name), path.join(dir, name));
  }
  mkdirSync(path.join(dir, '.vscode'));
  writeFileSync(path.join(dir, '.vscode', 'settings.json'), `${JSON.stringify(WORKSPACE_SETTINGS, null, 2)}\n`);
  return dir;
}

/** Deletes a workspace made by `createWorkspace`. */
export function removeWorkspace(dir) {
  rmSync(dir, { recursive: true, force: true });
}
