// `goalpost check` settings: the nearest .goalpost.json, --config, --rule, and every way a settings file can be wrong.
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RULE_INFO } from '../../server/src/core/index';
import { findingsOf, joinLines, removeFixtures, runGoalpost, settings, TODAY, writeFixtures } from './run-goalpost';

afterEach(removeFixtures);

/** A goal whose category is not one of the seven: one `unknown-category` finding at line 2, column 13. */
const ODD_CATEGORY = joinLines('goal friends: Meet a friend once a week', '  category: social');

/** Two goals with one id: one `duplicate-goal-id` finding at line 2, column 6. */
const TWO_IDS = joinLines('goal walk: Walk every day', 'goal walk: Walk twice a day');

/** Runs `goalpost check` on the given date, so no finding depends on the day the tests run. */
const check = (args: readonly string[], cwd: string) => runGoalpost(['check', '--today', TODAY, ...args], cwd);

describe('finding .goalpost.json', () => {
  it('uses the nearest settings file up the tree, so folders may differ', () => {
    const dir = writeFixtures({
      '.goalpost.json': settings({ 'unknown-category': 'error' }),
      'top.goals': ODD_CATEGORY,
      'plans/inherits.goals': ODD_CATEGORY,
      'plans/team/.goalpost.json': settings({ 'unknown-category': 'hint' }),
      'plans/team/own.goals': ODD_CATEGORY,
      'plans/team/deeper/nested.goals': ODD_CATEGORY,
    });
    const run = check([], dir);
    expect(findingsOf(run.stdout)).toEqual([
      'plans/inherits.goals:2:13 error unknown-category',
      'plans/team/deeper/nested.goals:2:13 hint unknown-category',
      'plans/team/own.goals:2:13 hint unknown-category',
      'top.goals:2:13 error unknown-category',
    ]);
    expect(run.status).toBe(1);
  });

  it("does not merge a nearer file with one further up: the nearest file's settings are the only ones", () => {
    const dir = writeFixtures({
      '.goalpost.json': settings({ 'unknown-category': 'error', 'duplicate-goal-id': 'error' }),
      // Names only one rule: every other rule, here duplicate-goal-id, is back at its default.
      'plans/.goalpost.json': JSON.stringify({ rules: { 'unknown-category': 'off' } }),
      'plans/plan.goals': ODD_CATEGORY + TWO_IDS.replace('walk', 'stroll').replace('walk', 'stroll'),
    });
    const run = check(['plans'], dir);
    const lines = findingsOf(run.stdout);
    expect(lines.filter((line) => line.includes('unknown-category'))).toEqual([]);
    const duplicate = RULE_INFO.find((rule) => rule.id === 'duplicate-goal-id')!;
    expect(lines).toContain(`plans/plan.goals:4:6 ${duplicate.severity} duplicate-goal-id`);
  });

  it('uses the rules\' own severities where there is no settings file at all', () => {
    const dir = writeFixtures({ 'plan.goals': ODD_CATEGORY }, { rulesOff: false });
    const run = check(['plan.goals'], dir);
    const rule = RULE_INFO.find((r) => r.id === 'unknown-category')!;
    expect(findingsOf(run.stdout)).toContain(`plan.goals:2:13 ${rule.severity} unknown-category`);
  });

  it('reads a settings file that starts with a byte-order mark', () => {
    const dir = writeFixtures({ '.goalpost.json': `\uFEFF${settings({ 'unknown-category': 'error' })}`, 'plan.goals': ODD_CATEGORY });
    expect(findingsOf(check(['plan.goals'], dir).stdout)).toEqual(['plan.goals:2:13 error unknown-category']);
  });

  it('ignores a settings file in a folder that no checked plan is in or under', () => {
    const dir = writeFixtures({ 'plans/plan.goals': ODD_CATEGORY, 'other/.goalpost.json': '{ not json' });
    expect(check(['plans'], dir)).toMatchObject({ status: 0, stdout: '' });
  });
});

describe('--config', () => {
  const tree = {
    '.goalpost.json': settings({ 'unknown-category': 'error' }),
    'plans/.goalpost.json': settings({ 'unknown-category': 'off' }),
    'plans/plan.goals': ODD_CATEGORY,
    'shared/team.json': settings({ 'unknown-category': 'info' }),
  };

  it('applies one settings file to every plan instead of the nearest ones', () => {
    const dir = writeFixtures(tree);
    const run = check(['--config', 'shared/team.json', '.'], dir);
    expect(findingsOf(run.stdout)).toEqual(['plans/plan.goals:2:13 info unknown-category']);
    expect(run.status).toBe(0);
  });

  it('takes -c and a path relative to the current directory', () => {
    const dir = writeFixtures(tree);
    const run = check(['-c', '../shared/team.json', 'plan.goals'], path.join(dir, 'plans'));
    expect(findingsOf(run.stdout)).toEqual(['plan.goals:2:13 info unknown-category']);
  });

  it('reports a settings file that does not exist and checks nothing', () => {
    const dir = writeFixtures(tree);
    expect(check(['--config', 'nope.json', 'plans'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: nope.json: no such file or directory\n',
    });
  });
});

describe('mistakes in .goalpost.json stop the check with exit code 2', () => {
  it.each([
    ['a trailing comma', '{\n  "rules": {\n    "unknown-category": "error",\n  }\n}\n', '4:3', "expected a property name in double quotes"],
    ['a comment', '{\n  // our team\n  "rules": {}\n}\n', '2:3', 'comments are not allowed in JSON'],
    ['a missing comma', '{ "rules": {} "gasRho": 0.3 }', '1:15', "expected ','"],
    ['a word that is not a value', '{ "rules": tru }', '1:12', 'unexpected character'],
    ['an unclosed object', '{ "rules": {}', '1:14', "expected '}' (the file ends too early)"],
    ['an empty file', '', '1:1', 'expected a value (the file ends too early)'],
  ])('names the file, line and column of %s', (_name, text, position, reason) => {
    const dir = writeFixtures({ '.goalpost.json': text, 'plan.goals': ODD_CATEGORY });
    expect(check(['plan.goals'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: `goalpost: .goalpost.json:${position}: not valid JSON: ${reason}\n`,
    });
  });

  it('counts columns after a CRLF line break from the start of the line', () => {
    const dir = writeFixtures({ '.goalpost.json': '{\r\n  "rules": {},\r\n}\r\n', 'plan.goals': ODD_CATEGORY });
    expect(check(['plan.goals'], dir).stderr).toBe('goalpost: .goalpost.json:3:1: not valid JSON: expected a property name in double quotes\n');
  });

  it('lists every wrong setting as file: key: message, with a suggestion for a typo', () => {
    const dir = writeFixtures({
      '.goalpost.json': settings(),
      'plans/.goalpost.json': JSON.stringify({
        rules: { 'unknown-categry': 'error', 'duplicate-goal-id': 'loud' },
        maxActiveGoal: 2,
        gasRho: 3,
      }),
      'plans/plan.goals': ODD_CATEGORY,
    });
    const run = check(['plans'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^goalpost: plans\/\.goalpost\.json: \S+: \S/);
    expect(lines[0]).toMatch(/^goalpost: plans\/\.goalpost\.json: rules\.unknown-categry: .*'unknown-category'/);
    expect(lines[1]).toMatch(/^goalpost: plans\/\.goalpost\.json: rules\.duplicate-goal-id: .*off, hint, info, warning, error/);
    expect(lines[2]).toMatch(/^goalpost: plans\/\.goalpost\.json: maxActiveGoal: .*'maxActiveGoals'/);
    expect(lines[3]).toMatch(/^goalpost: plans\/\.goalpost\.json: gasRho: /);
  });

  it('says when the settings are not a JSON object', () => {
    const dir = writeFixtures({ '.goalpost.json': '["unknown-category"]', 'plan.goals': ODD_CATEGORY });
    const run = check(['plan.goals'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^goalpost: \.goalpost\.json: \(top level\): .+\n$/);
  });

  it('reports each broken settings file once, however many plans it applies to', () => {
    const dir = writeFixtures({ '.goalpost.json': '{ "gasRho": 2 }', 'a.goals': ODD_CATEGORY, 'b.goals': ODD_CATEGORY });
    const run = check([], dir);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('reports a settings file it cannot read', () => {
    const dir = writeFixtures({ 'plan.goals': ODD_CATEGORY });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, '.goalpost.json'), 0o000);
    // root reads any file, so as root (as in CI) the CLI runs as the unprivileged user 'nobody'.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = runGoalpost(['check', 'plan.goals'], dir, asUser);
    expect(run).toEqual({ status: 2, stdout: '', stderr: 'goalpost: .goalpost.json: permission denied\n' });
  });
});

describe('--rule', () => {
  it('overrides the settings file, and a later --rule overrides an earlier one', () => {
    const dir = writeFixtures({ 'plan.goals': ODD_CATEGORY + TWO_IDS });
    const run = check(['--rule', 'unknown-category=error', '--rule', 'duplicate-goal-id=info', '--rule', 'duplicate-goal-id=hint', 'plan.goals'], dir);
    expect(findingsOf(run.stdout)).toEqual(['plan.goals:2:13 error unknown-category', 'plan.goals:4:6 hint duplicate-goal-id']);
    expect(run.status).toBe(1);
  });

  it('switches a rule off', () => {
    const dir = writeFixtures({ '.goalpost.json': settings({ 'duplicate-goal-id': 'error' }), 'plan.goals': TWO_IDS });
    expect(check(['--rule', 'duplicate-goal-id=off', 'plan.goals'], dir)).toMatchObject({ status: 0, stdout: '' });
  });

  it('lists every mistake in the --rule options at once, with a suggestion for a typo', () => {
    const dir = writeFixtures({ 'plan.goals': ODD_CATEGORY });
    const run = check(
      ['--rule', 'unknown-categry=off', '--rule', 'invalid-date=off', '--rule', 'unknown-category=loud', '--rule', 'unknown-category', 'plan.goals'],
      dir,
    );
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: joinLines(
        "goalpost: --rule 'unknown-categry=off': 'unknown-categry' is not a Goalpost rule; did you mean 'unknown-category'?",
        "goalpost: --rule 'invalid-date=off': 'invalid-date' is a problem in the file's format, not a rule, so it cannot be switched off or changed",
        "goalpost: --rule 'unknown-category=loud': the severity must be one of off, hint, info, warning, error",
        "goalpost: --rule 'unknown-category': write the rule and its severity as id=severity, such as --rule unknown-category=error",
      ),
    });
  });

  it('points to the list of rules when a name is not close to any', () => {
    const dir = writeFixtures({ 'plan.goals': ODD_CATEGORY });
    expect(check(['--rule', 'qqqqqqqq=off', 'plan.goals'], dir).stderr).toBe(
      "goalpost: --rule 'qqqqqqqq=off': 'qqqqqqqq' is not a Goalpost rule; `goalpost check --help` lists them\n",
    );
  });
});
