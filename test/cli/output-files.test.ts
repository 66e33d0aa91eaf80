// The files the commands write, run as users run them: `report -o` and `export --fhir -o` never replace the plan and
// are never more readable than it; `fmt --write` leaves read-only plans alone; `new -o` never replaces a file.
import { chmodSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TODAY, joinLines, removeFixtures, runGoalpost, writeFixtures } from './run-goalpost';

afterEach(removeFixtures);

const PLAN = joinLines(
  'plan: Sleep plan for Alex R.',
  'client: Alex R.',
  'start: 2026-11-01',
  '',
  'goal sleep: Sleep 7 hours a night on 5 nights a week by 2027-01-31',
  '  baseline: 5 hours/night on 2026-11-01',
  '  target: 7 hours/night',
  '  due: 2027-01-31',
);

/** The two commands that write an output made from a plan, with `-o` and the plan to follow. */
const DERIVED: readonly (readonly string[])[] = [
  ['report', '--today', TODAY, '-o'],
  ['export', '--fhir', '--today', TODAY, '-o'],
];

const modeOf = (file: string) => statSync(file).mode & 0o777;
/** root may write anywhere, so as root (as in CI) permission tests run the CLI as the unprivileged user 'nobody'. */
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

describe('an output never replaces the plan it is made from', () => {
  it.each([
    ['the same path', 'plan.goals'],
    ['another spelling of it', './sub/../plan.goals'],
    ['a symbolic link to it', 'soft.goals'],
    ['a hard link to it', 'hard.goals'],
  ])('refuses -o naming the plan by %s, and leaves the plan untouched', (_name, output) => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('plan.goals', path.join(dir, 'soft.goals'));
    linkSync(path.join(dir, 'plan.goals'), path.join(dir, 'hard.goals'));
    const before = statSync(path.join(dir, 'plan.goals'));
    for (const command of DERIVED) {
      const run = runGoalpost([...command, output, 'plan.goals'], dir);
      const shown = path.normalize(output);
      expect(run, command[0]).toEqual({ status: 2, stdout: '', stderr: `goalpost: ${shown}: is the plan being read; choose another file to write to\n` });
    }
    const after = statSync(path.join(dir, 'plan.goals'));
    expect({ text: readFileSync(path.join(dir, 'plan.goals'), 'utf8'), ino: after.ino, mtime: after.mtimeMs }).toEqual({ text: PLAN, ino: before.ino, mtime: before.mtimeMs });
  });
});

describe('an output is never more readable than its plan', () => {
  it('gives a private plan a private report and export, also when they are made again', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    chmodSync(path.join(dir, 'plan.goals'), 0o600);
    for (const [command, output] of [[DERIVED[0]!, 'alex.md'], [DERIVED[1]!, 'alex.json']] as const) {
      expect(runGoalpost([...command, output, 'plan.goals'], dir).status).toBe(0);
      expect(modeOf(path.join(dir, output)), output).toBe(0o600);
      expect(runGoalpost([...command, output, 'plan.goals'], dir).status).toBe(0);
      expect(modeOf(path.join(dir, output)), `${output}, made again`).toBe(0o600);
      // An older copy that others could read becomes private with the plan's next output.
      chmodSync(path.join(dir, output), 0o644);
      expect(runGoalpost([...command, output, 'plan.goals'], dir).status).toBe(0);
      expect(modeOf(path.join(dir, output)), `${output}, made over a readable copy`).toBe(0o600);
    }
  });

  it('keeps the permissions of an existing output that are stricter than the plan’s', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN, 'alex.md': 'old\n' });
    chmodSync(path.join(dir, 'plan.goals'), 0o644);
    chmodSync(path.join(dir, 'alex.md'), 0o640);
    expect(runGoalpost([...DERIVED[0]!, 'alex.md', 'plan.goals'], dir).status).toBe(0);
    expect(modeOf(path.join(dir, 'alex.md'))).toBe(0o640);
  });
});

describe('outputs that cannot be written', () => {
  it('says when the folder of -o does not exist, and writes nothing', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    for (const command of DERIVED) {
      expect(runGoalpost([...command, 'nowhere/out.txt', 'plan.goals'], dir), command[0]).toEqual({
        status: 2,
        stdout: '',
        stderr: 'goalpost: nowhere/out.txt: its folder does not exist\n',
      });
    }
    expect(readdirSync(dir).sort()).toEqual(['.goalpost.json', 'plan.goals']);
  });

  it('says when the folder of -o cannot be written to, and leaves the old output as it was', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN, 'out/alex.md': 'old report\n' });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'out'), 0o555);
    chmodSync(path.join(dir, 'out/alex.md'), 0o666);
    for (const [command, output] of [[DERIVED[0]!, 'out/alex.md'], [DERIVED[1]!, 'out/alex.json']] as const) {
      expect(runGoalpost([...command, output, 'plan.goals'], dir, asUser), command[0]).toEqual({
        status: 2,
        stdout: '',
        stderr: `goalpost: ${output}: its folder cannot be written to (permission denied)\n`,
      });
    }
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['alex.md']);
    expect(readFileSync(path.join(dir, 'out/alex.md'), 'utf8')).toBe('old report\n');
  });

  it('leaves a read-only output as it is', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN, 'alex.json': '{}\n' });
    chmodSync(path.join(dir, 'alex.json'), 0o444);
    expect(runGoalpost([...DERIVED[1]!, 'alex.json', 'plan.goals'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: alex.json: is read-only; goalpost leaves it as it is\n',
    });
    expect(readFileSync(path.join(dir, 'alex.json'), 'utf8')).toBe('{}\n');
  });
});

describe('goalpost fmt --write and read-only plans', () => {
  it('refuses a read-only plan, says so, and leaves it exactly as it was', () => {
    const mangled = PLAN.replace('  target', '      TARGET');
    const dir = writeFixtures({ 'locked.goals': mangled, 'open.goals': mangled });
    chmodSync(path.join(dir, 'locked.goals'), 0o444);
    const before = statSync(path.join(dir, 'locked.goals'));
    expect(runGoalpost(['fmt', '--write', '.'], dir)).toEqual({
      status: 2,
      stdout: 'open.goals\n',
      stderr: joinLines('1 file formatted, 0 files already formatted, 1 file not written', 'goalpost: locked.goals: is read-only; goalpost leaves it as it is'),
    });
    const after = statSync(path.join(dir, 'locked.goals'));
    expect({ text: readFileSync(path.join(dir, 'locked.goals'), 'utf8'), ino: after.ino, mode: modeOf(path.join(dir, 'locked.goals')) }).toEqual({
      text: mangled,
      ino: before.ino,
      mode: 0o444,
    });
    expect(readFileSync(path.join(dir, 'open.goals'), 'utf8')).toBe(PLAN);
  });
});

describe('goalpost new -o', () => {
  it('writes a new plan, and never over an existing file', () => {
    const dir = writeFixtures({ 'alex.goals': PLAN });
    expect(runGoalpost(['new', '--today', TODAY, '-o', 'sam.goals'], dir)).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(dir, 'sam.goals'), 'utf8')).toBe(runGoalpost(['new', '--today', TODAY], dir).stdout);
    expect(runGoalpost(['new', '--today', TODAY, '-o', 'alex.goals'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: alex.goals: already exists; goalpost new never replaces a file, so choose another name\n',
    });
    expect(readFileSync(path.join(dir, 'alex.goals'), 'utf8')).toBe(PLAN);
    expect(runGoalpost(['new', '-o', 'plans/new.goals'], dir).stderr).toBe('goalpost: plans/new.goals: its folder does not exist\n');
    expect(readdirSync(dir).sort()).toEqual(['.goalpost.json', 'alex.goals', 'sam.goals']);
  });
});

describe('goalpost init --force', () => {
  it('leaves a read-only settings file as it is', () => {
    const dir = writeFixtures({ '.goalpost.json': '{ "maxActiveGoals": 2 }\n' });
    chmodSync(path.join(dir, '.goalpost.json'), 0o444);
    expect(runGoalpost(['init', '--force'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: .goalpost.json: is read-only; goalpost leaves it as it is\n',
    });
    expect(readFileSync(path.join(dir, '.goalpost.json'), 'utf8')).toBe('{ "maxActiveGoals": 2 }\n');
  });
});
