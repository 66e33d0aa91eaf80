// The Node-side settings module the CLI and the language server share: JSON errors with positions, and discovery.
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME, ConfigFiles, readConfigFile } from '../../server/src/node/config-file';
import { readJson } from '../../server/src/node/read-json';

describe('readJson', () => {
  it('returns the value of strict JSON, ignoring a byte-order mark', () => {
    expect(readJson('\uFEFF{ "gasRho": 0.2 }')).toEqual({ value: { gasRho: 0.2 } });
  });

  it.each([
    ['{\n  "a": 1,\n}', { line: 3, column: 1, message: 'expected a property name in double quotes' }],
    ['{ "a": 1 } {}', { line: 1, column: 12, message: 'unexpected text after the end of the settings' }],
    // jsonc-parser points at the string that holds the control character.
    ['{ "a": "x\ty" }', { line: 1, column: 8, message: 'a control character in a string (write \\n or \\t instead)' }],
    ['{ "a": 1 /* no */ }', { line: 1, column: 10, message: 'comments are not allowed in JSON' }],
    ['{\r"a" 1 }', { line: 2, column: 5, message: "expected ':'" }],
    ['[1, 2', { line: 1, column: 6, message: "expected ']' (the file ends too early)" }],
  ])('locates the first error in %j', (text, error) => {
    expect(readJson(text)).toEqual({ error });
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-config-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('ConfigFiles', () => {
  it('finds the nearest settings file, walking up from a directory', async () => {
    const dir = tree({ [CONFIG_FILE_NAME]: '{}', [`a/b/${CONFIG_FILE_NAME}`]: '{}', 'a/b/c/d/.keep': '' });
    const files = new ConfigFiles();
    expect(await files.find(path.join(dir, 'a/b/c/d'))).toBe(path.join(dir, 'a/b', CONFIG_FILE_NAME));
    expect(await files.find(path.join(dir, 'a'))).toBe(path.join(dir, CONFIG_FILE_NAME));
  });

  it('skips a directory that only has a folder of that name', async () => {
    const dir = tree({ [CONFIG_FILE_NAME]: '{}', [`a/${CONFIG_FILE_NAME}/.keep`]: '' });
    expect(await new ConfigFiles().find(path.join(dir, 'a'))).toBe(path.join(dir, CONFIG_FILE_NAME));
  });

  it('remembers answers until cleared, so a run reads the disk once per directory', async () => {
    const dir = tree({ [`a/${CONFIG_FILE_NAME}`]: '{ "gasRho": 0.2 }' });
    const files = new ConfigFiles();
    const first = await files.forDirectory(path.join(dir, 'a'));
    unlinkSync(path.join(dir, 'a', CONFIG_FILE_NAME));
    expect(await files.forDirectory(path.join(dir, 'a'))).toBe(first);
    files.clear();
    const after = await files.find(path.join(dir, 'a'));
    expect(after === undefined || !after.startsWith(dir)).toBe(true);
  });

  it('reads and validates a file, keeping defaults for settings with a problem', async () => {
    const dir = tree({ [CONFIG_FILE_NAME]: '{ "gasRho": 0.2, "maxActiveGoals": 0 }' });
    const file = path.join(dir, CONFIG_FILE_NAME);
    const read = await readConfigFile(file);
    expect(read.config.gasRho).toBe(0.2);
    expect(read.config.maxActiveGoals).toBe(3);
    expect(read.problems).toEqual([{ file, key: 'maxActiveGoals', message: expect.stringContaining('at least 1') }]);
  });
});
