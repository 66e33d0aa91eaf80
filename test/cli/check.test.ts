// `goalpost check`, run as users run it: the built launcher in a child process, on fixture files in a temp dir.
// Every fixture folder gets a `.goalpost.json` with all rules off, so these tests see only format problems.
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FINDING, joinLines, launcher, removeFixtures, root, runGoalpost, version, writeFixtures, type Run } from './run-goalpost';

/** A plan with nothing wrong in it. */
const CLEAN_PLAN = joinLines(
  'plan: Recovery plan for Alex R.',
  'client: Alex R.',
  'start: 2026-11-01',
  '',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  category: symptom-reduction',
  '  baseline: 3 attacks/week on 2026-11-01',
  '  target: 1 attack/week',
  '  due: 2027-01-31',
  '',
  '2026-11-08 session',
);

/** A plan whose fifth line is a goal without the colon after its id; the parser points at the word after the id (character 11). */
const MISSING_COLON = joinLines('plan: Recovery plan', '', '# The colon after the id is missing.', '', 'goal panic Reduce attacks');

/** A plan whose third line has a date that does not exist; the date starts at character 7. */
const IMPOSSIBLE_DATE = joinLines('goal panic: Reduce panic attacks', '  category: symptom-reduction', '  due: 2027-02-30');

afterEach(removeFixtures);

/** Asserts that an error was reported without leaking a stack trace. */
function expectNoStackTrace(run: Run): void {
  expect(run.stderr).not.toContain('    at ');
  expect(run.stdout).not.toContain('    at ');
}

describe('goalpost check on files', () => {
  it('passes a clean file with no findings', () => {
    const dir = writeFixtures({ 'plan.goals': CLEAN_PLAN });
    const run = runGoalpost(['check', 'plan.goals'], dir);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '1 file checked, no problems\n' });
  });

  it('passes a clean file that starts with a byte-order mark', () => {
    const dir = writeFixtures({ 'plan.goals': `\uFEFF${CLEAN_PLAN}` });
    expect(runGoalpost(['check', 'plan.goals'], dir)).toEqual({
      status: 0,
      stdout: '',
      stderr: '1 file checked, no problems\n',
    });
  });

  it('reports a goal without a colon as an error at its line, and exits 1', () => {
    const dir = writeFixtures({ 'plan.goals': MISSING_COLON });
    const run = runGoalpost(['check', 'plan.goals'], dir);
    expect(run.status).toBe(1);
    const [line, ...rest] = run.stdout.split('\n').filter(Boolean);
    expect(rest).toEqual([]);
    const [, file, lineNumber, column, severity, message, code] = FINDING.exec(line ?? '') ?? [];
    expect({ file, lineNumber, column, severity, code }).toEqual({
      file: 'plan.goals',
      lineNumber: '5',
      column: '12',
      severity: 'error',
      code: 'syntax-error',
    });
    expect(message).toMatch(/colon/);
    expect(run.stderr).toBe('1 error in 1 file (1 file checked)\n');
  });

  it('reports an impossible date at its 1-based line and column', () => {
    const dir = writeFixtures({ 'plan.goals': IMPOSSIBLE_DATE });
    const run = runGoalpost(['check', 'plan.goals'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^plan\.goals:3:8 {2}error {2}.*2027-02-30.* {2}\[invalid-date\]\n$/);
    expect(run.stderr).toBe('1 error in 1 file (1 file checked)\n');
  });

  it('counts columns in UTF-16 code units, as editors do', () => {
    // Each 𝒜 (U+1D49C) is a letter outside the Basic Multilingual Plane: two UTF-16 code units.
    const dir = writeFixtures({ 'plan.goals': joinLines('goal 𝒜𝒜 Sleep better') });
    const run = runGoalpost(['check', 'plan.goals'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^plan\.goals:1:11 {2}error {2}.*'Sleep'.* {2}\[syntax-error\]\n$/);
  });

  it('prints paths relative to the current directory', () => {
    const dir = writeFixtures({ 'plans/plan.goals': IMPOSSIBLE_DATE });
    const file = path.join(dir, 'plans/plan.goals');
    const run = runGoalpost(['check', file], root);
    expect(run.status).toBe(1);
    expect(run.stdout.startsWith(`${path.relative(root, file)}:3:8  error  `)).toBe(true);
  });

  it('checks the repository samples from the repository root with well-formed output', () => {
    // The samples may hold deliberate mistakes, so this asserts the shape of the output, not that it is empty.
    const run = runGoalpost(['check', 'samples'], root);
    expect([0, 1]).toContain(run.status);
    for (const line of run.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^samples\/.+\.goals:\d+:\d+ {2}/);
    expect(run.stderr).toMatch(/^(\d+ files? checked, no problems|.+ in \d+ files? \(\d+ files? checked\)(; \d+ more findings? waits? until the goal's wording is settled \(--budget all shows them\))?)\n$/);
  });

  it('checks a file named explicitly whatever its extension', () => {
    const dir = writeFixtures({ 'plan.txt': IMPOSSIBLE_DATE });
    const run = runGoalpost(['check', 'plan.txt'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^plan\.txt:3:8 {2}error /);
  });

  it('handles paths with spaces and non-ASCII names', () => {
    const dir = writeFixtures({
      'my plans/été/睡眠 plan.goals': IMPOSSIBLE_DATE,
      'my plans/Ærlig.goals': CLEAN_PLAN,
    });
    const named = runGoalpost(['check', 'my plans/été/睡眠 plan.goals'], dir);
    expect(named.status).toBe(1);
    expect(named.stdout).toMatch(/^my plans\/été\/睡眠 plan\.goals:3:8 {2}error {2}.*\[invalid-date\]\n$/);

    const walked = runGoalpost(['check', 'my plans'], dir);
    expect(walked.status).toBe(1);
    expect(walked.stdout).toMatch(/^my plans\/été\/睡眠 plan\.goals:3:8 {2}error /);
    expect(walked.stderr).toBe('1 error in 1 file (2 files checked)\n');
  });
});

describe('goalpost check on directories and globs', () => {
  const tree = {
    'a.goals': IMPOSSIBLE_DATE,
    'plans/clean.goals': CLEAN_PLAN,
    'plans/deep/er/b.goals': MISSING_COLON,
    // Neither of these is a plan: a directory search must not read them.
    'plans/notes.md': 'goal panic Reduce attacks\n',
    'plans/b.goals.bak': 'goal panic Reduce attacks\n',
    // Installed packages and hidden directories are skipped.
    'node_modules/pkg/x.goals': MISSING_COLON,
    '.history/old.goals': MISSING_COLON,
  };

  it('finds nested .goals files under the current directory by default, sorted by file', () => {
    const dir = writeFixtures(tree);
    const run = runGoalpost(['check'], dir);
    expect(run.status).toBe(1);
    const files = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => FINDING.exec(line)?.[1]);
    expect(files).toEqual(['a.goals', 'plans/deep/er/b.goals']);
    expect(run.stderr).toBe('2 errors in 2 files (3 files checked)\n');
  });

  it('searches a directory named as an argument', () => {
    const dir = writeFixtures(tree);
    const run = runGoalpost(['check', 'plans'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^plans\/deep\/er\/b\.goals:5:12 {2}error {2}.*\[syntax-error\]\n$/);
    expect(run.stderr).toBe('1 error in 1 file (2 files checked)\n');
  });

  it('checks the .goals files a glob matches', () => {
    const dir = writeFixtures(tree);
    const run = runGoalpost(['check', 'plans/**/*.goals'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^plans\/deep\/er\/b\.goals:5:12 {2}error /);
    expect(run.stderr).toBe('1 error in 1 file (2 files checked)\n');
  });

  it('checks a file once when it is reached twice', () => {
    const dir = writeFixtures(tree);
    const run = runGoalpost(['check', 'a.goals', '.', '*.goals'], dir);
    expect(run.stderr).toBe('2 errors in 2 files (3 files checked)\n');
  });
});

describe('goalpost check usage and I/O errors', () => {
  it('reports a missing file in one line and exits 2', () => {
    const dir = writeFixtures({ 'plan.goals': CLEAN_PLAN });
    const run = runGoalpost(['check', 'nope.goals'], dir);
    expect(run).toEqual({ status: 2, stdout: '', stderr: 'goalpost: nope.goals: no such file or directory\n' });
    expectNoStackTrace(run);
  });

  it('reports every unusable path and checks nothing', () => {
    const dir = writeFixtures({ 'plan.goals': MISSING_COLON, 'empty/notes.md': 'hello\n' });
    const run = runGoalpost(['check', 'missing/one.goals', 'plan.goals', 'empty', 'nothing/**/*.goals'], dir);
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: joinLines(
        'goalpost: missing/one.goals: no such file or directory',
        'goalpost: empty: no .goals files in this directory',
        'goalpost: nothing/**/*.goals: no .goals files match this pattern',
      ),
    });
  });

  it('reports an unreadable file and exits 2', () => {
    const dir = writeFixtures({ 'locked.goals': CLEAN_PLAN });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'locked.goals'), 0o000);
    // root reads any file, so as root (as in CI) the CLI runs as the unprivileged user 'nobody'.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = runGoalpost(['check', 'locked.goals'], dir, asUser);
    expect(run).toEqual({ status: 2, stdout: '', stderr: 'goalpost: locked.goals: permission denied\n' });
  });

  it('rejects an unknown option in one line and exits 2', () => {
    const run = runGoalpost(['check', '--fix'], root);
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: "goalpost: unknown option '--fix'; see `goalpost check --help`\n",
    });
  });

  it('rejects an unknown command and a missing command', () => {
    const unknown = runGoalpost(['lint'], root);
    expect(unknown).toEqual({ status: 2, stdout: '', stderr: "goalpost: unknown command 'lint'; see `goalpost --help`\n" });
    const none = runGoalpost([], root);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^Usage: goalpost <command>/);
  });

  it('takes arguments after -- as paths, even when they start with a dash', () => {
    const dir = writeFixtures({ '-plan.goals': IMPOSSIBLE_DATE });
    const run = runGoalpost(['check', '--', '-plan.goals'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^-plan\.goals:3:8 {2}error /);
  });

  it('says how to build when the bundle is missing', () => {
    // A copy of the launcher with no dist/ beside it is an unbuilt checkout.
    const dir = writeFixtures({});
    mkdirSync(path.join(dir, 'bin'));
    copyFileSync(launcher, path.join(dir, 'bin/goalpost.js'));
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    const result = spawnSync(process.execPath, [path.join(dir, 'bin/goalpost.js'), 'check'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('goalpost: the CLI is not built yet; run `npm run build`\n');
  });
});

describe('goalpost help and version', () => {
  it.each([[['--help']], [['-h']], [['--help', 'check']], [['check', '--help']]])('prints help for %j', (args) => {
    const run = runGoalpost(args, root);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: goalpost /);
  });

  it('shows examples and exit codes in the help of check', () => {
    const run = runGoalpost(['check', '--help'], root);
    expect(run.stdout).toContain('Usage: goalpost check [options] [paths...]');
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('Exit codes:');
    expect(run.stdout).toContain("goalpost check plans 'archive/**/*.goals'");
  });

  it.each([[['--version']], [['-v']], [['check', '--version']]])('prints the version for %j', (args) => {
    expect(runGoalpost(args, root)).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});
