// `goalpost check --voice`, `--budget` and `--explain`: how findings are worded and how many a goal shows
// at once, from the command line and from .goalpost.json, with the command line winning.
import { afterEach, describe, expect, it } from 'vitest';
import { FINDING, findingsOf, joinLines, removeFixtures, runGoalpost, TODAY } from './run-goalpost';
import { writeFixtures } from './run-goalpost';

afterEach(removeFixtures);

/** A goal whose wording draws a finding, and which also lacks template fields. */
const PLAN = joinLines('plan: P', 'start: 2026-11-01', '', 'goal jo: Make Jo listen to me properly when I talk about my day', '');

const check = (dir: string, ...args: string[]) => runGoalpost(['check', '--today', TODAY, ...args, 'plan.goals'], dir);

describe('goalpost check --budget', () => {
  it('shows one finding on a goal whose wording needs work, and says how many wait', () => {
    const dir = writeFixtures({ 'plan.goals': PLAN }, { rulesOff: false });
    const run = check(dir);
    expect(findingsOf(run.stdout)).toEqual(['plan.goals:4:10 warning external-focus']);
    expect(run.stderr).toContain("1 warning in 1 file (1 file checked); 4 more findings wait until the goal's wording is settled (--budget all shows them)");
  });

  it('shows every finding with --budget all, and with "budget": "all" in the settings', () => {
    const all = (run: { stdout: string }) => findingsOf(run.stdout).map((f) => f.split(' ').at(-1)).sort();
    const expected = ['external-focus', 'missing-deadline', 'missing-field', 'missing-value', 'vague-goal'];
    expect(all(check(writeFixtures({ 'plan.goals': PLAN }, { rulesOff: false }), '--budget', 'all'))).toEqual(expected);
    expect(all(check(writeFixtures({ 'plan.goals': PLAN, '.goalpost.json': '{ "budget": "all" }\n' })))).toEqual(expected);
    // The command line wins over the file.
    expect(all(check(writeFixtures({ 'plan.goals': PLAN, '.goalpost.json': '{ "budget": "all" }\n' }), '--budget', 'focused'))).toEqual(['external-focus']);
  });

  it('refuses a budget it does not know, naming the choices', () => {
    const run = check(writeFixtures({ 'plan.goals': PLAN }), '--budget', 'none');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--budget 'none': choose focused or all");
  });
});

describe('goalpost check --voice', () => {
  it('words findings in simple words with --voice plain, and from "voice": "plain" in the settings', () => {
    const plan = joinLines('plan: P', 'start: 2026-11-01', 'review: every 2 weeks', '', 'goal walk: Walk 30 minutes on 3 days a week by 2027-02-01', '');
    const message = (run: { stdout: string }) => run.stdout.split('\n').filter(Boolean).map((l) => FINDING.exec(l)?.[5]);
    const plain = "'walk' needs a few more lines: how things are now, how you'll count it, first steps, what might get in the way and who can help.";
    const rules = (extra: object = {}) => `${JSON.stringify({ rules: { 'missing-value': 'off', 'review-overdue': 'off' }, ...extra })}\n`;
    expect(message(check(writeFixtures({ 'plan.goals': plan, '.goalpost.json': rules() }), '--voice', 'plain'))).toEqual([plain]);
    expect(message(check(writeFixtures({ 'plan.goals': plan, '.goalpost.json': rules({ voice: 'plain' }) })))).toEqual([plain]);
    expect(message(check(writeFixtures({ 'plan.goals': plan, '.goalpost.json': rules() })))).toEqual([
      "'walk' still needs a baseline, a 'measure:' or 'target:', steps, obstacles and supports.",
    ]);
  });

  it('refuses a voice it does not know', () => {
    const run = check(writeFixtures({ 'plan.goals': PLAN }), '--voice', 'simple');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--voice 'simple': choose standard or plain");
  });
});

describe('goalpost check --explain', () => {
  it('adds the why and how under the first finding of each rule, with the path of its page', () => {
    const plan = joinLines('plan: P', 'start: 2026-10-01', 'review: every 2 weeks', '', 'goal a: Walk 3 days a week', 'goal b: Swim once a week', '');
    const dir = writeFixtures({ 'plan.goals': plan, '.goalpost.json': '{ "rules": { "missing-field": "off", "missing-value": "off", "missing-deadline": "off" } }\n' });
    const lines = check(dir, '--explain').stdout.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(FINDING);
    expect(lines[0]).toContain("'a' was due for review on 2026-10-15");
    // Indented explanation lines follow the first finding only; the second finding of the rule comes straight after them.
    const explanation = lines.slice(1, lines.findIndex((l, i) => i > 0 && FINDING.test(l)));
    expect(explanation.length).toBeGreaterThan(1);
    expect(explanation.every((l) => l.startsWith('    '))).toBe(true);
    expect(explanation.join(' ')).toContain('Regular reviews are where a plan gets adjusted');
    expect(explanation.at(-1)).toMatch(/^ {4}More: .*docs\/rules\/review-overdue\.md$/);
    expect(lines.filter((l) => FINDING.test(l))).toHaveLength(2);
  });

  it('prints nothing extra without --explain', () => {
    const plan = joinLines('plan: P', 'start: 2026-10-01', 'review: every 2 weeks', '', 'goal a: Walk 3 days a week', '');
    const dir = writeFixtures({ 'plan.goals': plan, '.goalpost.json': '{ "rules": { "missing-field": "off", "missing-value": "off", "missing-deadline": "off" } }\n' });
    expect(check(dir).stdout.split('\n').filter(Boolean).every((l) => FINDING.test(l))).toBe(true);
  });
});
