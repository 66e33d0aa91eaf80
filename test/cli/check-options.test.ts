// `goalpost check` options that shape a run: --max-warnings, --quiet, --today, standard input and colour.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { afterEach } from 'vitest';
import { RULE_INFO } from '../../server/src/core/index';
import { findingsOf, joinLines, launcher, removeFixtures, root, runGoalpost, settings, TODAY, writeFixtures, type Run } from './run-goalpost';

afterEach(removeFixtures);

/** Two goals with categories that do not exist (two warnings) sharing one id (an info, set below). */
const TWO_WARNINGS = joinLines(
  'goal friends: Meet a friend once a week',
  '  category: social',
  'goal friends: Call my sister every Sunday',
  '  category: family',
);
const WARNINGS_SETTINGS = settings({ 'unknown-category': 'warning', 'duplicate-goal-id': 'info' });

/** A goal line without its colon: one format error, which no setting can change. */
const FORMAT_ERROR = joinLines('goal panic Reduce attacks');

const check = (args: readonly string[], cwd: string, options = {}) => runGoalpost(['check', '--today', TODAY, ...args], cwd, options);

describe('--max-warnings', () => {
  const files = { '.goalpost.json': WARNINGS_SETTINGS, 'plan.goals': TWO_WARNINGS };

  it('passes warnings without the option, as before', () => {
    const run = check(['plan.goals'], writeFixtures(files));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('2 warnings, 1 info in 1 file (1 file checked)\n');
  });

  it('passes as many warnings as it allows', () => {
    expect(check(['--max-warnings', '2', 'plan.goals'], writeFixtures(files)).status).toBe(0);
  });

  it('fails with exit code 1 on more warnings than it allows, even without errors, and says why', () => {
    const run = check(['--max-warnings', '1', 'plan.goals'], writeFixtures(files));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      '2 warnings, 1 info in 1 file (1 file checked)\nToo many warnings: 2, more than the 1 that --max-warnings allows\n',
    );
  });

  it('does not count info and hints', () => {
    const dir = writeFixtures({ '.goalpost.json': settings({ 'unknown-category': 'info', 'duplicate-goal-id': 'hint' }), 'plan.goals': TWO_WARNINGS });
    expect(check(['--max-warnings=0', 'plan.goals'], dir).status).toBe(0);
  });

  it.each([['-1'], ['x'], ['1.5']])('rejects %s as a count', (value) => {
    const run = check([`--max-warnings=${value}`, 'plan.goals'], writeFixtures(files));
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: `goalpost: --max-warnings '${value}': give a whole number of 0 or more, such as --max-warnings 0\n`,
    });
  });
});

describe('--quiet', () => {
  it('reports errors only, and counts only them in the summary', () => {
    const dir = writeFixtures({ '.goalpost.json': WARNINGS_SETTINGS, 'a.goals': TWO_WARNINGS, 'b.goals': FORMAT_ERROR });
    const run = check(['--quiet'], dir);
    expect(findingsOf(run.stdout)).toEqual(['b.goals:1:12 error syntax-error']);
    expect(run.stderr).toBe('1 error in 1 file (2 files checked)\n');
    expect(run.status).toBe(1);
  });

  it('passes when there are only warnings', () => {
    const dir = writeFixtures({ '.goalpost.json': WARNINGS_SETTINGS, 'plan.goals': TWO_WARNINGS });
    expect(check(['--quiet', 'plan.goals'], dir)).toEqual({ status: 0, stdout: '', stderr: '1 file checked, no problems\n' });
  });

  it('still counts the hidden warnings for --max-warnings, as ESLint does', () => {
    const dir = writeFixtures({ '.goalpost.json': WARNINGS_SETTINGS, 'plan.goals': TWO_WARNINGS });
    const run = check(['--quiet', '--max-warnings', '0', 'plan.goals'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Too many warnings: 2');
  });
});

/** The date in a time zone, `YYYY-MM-DD`, as the CLI should compute it there. */
function dateIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The `today` a JSON run reports. */
const todayOf = (run: Run) => (JSON.parse(run.stdout) as { today: string }).today;

describe('--today', () => {
  it('is the date the run checks against, and the JSON output says so', () => {
    const dir = writeFixtures({ 'plan.goals': TWO_WARNINGS });
    expect(todayOf(runGoalpost(['check', '--format', 'json', '--today', '2027-03-01', 'plan.goals'], dir))).toBe('2027-03-01');
  });

  it.each([['Pacific/Kiritimati'], ['Etc/GMT+12']])('defaults to the local date, here in %s', (timeZone) => {
    // The two zones are 26 hours apart, so at any moment they are on different dates: UTC would match at most one.
    const dir = writeFixtures({ 'plan.goals': TWO_WARNINGS });
    const before = dateIn(timeZone);
    const run = runGoalpost(['check', '--format', 'json', 'plan.goals'], dir, { env: { TZ: timeZone } });
    expect([before, dateIn(timeZone)]).toContain(todayOf(run));
  });

  it.each([['2026-02-30'], ['2026-2-1'], ['today']])('rejects %s', (value) => {
    const dir = writeFixtures({ 'plan.goals': TWO_WARNINGS });
    expect(runGoalpost(['check', '--today', value, 'plan.goals'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: `goalpost: --today needs a real date written YYYY-MM-DD, such as 2026-11-25, not '${value}'\n`,
    });
  });

  // Runs once the journal rules exist; the date reaches the rules only through analyze.
  it('decides which entries are in the future', () => {
    const plan = joinLines('goal walk: Walk every day', '', '2026-12-01 session');
    const dir = writeFixtures({ '.goalpost.json': settings({ 'future-entry': 'warning' }), 'plan.goals': plan });
    const before = runGoalpost(['check', '--today', '2026-11-25', 'plan.goals'], dir);
    expect(findingsOf(before.stdout)).toEqual(['plan.goals:3:1 warning future-entry']);
    const after = runGoalpost(['check', '--today', '2026-12-01', 'plan.goals'], dir);
    expect(after).toMatchObject({ status: 0, stdout: '' });
  });
});

describe('standard input', () => {
  it('reads a plan from - and shows it as <stdin>, with the settings of the current directory', () => {
    const dir = writeFixtures({ '.goalpost.json': settings({ 'unknown-category': 'error' }) });
    const run = check(['-'], dir, { input: TWO_WARNINGS });
    expect(findingsOf(run.stdout)).toEqual(['<stdin>:2:13 error unknown-category', '<stdin>:4:13 error unknown-category']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('2 errors in 1 file (1 file checked)\n');
  });

  it('names it with --stdin-filename and finds the settings from that path', () => {
    const dir = writeFixtures({ 'plans/.goalpost.json': settings({ 'unknown-category': 'hint' }) });
    const run = check(['--stdin-filename', 'plans/new.goals', '-'], dir, { input: TWO_WARNINGS });
    expect(findingsOf(run.stdout)).toEqual(['plans/new.goals:2:13 hint unknown-category', 'plans/new.goals:4:13 hint unknown-category']);
  });

  it('checks standard input beside files, and nothing else when - is the only path', () => {
    const dir = writeFixtures({ 'a.goals': FORMAT_ERROR, 'b.goals': FORMAT_ERROR });
    expect(check(['a.goals', '-'], dir, { input: FORMAT_ERROR }).stderr).toBe('2 errors in 2 files (2 files checked)\n');
    expect(check(['-'], dir, { input: 'plan: Sleep plan\n' })).toEqual({ status: 0, stdout: '', stderr: '1 file checked, no problems\n' });
    // Empty standard input is not a plan without problems: a hook that pipes nothing in must not pass.
    expect(check(['-'], dir, { input: '' })).toEqual({ status: 2, stdout: '', stderr: 'goalpost: standard input: is empty; there is no plan in it\n' });
  });

  it('rejects --stdin-filename without -', () => {
    const dir = writeFixtures({ 'a.goals': FORMAT_ERROR });
    expect(check(['--stdin-filename', 'x.goals', 'a.goals'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: "goalpost: --stdin-filename names standard input, so it needs '-' among the paths\n",
    });
  });
});

/** Whether the text holds an ANSI colour sequence. */
const coloured = (text: string) => text.includes('\u001b[');

/** Runs the CLI with a terminal as its stdout, through util-linux `script`, and returns what the terminal showed. */
function runInTerminal(args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): string {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const command = [process.execPath, launcher, ...args].map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', env: { ...inherited, TERM: 'xterm', ...env } });
  return result.stdout;
}

describe('colour', () => {
  const files = { 'plan.goals': FORMAT_ERROR };

  it('is off when stdout is a pipe', () => {
    expect(coloured(check(['plan.goals'], writeFixtures(files)).stdout)).toBe(false);
  });

  it('is forced on by FORCE_COLOR, around the severity and the code only', () => {
    const run = check(['plan.goals'], writeFixtures(files), { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).toMatch(/^plan\.goals:1:12 {2}\u001b\[31merror\u001b\[39m {2}.+ {2}\u001b\[2m\[syntax-error\]\u001b\[22m\n$/);
  });

  it('wins over NO_COLOR when forced, and FORCE_COLOR=0 turns it off', () => {
    const dir = writeFixtures(files);
    expect(coloured(check(['plan.goals'], dir, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout)).toBe(true);
    expect(coloured(check(['plan.goals'], dir, { env: { FORCE_COLOR: '0' } }).stdout)).toBe(false);
  });

  it('never colours the machine formats', () => {
    const dir = writeFixtures(files);
    for (const format of ['json', 'sarif', 'github']) {
      expect(coloured(check(['--format', format, 'plan.goals'], dir, { env: { FORCE_COLOR: '1' } }).stdout)).toBe(false);
    }
  });

  it('is on in a terminal, and off there when NO_COLOR is set', () => {
    const dir = writeFixtures(files);
    const args = ['check', '--today', TODAY, 'plan.goals'];
    const plain = runInTerminal(args, dir);
    expect(plain).toContain('plan.goals:1:12  ');
    expect(coloured(plain)).toBe(true);
    expect(coloured(runInTerminal(args, dir, { NO_COLOR: '1' }))).toBe(false);
    expect(coloured(runInTerminal(args, dir, { TERM: 'dumb' }))).toBe(false);
  });
});

describe('progress on long runs', () => {
  const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`p${i}.goals`, 'goal walk: Walk\n']));

  it('draws a count on a terminal and erases it before the results', () => {
    const shown = runInTerminal(['check', '--today', TODAY, '.'], writeFixtures(many));
    expect(shown).toContain('\r0/100 files checked');
    expect(shown).toMatch(/\r\u001b\[K100 files checked, no problems/);
  });

  it('draws nothing when stderr is not a terminal, nor for short runs', () => {
    expect(check(['.'], writeFixtures(many)).stderr).toBe('100 files checked, no problems\n');
    expect(runInTerminal(['check', '--today', TODAY, 'p1.goals'], writeFixtures(many))).not.toContain('/1 files');
  });
});

describe('the help of check', () => {
  it('lists every option and every rule id', () => {
    const { stdout } = runGoalpost(['check', '--help'], root);
    for (const option of ['--config', '--rule', '--max-warnings', '--quiet', '--format', '--today', '--stdin-filename']) {
      expect(stdout).toContain(option);
    }
    for (const rule of RULE_INFO) expect(stdout).toContain(rule.id);
  });

  it('answers --help even beside a wrong option value', () => {
    expect(runGoalpost(['check', '--format', 'xml', '--help'], root).status).toBe(0);
  });

  it('says which option is missing its value', () => {
    expect(runGoalpost(['check', '-f'], root).stderr).toBe("goalpost: option '--format' needs a value; see `goalpost check --help`\n");
  });
});
