// `goalpost agenda`, run as users run it: the built launcher in a child process, on the samples and on fixture
// folders in a temp dir. Every run passes --today, except the one about the default.
import { afterEach, describe, expect, it } from 'vitest';
import { joinLines, removeFixtures, root, runGoalpost, writeFixtures } from './run-goalpost';

afterEach(removeFixtures);

const PANIC = joinLines(
  'plan: Panic plan for Sam',
  'start: 2026-11-01',
  'review: every 2 weeks',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2026-11-20',
  '  milestone 2026-11-27: 2 attacks/week',
  '  due: 2026-11-20',
  'goal bus: Ride the bus alone on 4 of 5 workdays',
  'goal breathing: Practise slow breathing 6 days a week',
  '  review: every 3 sessions',
  '2026-11-08 review panic: -1',
  '2026-11-08 review bus: -1',
  '2026-11-20 session',
);

const QUIET = joinLines('plan: A quiet plan', 'goal walk: Walk 3 days a week');

describe('goalpost agenda as text', () => {
  it('groups the items by plan and sorts them by date, with reviews in sessions last', () => {
    const dir = writeFixtures({ 'plans/sam.goals': PANIC, 'plans/quiet.goals': QUIET, 'plans/untitled.goals': joinLines('start: 2026-11-20', 'review: weekly', 'goal a: A') });
    const run = runGoalpost(['agenda', '--today', '2026-11-25', 'plans'], dir);
    expect(run).toEqual({
      status: 0,
      stderr: '',
      stdout: joinLines(
        'Agenda for Wednesday 2026-11-25 and the next 7 days, to 2026-12-02',
        '5 items in 2 of 3 plans.',
        '',
        'Panic plan for Sam  (plans/sam.goals)',
        '  2026-11-20  5 days overdue         due date of panic',
        '  2026-11-22  3 days overdue         review of panic and bus',
        '  2026-11-27  in 2 days              milestone of panic: 2 attacks/week',
        '              after 2 more sessions  review of breathing',
        '',
        'plans/untitled.goals',
        '  2026-11-27  in 2 days  review of a',
        '',
        'Nothing due in this plan: plans/quiet.goals',
      ),
    });
  });

  it('looks as far ahead as --days says, and says when nothing is due', () => {
    const dir = writeFixtures({ 'sam.goals': PANIC, 'quiet.goals': QUIET });
    const run = runGoalpost(['agenda', '--today', '2026-11-10', '--days', '0', 'quiet.goals'], dir);
    expect(run).toEqual({ status: 0, stderr: '', stdout: joinLines('Agenda for Tuesday 2026-11-10', 'Nothing due in 1 plan.') });
    const ahead = runGoalpost(['agenda', '--today', '2026-11-10', '--days', '1', 'sam.goals'], dir);
    expect(ahead.stdout).toBe(joinLines('Agenda for Tuesday 2026-11-10 and the next 1 day, to 2026-11-11', '1 item in 1 of 1 plan.', '', 'Panic plan for Sam  (sam.goals)', '              after 3 more sessions  review of breathing'));
  });

  it('reads every .goals file under the current directory by default, and the settings of each', () => {
    const dir = writeFixtures({ 'a.goals': joinLines('start: 2026-11-20', 'goal walk: Walk'), '.goalpost.json': '{ "defaultReview": "every week" }\n' });
    const run = runGoalpost(['agenda', '--today', '2026-11-25'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\na.goals\n  2026-11-27  in 2 days  review of walk\n');
  });

  it('shows the agenda of a plan with errors from the lines it could read, and says so on stderr', () => {
    const dir = writeFixtures({ 'sam.goals': `${PANIC}2026-11-31 review panic: 0\n` });
    const run = runGoalpost(['agenda', '--today', '2026-11-25', 'sam.goals'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('review of panic and bus');
    expect(run.stderr).toBe('goalpost: note: sam.goals has 1 line that could not be read, left out of the agenda; see `goalpost check sam.goals`\n');
  });

  it('uses the local date when --today is not given', () => {
    const dir = writeFixtures({ 'quiet.goals': QUIET });
    const run = runGoalpost(['agenda'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Agenda for \w+ \d{4}-\d{2}-\d{2} and the next 7 days, to \d{4}-\d{2}-\d{2}\n/);
  });

  it('reads the repository samples', () => {
    const run = runGoalpost(['agenda', '--today', '2026-11-25', 'samples/anxiety-panic.goals', 'samples/addiction-recovery.goals'], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\nBack on the number 12 bus – panic plan for Priya N.  (samples/anxiety-panic.goals)\n  2026-11-30  in 5 days  review of panic, commute and breathing\n');
    expect(run.stdout).toMatch(/after 1 more session {2}review of /);
  });
});

describe('goalpost agenda: goals that rest, and milestones reached', () => {
  const PLAN = joinLines(
    'plan: Dan',
    'start: 2026-11-01',
    'review: every 2 weeks',
    'goal walk: Walk on 5 days a week',
    '  baseline: 1 day/week',
    '  target: 5 days/week',
    '  milestone 2026-11-27: 3 day/week',
    'goal cook: Cook on 3 evenings a week',
    'goal letters: Write to Amara each week',
    '2026-11-20 progress walk: 3 days/week',
    '2026-11-20 review walk -- on track',
    '2026-11-10 paused cook -- too much on',
    '2026-11-12 achieved letters',
  );

  it('marks a milestone already reached, and names the goals that rest with their dates, never as overdue', () => {
    const dir = writeFixtures({ 'dan.goals': PLAN });
    const run = runGoalpost(['agenda', '--today', '2026-11-25', 'dan.goals'], dir);
    expect(run).toEqual({
      status: 0,
      stderr: '',
      stdout: joinLines(
        'Agenda for Wednesday 2026-11-25 and the next 7 days, to 2026-12-02',
        '1 item in 1 of 1 plan.',
        '',
        'Dan  (dan.goals)',
        '  2026-11-27  in 2 days  milestone of walk: 3 days/week · reached on 2026-11-20',
        '  Not on the agenda: cook (paused since 2026-11-10), letters (achieved on 2026-11-12)',
      ),
    });
    const json = JSON.parse(runGoalpost(['agenda', '--today', '2026-11-25', '--format', 'json', 'dan.goals'], dir).stdout);
    expect(json.plans[0].items[0]).toMatchObject({ kind: 'milestone', text: '3 days/week', reachedOn: '2026-11-20', line: 7 });
    expect(json.plans[0].resting).toEqual([
      { goal: 'cook', status: 'paused', date: '2026-11-10', line: 8 },
      { goal: 'letters', status: 'achieved', date: '2026-11-12', line: 9 },
    ]);
  });

  it('shows a plan whose goals all rest, with nothing due', () => {
    const dir = writeFixtures({ 'rest.goals': joinLines('plan: Resting', 'start: 2026-11-01', 'review: every week', 'goal a: A', '2026-11-02 paused a') });
    expect(runGoalpost(['agenda', '--today', '2026-11-25', 'rest.goals'], dir).stdout).toBe(
      joinLines('Agenda for Wednesday 2026-11-25 and the next 7 days, to 2026-12-02', 'Nothing due in 1 plan.', '', 'Resting  (rest.goals)', '  Nothing due.', '  Not on the agenda: a (paused since 2026-11-02)'),
    );
  });
});

describe('goalpost agenda --format json', () => {
  it('prints every plan, with or without items, in the documented shape', () => {
    const dir = writeFixtures({ 'sam.goals': PANIC, 'quiet.goals': QUIET });
    const run = runGoalpost(['agenda', '--today', '2026-11-25', '--format', 'json', '.'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const item = { sessionsLeft: null, text: null, reachedOn: null };
    expect(JSON.parse(run.stdout)).toEqual({
      schemaVersion: 1,
      today: '2026-11-25',
      days: 7,
      until: '2026-12-02',
      plans: [
        { file: 'quiet.goals', title: 'A quiet plan', items: [], resting: [] },
        {
          file: 'sam.goals',
          title: 'Panic plan for Sam',
          items: [
            { ...item, kind: 'goal-overdue', goal: 'panic', date: '2026-11-20', days: -5, line: 4 },
            { ...item, kind: 'review-overdue', goal: 'panic', date: '2026-11-22', days: -3, line: 4 },
            { ...item, kind: 'review-overdue', goal: 'bus', date: '2026-11-22', days: -3, line: 7 },
            { ...item, kind: 'milestone', goal: 'panic', date: '2026-11-27', days: 2, text: '2 attacks/week', line: 5 },
            { ...item, kind: 'review-sessions', goal: 'breathing', date: null, days: null, sessionsLeft: 2, line: 8 },
          ],
          resting: [],
        },
      ],
    });
  });
});

describe('goalpost agenda usage', () => {
  it.each([
    [['agenda', '--today', '2026-02-30'], "goalpost: --today needs a real date written YYYY-MM-DD, such as 2026-11-25, not '2026-02-30'\n"],
    [['agenda', '--days', 'week'], "goalpost: --days needs a whole number of days from 0 to 9999, such as 7, not 'week'\n"],
    [['agenda', '--days=-1'], "goalpost: --days needs a whole number of days from 0 to 9999, such as 7, not '-1'\n"],
    [['agenda', '--format', 'sarif'], "goalpost: --format must be text or json, not 'sarif'\n"],
    [['agenda', '--all'], "goalpost: unknown option '--all'; see `goalpost agenda --help`\n"],
    [['agenda', '--today', '2026-11-25', 'missing'], 'goalpost: missing: no such file or directory\n'],
    [['agenda', '--today', '2026-11-25', 'empty'], 'goalpost: empty: no .goals files in this directory\n'],
  ])('rejects %j in one line with exit code 2', (args, stderr) => {
    const dir = writeFixtures({ 'sam.goals': PANIC, 'empty/readme.txt': 'nothing here\n' });
    expect(runGoalpost(args, dir)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('stops with exit code 2 on a settings file with a problem', () => {
    const dir = writeFixtures({ 'sam.goals': PANIC, '.goalpost.json': '{ "defaultReview": "sometimes" }\n' });
    const run = runGoalpost(['agenda', '--today', '2026-11-25'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^goalpost: \.goalpost\.json: defaultReview: /);
  });

  it('has help with exit codes and examples, and is listed in the program’s help', () => {
    const help = runGoalpost(['agenda', '--help'], root);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: goalpost agenda \[options\] \[paths\.\.\.\]\n/);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toContain('goalpost agenda --days 14 plans');
    expect(runGoalpost(['--help', 'agenda'], root).stdout).toBe(help.stdout);
    expect(runGoalpost(['--help'], root).stdout).toMatch(/\n {2}agenda \[paths\.\.\.\] +Show what is due/);
  });
});
