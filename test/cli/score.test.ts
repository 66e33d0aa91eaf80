// `goalpost score`, run as users run it: the built launcher in a child process, on fixture files in a temp dir.
// Every run passes --today, so no test depends on the day it runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const launcher = path.join(root, 'server/bin/goalpost.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runGoalpost(args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [launcher, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function joinLines(...lines: string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

const tempDirs: string[] = [];

function writeFixtures(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-score-'));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Three weighted goals reviewed twice. By hand, with rho 0.3 (Σw = 6, Σw² = 14, √(0.7·14 + 0.3·36) = √20.6 = 4.5387):
 *   baseline   -1, -2, -2:  Σwx = -9  →  50 - 90/4.5387 = 30.17
 *   2026-11-15 -1, -1, -1:  Σwx = -6  →  50 - 60/4.5387 = 36.78   change +6.61
 *   2026-11-29  0, -1,  0:  Σwx = -2  →  50 - 20/4.5387 = 45.59   change +15.42
 */
const PLAN = joinLines(
  'plan: Panic plan',
  'start: 2026-11-01',
  'review: every 2 weeks',
  '',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  weight: 3',
  '  start level: -1',
  'goal bus: Ride the bus to work alone on 4 of 5 days',
  '  weight: 2',
  '  start level: -2',
  'goal breathing: Practise slow breathing 6 days a week',
  '  start level: -2',
  '',
  '2026-11-15 review panic: -1',
  '2026-11-15 review bus: -1',
  '2026-11-15 review breathing: -1',
  '2026-11-29 review panic: 0',
  '2026-11-29 review breathing: 0',
);

describe('goalpost score as a table', () => {
  it('prints each goal’s level and weight, the T-score and its change, aligned', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    const run = runGoalpost(['score', '--today', '2026-12-01', 'plan.goals'], dir);
    expect(run).toEqual({
      status: 0,
      stderr: '',
      stdout: joinLines(
        'plan.goals: GAS T-scores as of 2026-12-01 (rho 0.3)',
        '',
        'date        panic  bus  breathing  T-score  change',
        'weight          3    2          1',
        'baseline       -1   -2         -2     30.2',
        '2026-11-15     -1   -1         -1     36.8    +6.6',
        '2026-11-29      0   -1          0     45.6   +15.4',
      ),
    });
  });

  it('leaves out reviews after --today, and says so', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    const run = runGoalpost(['score', '--today', '2026-11-20', 'plan.goals'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2026-11-15     -1   -1         -1     36.8    +6.6\n');
    expect(run.stdout).not.toContain('2026-11-29    ');
    expect(run.stdout).toMatch(/\n2 reviews dated after 2026-11-20 are left out\n$/);
  });

  it('marks assumed start levels, goals that do not count, changes from another baseline, and missing scores', () => {
    const dir = writeFixtures({
      'plan.goals': joinLines(
        'start: 2026-09-01',
        'goal calm: Feel calm on the bus',
        '  scale:',
        '    -2: panic on every ride',
        '    -1: panic on most rides',
        '     0: panic on one ride a week',
        '    +1: no panic for a week',
        '    +2: no panic for a month',
        'goal 睡眠: In bed by 23:00 on 5 nights a week',
        '  start level: -1',
        'goal late: Added later',
        '  start: 2026-10-10',
        '  weight: 0',
        '  start level: -1',
        '2026-10-01 review calm: 0',
        '2026-10-01 review 睡眠: 0',
        '2026-10-05 dropped 睡眠',
        '2026-10-20 review late: 0',
        '2026-10-20 dropped calm',
      ),
    });
    const run = runGoalpost(['score', '--today', '2026-11-01', 'plan.goals'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      joinLines(
        'plan.goals: GAS T-scores as of 2026-11-01 (rho 0.3)',
        '',
        'date        calm  睡眠  late  T-score  change',
        'weight         1     1     0',
        'baseline     -1*    -1    -1     37.6',
        '2026-10-01     0     0     -     50.0  +12.4†',
        '2026-10-20     -     -     0      n/a',
        '',
        '†  change from the same goals at their start levels, since the goals or weights counted differ from the baseline',
        '*  calm has no start level: -1 assumed (add "start level:" to the goal)',
        '-  late: starts on 2026-10-10',
        '-  calm: dropped on 2026-10-20',
        '-  睡眠: dropped on 2026-10-05',
        'n/a  no T-score on 2026-10-20: every goal counted has weight 0',
      ),
    );
  });

  it('says when there is nothing to score, or no review yet', () => {
    const dir = writeFixtures({
      'none.goals': joinLines('goal walk: Walk 3 times a week'),
      'new.goals': joinLines('goal walk: Walk 3 times a week', '  start level: -1'),
    });
    expect(runGoalpost(['score', '--today', '2026-11-25', 'none.goals'], dir)).toEqual({
      status: 0,
      stderr: '',
      stdout: joinLines('none.goals: GAS T-scores as of 2026-11-25 (rho 0.3)', '', 'No goal is scored with GAS yet (none has a scale, a start level or a review with a level), so there is no T-score. Goals reviewed in words need none.'),
    });
    const run = runGoalpost(['score', '--today', '2026-11-25', 'new.goals'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\nbaseline +-1 +40\.0\n\nNo reviews yet: record one with a line such as `2026-11-25 review walk: 0`\n$/);
  });

  it('scores a plan with errors from the lines it could read, and says so on stderr', () => {
    const dir = writeFixtures({ 'plan.goals': `${PLAN}2026-11-31 review panic: +1\n` });
    const run = runGoalpost(['score', '--today', '2026-12-01', 'plan.goals'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('45.6');
    expect(run.stderr).toBe('goalpost: note: plan.goals has 1 line that could not be read, left out of the score; see `goalpost check plan.goals`\n');
  });

  it('uses the local date when --today is not given', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    const run = runGoalpost(['score', 'plan.goals'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^plan\.goals: GAS T-scores as of \d{4}-\d{2}-\d{2} \(rho 0\.3\)\n/);
  });

  it('scores a repository sample', () => {
    const run = runGoalpost(['score', '--today', '2026-11-25', 'samples/anxiety-panic.goals'], root);
    expect(run.status).toBe(0);
    // Baseline by hand: levels -1, -2, -2 with weights 3, 2, 1, as in the fixture above: 30.17.
    expect(run.stdout).toMatch(/\nbaseline +-1 +-2 +-2 +30\.2\n/);
  });
});

describe('goalpost score --json', () => {
  it('prints the documented shape, with numbers rounded to two decimals', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    const run = runGoalpost(['score', '--json', '--today', '2026-12-01', 'plan.goals'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      version: 1,
      file: 'plan.goals',
      today: '2026-12-01',
      rho: 0.3,
      goals: ['panic', 'bus', 'breathing'],
      baseline: { date: '2026-11-01', tScore: 30.17, reason: null, notCounted: [] },
    });
    expect(json.baseline.goals).toEqual([
      { id: 'panic', level: -1, weight: 3, source: 'start-level', reviewedOn: null },
      { id: 'bus', level: -2, weight: 2, source: 'start-level', reviewedOn: null },
      { id: 'breathing', level: -2, weight: 1, source: 'start-level', reviewedOn: null },
    ]);
    expect(json.reviews).toEqual([
      {
        date: '2026-11-15',
        tScore: 36.78,
        reason: null,
        change: 6.61,
        baselineTScore: 30.17,
        sameGoalsAsBaseline: true,
        goals: [
          { id: 'panic', level: -1, weight: 3, source: 'review', reviewedOn: '2026-11-15' },
          { id: 'bus', level: -1, weight: 2, source: 'review', reviewedOn: '2026-11-15' },
          { id: 'breathing', level: -1, weight: 1, source: 'review', reviewedOn: '2026-11-15' },
        ],
        notCounted: [],
      },
      {
        date: '2026-11-29',
        tScore: 45.59,
        reason: null,
        change: 15.42,
        baselineTScore: 30.17,
        sameGoalsAsBaseline: true,
        goals: [
          { id: 'panic', level: 0, weight: 3, source: 'review', reviewedOn: '2026-11-29' },
          { id: 'bus', level: -1, weight: 2, source: 'review', reviewedOn: '2026-11-15' },
          { id: 'breathing', level: 0, weight: 1, source: 'review', reviewedOn: '2026-11-29' },
        ],
        notCounted: [],
      },
    ]);
  });

  it('gives null and a reason where there is no score', () => {
    const dir = writeFixtures({ 'plan.goals': joinLines('goal a: A', '  weight: 0', '  start level: -1') });
    const json = JSON.parse(runGoalpost(['score', '--json', '--today', '2026-11-25', 'plan.goals'], dir).stdout);
    expect(json.baseline).toEqual({
      date: null,
      tScore: null,
      reason: 'every goal counted has weight 0',
      goals: [{ id: 'a', level: -1, weight: 0, source: 'start-level', reviewedOn: null }],
      notCounted: [],
    });
    expect(json.reviews).toEqual([]);
  });
});

describe('goalpost score --config', () => {
  it('reads gasRho from the settings file', () => {
    // rho 0: √(Σw²) = √14 = 3.7417; the baseline is 50 - 90/3.7417 = 25.95 (25.9465, shown as 25.9).
    const dir = writeFixtures({ 'plan.goals': PLAN, 'settings.json': '{ "gasRho": 0 }\n' });
    const run = runGoalpost(['score', '--today', '2026-12-01', '--config', 'settings.json', 'plan.goals'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^plan\.goals: GAS T-scores as of 2026-12-01 \(rho 0\)\n/);
    expect(run.stdout).toMatch(/\nbaseline +-1 +-2 +-2 +25\.9\n/);
  });

  it('finds the nearest .goalpost.json, as check does', () => {
    const dir = writeFixtures({ 'plans/plan.goals': PLAN, '.goalpost.json': '{ "gasRho": 2 }\n' });
    expect(runGoalpost(['score', '--today', '2026-12-01', 'plans/plan.goals'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: .goalpost.json: gasRho: gasRho must be a number from 0 up to (not including) 1; 0.3 is the usual value.\n',
    });
  });

  it('stops with exit code 2 on a settings file it cannot use', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN, 'bad.json': '{ "gasRho": 1.5 }\n', 'broken.json': '{ "gasRho": \n' });
    expect(runGoalpost(['score', '--today', '2026-12-01', '--config', 'bad.json', 'plan.goals'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: bad.json: gasRho: gasRho must be a number from 0 up to (not including) 1; 0.3 is the usual value.\n',
    });
    const broken = runGoalpost(['score', '--today', '2026-12-01', '--config', 'broken.json', 'plan.goals'], dir);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toBe('goalpost: broken.json:2:1: not valid JSON: expected a value (the file ends too early)\n');
    expect(runGoalpost(['score', '--today', '2026-12-01', '--config', 'nope.json', 'plan.goals'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: nope.json: no such file or directory\n',
    });
  });
});

describe('goalpost score usage', () => {
  it.each([
    [['score'], "goalpost: score takes one plan file; see `goalpost score --help`\n"],
    [['score', 'a.goals', 'b.goals'], 'goalpost: score takes one plan file, not 2; see `goalpost score --help`\n'],
    [['score', '--today', '2026-02-30', 'plan.goals'], "goalpost: --today needs a real date written YYYY-MM-DD, such as 2026-11-25, not '2026-02-30'\n"],
    [['score', '--today', 'tomorrow', 'plan.goals'], "goalpost: --today needs a real date written YYYY-MM-DD, such as 2026-11-25, not 'tomorrow'\n"],
    [['score', '--csv', 'plan.goals'], "goalpost: unknown option '--csv'; see `goalpost score --help`\n"],
    [['score', '--today', '2026-12-01', 'missing.goals'], 'goalpost: missing.goals: no such file or directory\n'],
  ])('rejects %j in one line with exit code 2', (args, stderr) => {
    const dir = writeFixtures({ 'plan.goals': PLAN });
    expect(runGoalpost(args, dir)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('has help with the formula, exit codes and examples, and is listed in the program’s help', () => {
    const help = runGoalpost(['score', '--help'], root);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: goalpost score \[options\] <plan\.goals>\n/);
    expect(help.stdout).toContain('T = 50 + 10·Σ(w·x) / √((1 − ρ)·Σw² + ρ·(Σw)²)');
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('goalpost score --json plans/alex.goals > alex-gas.json');
    expect(runGoalpost(['--help', 'score'], root).stdout).toBe(help.stdout);
    expect(runGoalpost(['--help'], root).stdout).toMatch(/\n {2}score <plan> +Print a plan's GAS T-scores/);
  });
});
