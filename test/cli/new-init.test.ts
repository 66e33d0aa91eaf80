// `goalpost new` and `goalpost init`, run as users run them: the built launcher in a child process, in temp dirs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, DEFAULT_CONFIG, parse, readConfig, RULE_INFO } from '../../server/src/core/index';
import { removeFixtures, root, runGoalpost, writeFixtures } from './run-goalpost';

afterEach(removeFixtures);

describe('goalpost new', () => {
  it.each(['smart', 'gas'])('prints a %s plan dated today that parses without a single format error', (template) => {
    const run = runGoalpost(['new', '--template', template, '--today', '2026-11-25'], root);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const { plan, diagnostics } = parse(run.stdout);
    expect(diagnostics).toEqual([]);
    expect(plan.header.start?.iso).toBe('2026-11-25');
    expect(plan.journal).toEqual([]);
    const [goal] = plan.goals;
    expect(plan.goals).toHaveLength(1);
    // The nine fields of the template, each filled in.
    expect(goal?.statement.text).toMatch(/by 2027-02-17$/);
    expect(goal?.value).toBeDefined();
    expect(goal?.baseline?.measurement).toMatchObject({ value: 1, unit: 'day/week' });
    expect(goal?.baseline?.date?.iso).toBe('2026-11-25');
    expect(goal?.measure).toBeDefined();
    expect(goal?.target?.measurement).toMatchObject({ value: 5 });
    expect(goal?.steps).toHaveLength(2);
    expect(goal?.obstacles).toBeDefined();
    expect(goal?.supports).toBeDefined();
    expect(goal?.due?.iso).toBe('2027-02-17');
    expect(goal?.milestones.map((m) => m.date.iso)).toEqual(['2027-01-06']);
    expect(goal?.review).toMatchObject({ count: 2, unit: 'week' });
    if (template === 'gas') {
      expect(goal?.scale?.map((l) => l.level)).toEqual([-2, -1, 0, 1, 2]);
      expect(goal?.startLevel).toBe(-1);
      expect(goal?.weight?.value).toBe(4);
    } else {
      expect(goal?.scale).toBeUndefined();
    }
    // Every explanation is a comment, so the plan is the same without them.
    expect(plan.comments.length).toBeGreaterThan(10);
  });

  it('prints a plan the rules have nothing to say about', () => {
    for (const template of ['smart', 'gas']) {
      const text = runGoalpost(['new', '--template', template, '--today', '2026-11-25'], root).stdout;
      const { diagnostics } = analyze(text, { today: '2026-11-25', config: DEFAULT_CONFIG });
      expect(diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`)).toEqual([]);
    }
  });

  it('prints a plan that passes its own check as late in the calendar as it can', () => {
    const text = runGoalpost(['new', '--template', 'gas', '--today', '9999-10-01'], root).stdout;
    expect(analyze(text, { today: '9999-10-01' }).diagnostics).toEqual([]);
  });

  it('is the smart template by default, dated with the local date', () => {
    const run = runGoalpost(['new'], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# A new goal plan, started on \d{4}-\d{2}-\d{2}\.\n/);
    expect(run.stdout).not.toContain('scale:');
    expect(parse(run.stdout).diagnostics).toEqual([]);
  });

  it.each([
    [['new', '--template', 'okr'], "goalpost: --template must be smart or gas, not 'okr'\n"],
    [['new', '--today', '2026-13-01'], "goalpost: --today needs a real date written YYYY-MM-DD, such as 2026-11-25, not '2026-13-01'\n"],
    [['new', 'plan.goals'], "goalpost: unexpected argument 'plan.goals'; see `goalpost new --help`\n"],
    [['new', '--today', '9999-12-31'], "goalpost: --today 9999-12-31 leaves no room for the example goal's 12 weeks before the end of 9999; use an earlier date\n"],
  ])('rejects %j in one line with exit code 2', (args, stderr) => {
    expect(runGoalpost(args, root)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('has help with examples, and is listed in the program’s help', () => {
    const help = runGoalpost(['new', '--help'], root);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: goalpost new \[options\]\n/);
    expect(help.stdout).toContain('goalpost new > plans/alex.goals');
    expect(runGoalpost(['--help'], root).stdout).toMatch(/\n {2}new +Print a fresh plan/);
  });
});

describe('goalpost init', () => {
  it('writes the settings at their defaults and the pre-commit hooks, and says what it wrote', () => {
    const dir = writeFixtures({}, { rulesOff: false });
    const run = runGoalpost(['init'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Wrote \.goalpost\.json +the settings, at their defaults.*\nWrote \.pre-commit-config\.yaml +pre-commit hooks.*\n$/);
    expect(readdirSync(dir).sort()).toEqual(['.goalpost.json', '.pre-commit-config.yaml']);

    const settings = JSON.parse(readFileSync(path.join(dir, '.goalpost.json'), 'utf8'));
    const { config, problems } = readConfig(settings, RULE_INFO.map((r) => r.id));
    expect(problems).toEqual([]);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(settings).toEqual({ rules: {}, maxActiveGoals: 3, vagueWords: [], gasRho: 0.3 });

    const hooks = readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8');
    expect(hooks).toContain('  - repo: local\n');
    expect(hooks).toContain('        entry: npx --offline --no-install goalpost check\n        language: system\n        files: \\.goals$\n');
    expect(hooks).toContain('        entry: npx --offline --no-install goalpost fmt --write\n        language: system\n        files: \\.goals$\n');
    expect(hooks).toMatch(/# Once Goalpost's hook repository is published/);
  });

  it('writes settings that goalpost check then reads without complaint', () => {
    const dir = writeFixtures({}, { rulesOff: false });
    expect(runGoalpost(['init'], dir).status).toBe(0);
    writeFileSync(path.join(dir, 'plan.goals'), runGoalpost(['new', '--today', '2026-11-25'], root).stdout);
    expect(runGoalpost(['check', '--today', '2026-11-25', 'plan.goals'], dir)).toMatchObject({ status: 0, stdout: '' });
  });

  it('refuses to overwrite, naming every file that exists and writing none', () => {
    const dir = writeFixtures({ '.pre-commit-config.yaml': 'repos: []\n' }, { rulesOff: false });
    expect(runGoalpost(['init'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: .pre-commit-config.yaml: already exists; use --force to overwrite it\n',
    });
    expect(existsSync(path.join(dir, '.goalpost.json'))).toBe(false);
    expect(readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8')).toBe('repos: []\n');

    writeFileSync(path.join(dir, '.goalpost.json'), '{ "maxActiveGoals": 2 }\n');
    expect(runGoalpost(['init'], dir).stderr).toBe(
      'goalpost: .goalpost.json: already exists; use --force to overwrite it\ngoalpost: .pre-commit-config.yaml: already exists; use --force to overwrite it\n',
    );
    expect(readFileSync(path.join(dir, '.goalpost.json'), 'utf8')).toBe('{ "maxActiveGoals": 2 }\n');
  });

  it('overwrites with --force, leaving no temporary files behind', () => {
    const dir = writeFixtures({ '.goalpost.json': '{ "maxActiveGoals": 2 }\n', '.pre-commit-config.yaml': 'repos: []\n' });
    const run = runGoalpost(['init', '--force'], dir);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, '.goalpost.json'), 'utf8')).maxActiveGoals).toBe(3);
    expect(readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8')).toContain('repo: local');
    expect(readdirSync(dir).sort()).toEqual(['.goalpost.json', '.pre-commit-config.yaml']);
  });

  it('rejects unknown options and arguments with exit code 2', () => {
    const dir = writeFixtures({}, { rulesOff: false });
    expect(runGoalpost(['init', '--yes'], dir)).toEqual({ status: 2, stdout: '', stderr: "goalpost: unknown option '--yes'; see `goalpost init --help`\n" });
    expect(runGoalpost(['init', 'plans'], dir)).toEqual({ status: 2, stdout: '', stderr: "goalpost: unexpected argument 'plans'; see `goalpost init --help`\n" });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('has help with examples, and is listed in the program’s help', () => {
    const help = runGoalpost(['init', '--help'], root);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: goalpost init \[options\]\n/);
    expect(help.stdout).toContain('goalpost init --force');
    expect(runGoalpost(['--help'], root).stdout).toMatch(/\n {2}init +Write a \.goalpost\.json/);
  });
});
