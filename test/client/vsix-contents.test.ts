// What the .vsix ships, as `vsce ls` lists it: the bundles, the grammar and the extension's own
// files, and nothing from development (sources, tests, samples, docs, source maps, dependencies).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function packagedFiles(): string[] {
  const vsce = path.join(root, 'node_modules/@vscode/vsce/vsce');
  const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies', '--readme-path', 'client/README.md'], { cwd: root, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.split('\n').map((line) => line.trim()).filter(Boolean).sort();
}

describe('the packaged extension', () => {
  it('holds the bundles and the extension’s files, and nothing from development', () => {
    const files = packagedFiles();
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'client/README.md',
        'client/CHANGELOG.md',
        'client/dist/extension.cjs',
        'server/dist/server.cjs',
        'syntaxes/goals.tmLanguage.json',
        'language-configuration.json',
        'client/media/icon.png',
        'client/media/chart.css',
        'client/media/chart.js',
        'client/snippets/goals.code-snippets',
        // The rules' pages, which a finding's code links to: they open in the editor, offline.
        'docs/rules/vague-goal.md',
        'docs/rules/budget.md',
      ]),
    );
    const development = files.filter(
      (file) => /^(client\/src|server\/src|test|samples|bench|node_modules)\/|^docs\/(?!rules\/[a-z-.]+\.md$)|\.map$|\.ts$|^\.|tsconfig/.test(file),
    );
    expect(development).toEqual([]);
  }, 60_000);
});
