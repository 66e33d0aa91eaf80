// `goalpost fmt`, run as users run it: the built launcher in a child process, on fixture files in a temp dir.
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { joinLines, removeFixtures, root, runGoalpost, writeFixtures } from './run-goalpost';

/** A plan in the canonical layout. */
const FORMATTED = joinLines(
  'plan: Recovery plan for Alex R.',
  'client: Alex R.',
  'start: 2026-11-01',
  '',
  '# Alex asked for a small first step.',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  category: symptom-reduction',
  '  baseline: 3 attacks/week on 2026-11-01',
  '  target: 1 attack/week',
  '  due: 2027-01-31',
  '',
  '2026-11-08 session',
);

/** The same plan with its indentation, trailing spaces and key case mangled. */
const MANGLED = joinLines(
  'PLAN: Recovery plan for Alex R.   ',
  'Client: Alex R.',
  'start: 2026-11-01',
  '',
  '# Alex asked for a small first step.',
  'Goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '      category: symptom-reduction',
  '\tbaseline: 3 attacks/week on 2026-11-01',
  ' target: 1 attack/week  ',
  '  DUE: 2027-01-31',
  '',
  '2026-11-08 session',
);

const SAMPLES = readdirSync(path.join(root, 'samples')).filter((name) => name.endsWith('.goals'));

afterEach(removeFixtures);

/** What formatting may not change: every character but white space, compared without case and without level signs. */
function words(text: string): string {
  return text.replace(/\s+/g, '').replace(/\+/g, '').toLowerCase();
}

/** A deterministic pseudo-random generator, so a failing variant can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * A sample mangled as people mangle plans: random indentation, trailing spaces, key case; CRLF if asked.
 * With `indentTop`, lines at the left margin (goal lines, comments before them) are sometimes indented too.
 */
function mangle(text: string, seed: number, crlf: boolean, indentTop = true): string {
  const next = random(seed);
  const lines = text.split('\n').map((line) => {
    if (line.trim() === '') return line;
    let out = line.trimStart();
    if (line.startsWith(' ') || (indentTop && next() < 0.2)) out = ' '.repeat(Math.floor(next() * 7)) + out;
    if (next() < 0.3) out = out.replace(/^(\s*)([a-z]+)(?=[ :])/, (_m, space: string, key: string) => space + key.toUpperCase());
    if (next() < 0.4) out += ' '.repeat(1 + Math.floor(next() * 3));
    return out;
  });
  return lines.join(crlf ? '\r\n' : '\n');
}

describe('goalpost fmt prints', () => {
  it('prints the formatted text of one file and writes nothing', () => {
    const dir = writeFixtures({ 'plan.goals': MANGLED });
    expect(runGoalpost(['fmt', 'plan.goals'], dir)).toEqual({ status: 0, stdout: FORMATTED, stderr: '' });
    expect(readFileSync(path.join(dir, 'plan.goals'), 'utf8')).toBe(MANGLED);
  });

  it('prints the formatted text of standard input', () => {
    expect(runGoalpost(['fmt', '-'], root, { input: MANGLED })).toEqual({ status: 0, stdout: FORMATTED, stderr: '' });
  });

  it('keeps CRLF line endings and a byte-order mark', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const run = runGoalpost(['fmt', '-'], root, { input: `\uFEFF${crlf(MANGLED)}` });
    expect(run.stdout).toBe(`\uFEFF${crlf(FORMATTED)}`);
  });

  it('requires --check or --write for several files, and a path to print', () => {
    const dir = writeFixtures({ 'a.goals': MANGLED, 'b.goals': FORMATTED });
    expect(runGoalpost(['fmt', '.'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: 2 files to format; name one file to print it, or use --check or --write\n',
    });
    expect(runGoalpost(['fmt'], dir).status).toBe(2);
  });
});

describe('goalpost fmt --check', () => {
  it('lists the files that would change and exits 1, writing nothing', () => {
    const dir = writeFixtures({ 'a.goals': MANGLED, 'plans/b.goals': FORMATTED, 'plans/c.goals': MANGLED });
    const run = runGoalpost(['fmt', '--check'], dir);
    expect(run).toEqual({
      status: 1,
      stdout: joinLines('a.goals', 'plans/c.goals'),
      stderr: '2 of 3 files not formatted; run `goalpost fmt --write` to format them\n',
    });
    expect(readFileSync(path.join(dir, 'a.goals'), 'utf8')).toBe(MANGLED);
  });

  it('exits 0 when every file is formatted', () => {
    const dir = writeFixtures({ 'a.goals': FORMATTED });
    expect(runGoalpost(['fmt', '--check', 'a.goals'], dir)).toEqual({ status: 0, stdout: '', stderr: '1 file checked, all formatted\n' });
  });

  it('passes every repository sample, which are kept formatted', () => {
    const run = runGoalpost(['fmt', '--check', 'samples'], root);
    expect(run).toEqual({ status: 0, stdout: '', stderr: `${SAMPLES.length} files checked, all formatted\n` });
  });

  it('checks standard input as <stdin>', () => {
    expect(runGoalpost(['fmt', '--check', '-'], root, { input: MANGLED })).toMatchObject({ status: 1, stdout: '<stdin>\n' });
  });
});

describe('goalpost fmt --write', () => {
  it('rewrites the files that change, lists them, and leaves formatted files untouched', () => {
    const dir = writeFixtures({ 'a.goals': MANGLED, 'b.goals': FORMATTED });
    const b = path.join(dir, 'b.goals');
    // An old mtime, so that a rewrite within the same second would still show.
    utimesSync(b, new Date('2020-01-01'), new Date('2020-01-01'));
    const before = statSync(b);
    const run = runGoalpost(['fmt', '--write'], dir);
    expect(run).toEqual({ status: 0, stdout: 'a.goals\n', stderr: '1 file formatted, 1 file already formatted\n' });
    expect(readFileSync(path.join(dir, 'a.goals'), 'utf8')).toBe(FORMATTED);
    const after = statSync(b);
    expect({ mtime: after.mtimeMs, inode: after.ino }).toEqual({ mtime: before.mtimeMs, inode: before.ino });
    // No temporary file is left behind.
    expect(readdirSync(dir).sort()).toEqual(['.goalpost.json', 'a.goals', 'b.goals']);
  });

  it('keeps the permissions of a rewritten file', () => {
    const dir = writeFixtures({ 'private.goals': MANGLED, 'shared.goals': MANGLED });
    chmodSync(path.join(dir, 'private.goals'), 0o600);
    chmodSync(path.join(dir, 'shared.goals'), 0o664);
    expect(runGoalpost(['fmt', '--write', '.'], dir).status).toBe(0);
    expect(statSync(path.join(dir, 'private.goals')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, 'shared.goals')).mode & 0o777).toBe(0o664);
  });

  it('keeps CRLF line endings', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const dir = writeFixtures({ 'plan.goals': crlf(MANGLED) });
    expect(runGoalpost(['fmt', '--write', 'plan.goals'], dir).status).toBe(0);
    expect(readFileSync(path.join(dir, 'plan.goals'), 'utf8')).toBe(crlf(FORMATTED));
  });

  it('rewrites the target of a symbolic link and keeps the link', () => {
    const dir = writeFixtures({ 'real.goals': MANGLED });
    symlinkSync('real.goals', path.join(dir, 'link.goals'));
    expect(runGoalpost(['fmt', '--write', 'link.goals'], dir)).toMatchObject({ status: 0, stdout: 'link.goals\n' });
    expect(readFileSync(path.join(dir, 'real.goals'), 'utf8')).toBe(FORMATTED);
  });

  it('refuses a file that is not UTF-8 and leaves it as it is', () => {
    const dir = writeFixtures({});
    const bytes = Buffer.from([...Buffer.from('goal x: caf'), 0xe9, 0x0a]);
    writeFileSync(path.join(dir, 'latin1.goals'), bytes);
    expect(runGoalpost(['fmt', '--write', 'latin1.goals'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: latin1.goals: is not UTF-8 text (line 1); save it as UTF-8\n',
    });
    expect(readFileSync(path.join(dir, 'latin1.goals')).equals(bytes)).toBe(true);
  });

  it('refuses to write standard input', () => {
    expect(runGoalpost(['fmt', '--write', '-'], root, { input: MANGLED }).status).toBe(2);
  });
});

describe('goalpost fmt keeps every word', () => {
  for (const sample of SAMPLES) {
    it(`keeps the words of mangled variants of ${sample}, and formats them idempotently`, () => {
      const text = readFileSync(path.join(root, 'samples', sample), 'utf8');
      // Variants 1-4 indent anything, goal lines and comments at the margin included; 5-8 keep the left margin.
      const variants = Object.fromEntries(
        [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => [`v${seed}.goals`, mangle(text, seed * 7919, seed % 2 === 0, seed <= 4)]),
      );
      const dir = writeFixtures(variants);
      expect(runGoalpost(['fmt', '--write', '.'], dir).status).toBe(0);
      for (const [name, mangled] of Object.entries(variants)) {
        const formatted = readFileSync(path.join(dir, name), 'utf8');
        expect(words(formatted), name).toBe(words(mangled));
        expect(formatted.includes('\r\n'), name).toBe(mangled.includes('\r\n'));
      }
      // A second run finds nothing left to do.
      expect(runGoalpost(['fmt', '--check', '.'], dir)).toMatchObject({ status: 0, stdout: '' });
    });
  }
});

describe('goalpost fmt errors and help', () => {
  it('reports a missing file in one line and exits 2', () => {
    const dir = writeFixtures({ 'a.goals': FORMATTED });
    expect(runGoalpost(['fmt', '--check', 'nope.goals'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: nope.goals: no such file or directory\n',
    });
  });

  it('rejects --check with --write, and an unknown option', () => {
    expect(runGoalpost(['fmt', '--check', '--write'], root).status).toBe(2);
    expect(runGoalpost(['fmt', '--fix'], root)).toEqual({
      status: 2,
      stdout: '',
      stderr: "goalpost: unknown option '--fix'; see `goalpost fmt --help`\n",
    });
  });

  it('shows examples and exit codes in its help, and is listed in the program help', () => {
    const run = runGoalpost(['fmt', '--help'], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: goalpost fmt /);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('Exit codes:');
    expect(runGoalpost(['--help'], root).stdout).toContain('  fmt [paths...]');
  });
});
