// Files that are not plans, given to every command that reads plans: each gets one line saying what is wrong with
// it, exit code 2 and nothing on stdout, the same from every command, because they all read through one reader.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TODAY, joinLines, launcher, removeFixtures, runGoalpost, writeFixtures } from './run-goalpost';

afterEach(removeFixtures);

const PLAN = joinLines('plan: Sleep plan', 'start: 2026-11-01', 'goal sleep: Sleep 7 hours a night by 2027-01-31');

/** Every command that reads plans, with the options it needs; the plan's path comes last. */
const READERS: readonly (readonly string[])[] = [
  ['check', '--today', TODAY],
  ['fmt', '--check'],
  ['score', '--today', TODAY],
  ['agenda', '--today', TODAY],
  ['report', '--today', TODAY],
  ['export', '--fhir', '--today', TODAY],
];

/** Runs every reader on `file` in `dir`, expecting `goalpost: <file>: <reason>` from each. */
function expectRefusedByAll(dir: string, file: string, reason: string, options: Parameters<typeof runGoalpost>[2] = {}): void {
  for (const command of READERS) {
    const run = runGoalpost([...command, file], dir, options);
    expect(run, command.join(' ')).toEqual({ status: 2, stdout: '', stderr: `goalpost: ${file}: ${reason}\n` });
  }
}

describe('files that are not plans', () => {
  it.each([
    ['an empty file', '', 'is empty; there is no plan in it'],
    ['a byte-order mark and nothing else', '\uFEFF', 'is empty (only a byte-order mark); there is no plan in it'],
    ['binary data', Buffer.from('plan: x\ngoal a: b\0\0\x01\x02\n', 'latin1'), 'holds binary data, not text (a NUL byte on line 2)'],
    ['Latin-1 text', Buffer.from('plan: x\n\ngoal walk: caf\xe9 twice a week\n', 'latin1'), 'is not UTF-8 text (line 3); save it as UTF-8'],
    ['a cut multi-byte character', Buffer.concat([Buffer.from('plan: caf'), Buffer.from([0xc3])]), 'is not UTF-8 text (line 1); save it as UTF-8'],
    ['UTF-16 text, as Notepad saves "Unicode"', Buffer.from('\uFEFFplan: x\n', 'utf16le'), 'is UTF-16 text; save it as UTF-8'],
  ])('refuses %s the same way in every command', (_name, content, reason) => {
    const dir = writeFixtures({});
    writeFileSync(path.join(dir, 'plan.goals'), content);
    expectRefusedByAll(dir, 'plan.goals', reason);
  });

  it('refuses a 100 MB file at once, without reading it', () => {
    const dir = writeFixtures({ 'huge.goals': '' });
    // A sparse file: its size is 100 MB, but it takes no disk space, and only its size is ever looked at.
    truncateSync(path.join(dir, 'huge.goals'), 100_000_000);
    expectRefusedByAll(dir, 'huge.goals', 'is too large to be a plan (95.4 MiB; goalpost reads plans of up to 16 MiB)');
  });

  it('reads a plan of nearly the largest size', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN + '# ' + 'x'.repeat(8 * 1024 * 1024 - PLAN.length - 3) + '\n' });
    expect(runGoalpost(['check', '--today', TODAY, 'plan.goals'], dir)).toMatchObject({ status: 0, stdout: '' });
  });

  it('refuses a missing file and a symbolic link loop', () => {
    const dir = writeFixtures({});
    symlinkSync('loop-b.goals', path.join(dir, 'loop-a.goals'));
    symlinkSync('loop-a.goals', path.join(dir, 'loop-b.goals'));
    expectRefusedByAll(dir, 'missing.goals', 'no such file or directory');
    expectRefusedByAll(dir, 'loop-a.goals', 'too many levels of symbolic links');
  });

  it('refuses a file its user may not read', () => {
    const dir = writeFixtures({ 'locked.goals': PLAN });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'locked.goals'), 0o000);
    // root reads any file, so as root (as in CI) the CLI runs as the unprivileged user 'nobody'.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    expectRefusedByAll(dir, 'locked.goals', 'permission denied', asUser);
  });

  it('refuses a directory where one plan is expected, and searches one where many may be', () => {
    const dir = writeFixtures({});
    mkdirSync(path.join(dir, 'folder.goals'));
    for (const command of [['score'], ['report'], ['export', '--fhir']]) {
      expect(runGoalpost([...command, 'folder.goals'], dir)).toEqual({ status: 2, stdout: '', stderr: 'goalpost: folder.goals: is a directory\n' });
    }
    for (const command of [['check'], ['fmt', '--check'], ['agenda']]) {
      expect(runGoalpost([...command, 'folder.goals'], dir)).toEqual({ status: 2, stdout: '', stderr: 'goalpost: folder.goals: no .goals files in this directory\n' });
    }
  });

  it('names every file that is not a plan and checks none of them', () => {
    const dir = writeFixtures({ 'good.goals': PLAN, 'empty.goals': '' });
    writeFileSync(path.join(dir, 'latin1.goals'), Buffer.from('goal x: caf\xe9\n', 'latin1'));
    expect(runGoalpost(['check', '--today', TODAY, '.'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: joinLines('goalpost: empty.goals: is empty; there is no plan in it', 'goalpost: latin1.goals: is not UTF-8 text (line 1); save it as UTF-8'),
    });
  });
});

describe('standard input that is not a plan', () => {
  it.each([
    ['empty', ''],
    ['a byte-order mark and nothing else', '\uFEFF'],
  ])('refuses %s standard input instead of passing it as "no problems"', (_name, input) => {
    const reason = input === '' ? 'is empty; there is no plan in it' : 'is empty (only a byte-order mark); there is no plan in it';
    for (const command of [['check', '-'], ['fmt', '-'], ['fmt', '--check', '-']]) {
      expect(runGoalpost(command, writeFixtures({}), { input }), command.join(' ')).toEqual({ status: 2, stdout: '', stderr: `goalpost: standard input: ${reason}\n` });
    }
  });

  it('refuses closed standard input the same way', () => {
    const dir = writeFixtures({});
    // `<&-` closes the descriptor; Node then reads /dev/null in its place, which is empty.
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${launcher}" check - <&-`], { cwd: dir, encoding: 'utf8' });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: standard input: is empty; there is no plan in it\n',
    });
  });

  it('stops reading standard input that is too long to be a plan', () => {
    const run = runGoalpost(['check', '-'], writeFixtures({}), { input: `${PLAN}# ${'x'.repeat(17 * 1024 * 1024)}\n` });
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: standard input: is too large to be a plan (more than 16.0 MiB; goalpost reads plans of up to 16 MiB)\n',
    });
  });

  it('refuses binary and Latin-1 standard input', () => {
    const dir = writeFixtures({});
    const binary = runGoalpost(['check', '-'], dir, { input: 'plan: x\0\n' });
    expect(binary).toEqual({ status: 2, stdout: '', stderr: 'goalpost: standard input: holds binary data, not text (a NUL byte on line 1)\n' });
    const latin1 = spawnSync(process.execPath, [launcher, 'check', '-'], { cwd: dir, input: Buffer.from('goal x: caf\xe9\n', 'latin1'), encoding: 'utf8' });
    expect({ status: latin1.status, stdout: latin1.stdout, stderr: latin1.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: standard input: is not UTF-8 text (line 1); save it as UTF-8\n',
    });
  });
});
