// File names and plan text with line breaks and control characters: one finding, one listed file and one error
// stay one line in every text output, and nothing in a name or a plan reaches the terminal as a control code.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { showPath, showText } from '../../server/src/cli/show';
import { FINDING, TODAY, joinLines, removeFixtures, runGoalpost, writeFixtures } from './run-goalpost';

afterEach(removeFixtures);

const BROKEN = joinLines('plan: Sleep plan', 'start: 2026-11-01', 'goal sleep: Sleep 7 hours a night by 2027-01-31', '  due: 2027-02-30');
const NEWLINE = 'two\nlines.goals';
const ESCAPE = 'red\u001b[31m.goals';

/** A folder holding the broken plan under names with a line feed and with a terminal escape in them. */
function hostileNames(): string {
  const dir = writeFixtures({});
  for (const name of [NEWLINE, ESCAPE]) writeFileSync(path.join(dir, name), BROKEN);
  return dir;
}

describe('showPath and showText', () => {
  it('leave ordinary names alone, Windows paths and accents included', () => {
    for (const name of ['plans/alex.goals', 'plans\\alex.goals', 'Zoë’s plan [draft].goals', '睡眠.goals']) expect(showPath(name)).toBe(name);
  });

  it('quote a name with a control character, escaping it as Git does', () => {
    expect(showPath(NEWLINE)).toBe('"two\\nlines.goals"');
    expect(showPath(ESCAPE)).toBe('"red\\x1b[31m.goals"');
    expect(showPath('a\t"b"\\c\r.goals')).toBe('"a\\t\\"b\\"\\\\c\\r.goals"');
    expect(showPath('left\u202eright.goals')).toBe('"left\\u{202e}right.goals"');
  });

  it('escape control characters in text without quoting it', () => {
    expect(showText('a title \u001b[2J with\u2028breaks')).toBe('a title \\x1b[2J with\\u{2028}breaks');
    expect(showText('plain words')).toBe('plain words');
  });
});

describe('goalpost check with such names', () => {
  it('prints one line per finding in the text format', () => {
    const run = runGoalpost(['check', '--today', TODAY, '--rule', 'missing-field=off', '.'], hostileNames());
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(FINDING);
    expect(lines.filter((line) => line.includes('[invalid-date]'))).toEqual([
      '"red\\x1b[31m.goals":4:8  error  2027-02-30 is not a real date: check the month (01-12) and the day of the month.  [invalid-date]',
      '"two\\nlines.goals":4:8  error  2027-02-30 is not a real date: check the month (01-12) and the day of the month.  [invalid-date]',
    ]);
    expect(run.stdout).not.toContain('\u001b');
  });

  it('prints one annotation per finding in the github format', () => {
    const run = runGoalpost(['check', '--today', TODAY, '--format', 'github', '--rule', 'missing-field=off', '.'], hostileNames());
    const lines = run.stdout.split('\n').filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=/);
    expect(lines.filter((line) => line.includes('title=invalid-date'))).toHaveLength(2);
    expect(run.stdout).toContain('file=two%0Alines.goals,line=4,');
  });

  it('keeps the names exact in the machine formats', () => {
    const run = runGoalpost(['check', '--today', TODAY, '--format', 'json', '.'], hostileNames());
    const files = (JSON.parse(run.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files).toEqual([ESCAPE, NEWLINE].sort());
  });

  it('names a missing file on one line', () => {
    expect(runGoalpost(['check', 'gone\nfile.goals'], writeFixtures({}))).toEqual({
      status: 2,
      stdout: '',
      stderr: 'goalpost: "gone\\nfile.goals": no such file or directory\n',
    });
  });
});

describe('other commands with such names', () => {
  it('lists each file on one line in fmt --check', () => {
    const dir = hostileNames();
    for (const name of [NEWLINE, ESCAPE]) writeFileSync(path.join(dir, name), BROKEN.replace('  due', '      DUE'));
    expect(runGoalpost(['fmt', '--check', '.'], dir).stdout).toBe('"red\\x1b[31m.goals"\n"two\\nlines.goals"\n');
  });

  it('names the plan on one line in the notes of score, and escapes the plan’s own words in the agenda', () => {
    const dir = hostileNames();
    const score = runGoalpost(['score', '--today', TODAY, NEWLINE], dir);
    expect(score.stderr).toBe(
      'goalpost: note: "two\\nlines.goals" has 1 line that could not be read, left out of the score; see `goalpost check "two\\nlines.goals"`\n',
    );
    expect(score.stdout.split('\n')[0]).toBe('"two\\nlines.goals": GAS T-scores as of 2026-11-25 (rho 0.3)');
    writeFileSync(path.join(dir, 'title.goals'), joinLines('plan: Sleep \u001b[2J plan', 'start: 2026-11-01', 'review: every week', 'goal sleep: Sleep 7 hours'));
    const agenda = runGoalpost(['agenda', '--today', TODAY, 'title.goals'], dir);
    expect(agenda.stdout).toContain('\nSleep \\x1b[2J plan  (title.goals)\n');
    expect(agenda.stdout).not.toContain('\u001b');
  });
});
