// The extension as VS Code sees it: it activates, owns the `goals` language and registers its commands.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, goalpost, openPlan, workspaceFile } from './support';

/** Every command the manifest promises, each of which code lenses and the command palette may run. */
const COMMANDS = [
  'goalpost.newGoal',
  'goalpost.logProgress',
  'goalpost.recordReview',
  'goalpost.addBaseline',
  'goalpost.showChart',
  'goalpost.showSummary',
  'goalpost.checkAll',
];

suite('the Goalpost extension', () => {
  suiteSetup(async () => {
    await goalpost();
  });

  test('is active once its language client runs', () => {
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  test('gives .goals files the language "goals"', async () => {
    const { document } = await openPlan(workspaceFile('anxiety-panic.goals'));
    assert.equal(document.languageId, 'goals');
    assert.ok((await vscode.languages.getLanguages()).includes('goals'));
  });

  test('registers every Goalpost command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      COMMANDS.filter((command) => !registered.has(command)),
      [],
      'commands the manifest lists but the extension did not register',
    );
  });
});
