// Goal.achievementStatus: the HL7 PCO reading of GAS levels, the progress reading of other goals, and abstinence goals.
import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { achievement, exportText, goalById } from './fhir-support';

/** A GAS goal due at the end of 2026, with journal lines after it. */
const gasPlan = (journal: string[], due = '2026-12-31', fields: string[] = []) =>
  joinLines(
    'start: 2026-09-01',
    'goal g: Walk 15 minutes twice a week',
    `  due: ${due}`,
    ...fields,
    '  scale:',
    '    -2: not at all',
    '    -1: once a week',
    '     0: twice a week',
    '    +1: three times a week',
    '    +2: four times a week',
    ...journal,
  );

const statusOf = (text: string, today?: string) => achievement(goalById(exportText(text, today).bundle, 'g'));

describe('achievementStatus of a GAS goal, as the PCO IG reads GAS', () => {
  it.each([
    [['2026-10-01 review g: 0'], 'achieved'], // the expected outcome, reached for the first time
    [['2026-10-01 review g: -1', '2026-10-15 review g: +1'], 'achieved'],
    [['2026-10-01 review g: 0', '2026-10-15 review g: +1'], 'sustaining'], // held at 0 or better
    [['2026-10-01 review g: +2', '2026-10-15 review g: 0'], 'sustaining'],
    [['2026-10-01 review g: 0', '2026-10-15 review g: -1'], 'worsening'], // reached, then lost: sought again
    [['2026-10-01 review g: -2', '2026-10-15 review g: -1'], 'improving'],
    [['2026-10-01 review g: -1'], 'no-change'], // against the assumed start level of -1
    [['2026-10-01 review g: -2'], 'worsening'],
    [[], 'in-progress'],
  ])('%j reads as %s', (journal, expected) => {
    expect(statusOf(gasPlan(journal))).toBe(expected);
  });

  it('measures the first review against the goal’s start level', () => {
    expect(statusOf(gasPlan(['2026-10-01 review g: -1'], '2026-12-31', ['  start level: -2']))).toBe('improving');
  });

  it('reads below the expected outcome at a review on or after the due date as not achieved', () => {
    expect(statusOf(gasPlan(['2026-10-01 review g: -2', '2026-11-01 review g: -1'], '2026-11-01'))).toBe('not-achieved');
    expect(statusOf(gasPlan(['2026-10-01 review g: -2', '2026-10-20 review g: -1'], '2026-11-01'))).toBe('improving');
    expect(statusOf(gasPlan(['2026-11-10 review g: 0'], '2026-11-01'))).toBe('achieved');
  });

  it('reads only levels on the scale: a level off it is neither a score nor a reading', () => {
    const { bundle, skipped } = exportText(gasPlan(['2026-10-01 review g: 0', '2026-10-15 review g: 3']));
    expect(achievement(goalById(bundle, 'g'))).toBe('achieved');
    expect(skipped).toEqual(["the review of 'g' on 2026-10-15 gives level 3, which is not on the GAS scale from -2 to +2"]);
  });

  it('reads a level-less review as no level at all', () => {
    expect(statusOf(gasPlan(['2026-10-01 review g: 0', '2026-10-15 review g -- talked it through']))).toBe('achieved');
  });

  it('lets the journal have the last word: achieved is achieved, dropped on the way is not achieved', () => {
    expect(statusOf(gasPlan(['2026-10-01 review g: -1', '2026-10-02 achieved g']))).toBe('achieved');
    expect(statusOf(gasPlan(['2026-10-01 review g: -1', '2026-10-02 dropped g']))).toBe('not-achieved');
    expect(statusOf(gasPlan(['2026-10-01 review g: 0', '2026-10-02 dropped g']))).toBe('achieved');
    expect(statusOf(gasPlan(['2026-10-01 review g: -1', '2026-10-02 paused g']))).toBe('no-change');
  });

  it('follows --today', () => {
    const text = gasPlan(['2026-10-01 review g: 0', '2026-10-15 review g: -1']);
    expect(statusOf(text, '2026-10-10')).toBe('achieved');
    expect(statusOf(text, '2026-10-15')).toBe('worsening');
  });

  it('keeps a setback from counting against a goal, but a lapse after the latest review of an abstinence goal makes it sought again', () => {
    expect(statusOf(gasPlan(['2026-10-01 review g: 0', '2026-10-05 setback g -- a bad week']))).toBe('achieved');
    const sober = (journal: string[]) => gasPlan(journal, '2026-12-31', ['  target: 0 drinks/week']);
    expect(statusOf(sober(['2026-10-01 review g: 0', '2026-10-05 lapse g -- two beers at the wedding']))).toBe('in-progress');
    expect(statusOf(sober(['2026-10-01 review g: 0', '2026-10-05 lapse -- two beers at the wedding']))).toBe('in-progress');
    // Rated again after the lapse: the rating stands.
    expect(statusOf(sober(['2026-10-01 review g: 0', '2026-10-05 lapse g', '2026-10-15 review g: 0']))).toBe('sustaining');
  });
});

describe('achievementStatus of a goal without GAS levels, from its progress', () => {
  const measured = (journal: string[]) =>
    joinLines('start: 2026-09-01', 'goal g: Fewer panic attacks', '  baseline: 3 attacks/week', '  target: 1 attacks/week', '  due: 2027-01-31', ...journal);

  it.each([
    [['2026-10-01 progress g: 2 attacks/week'], 'improving'],
    [['2026-10-01 progress g: 2 attacks/week', '2026-10-08 progress g: 3 attacks/week'], 'worsening'],
    [['2026-10-01 progress g: 2 attacks/week', '2026-10-08 progress g: 2 attacks/week'], 'no-change'],
    [['2026-10-01 progress g: 2 attacks/week', '2026-10-08 progress g: 1 attacks/week'], 'achieved'], // the target, as the report says
    [['2026-10-01 progress g: 1 attacks/week', '2026-10-08 progress g: 0 attacks/week'], 'sustaining'],
    [[], 'in-progress'],
  ])('%j reads as %s', (journal, expected) => {
    expect(statusOf(measured(journal))).toBe(expected);
  });
});

describe('achievementStatus of an abstinence goal without GAS levels, from its days free', () => {
  const sober = (statement: string, journal: string[]) =>
    joinLines('start: 2026-09-01', `goal g: ${statement}`, '  baseline: 20 drinks/week', '  target: 0 drinks/week', ...journal);

  it('is never achieved by a measurement of 0 after a lapse', () => {
    const text = sober('No alcohol', ['2026-10-01 progress g: 0 drinks/week', '2026-10-10 lapse g -- the wedding', '2026-11-01 progress g: 0 drinks/week']);
    expect(statusOf(text)).toBe('in-progress');
    const general = sober('No alcohol', ['2026-10-10 lapse -- the wedding', '2026-11-01 progress g: 0 drinks/week']);
    expect(statusOf(general)).toBe('in-progress');
  });

  it('is sustaining while no lapse breaks it, and in progress before anything is logged', () => {
    expect(statusOf(sober('No alcohol', ['2026-10-01 progress g: 0 drinks/week']))).toBe('sustaining');
    expect(statusOf(sober('No alcohol', []))).toBe('in-progress');
    expect(statusOf(sober('No alcohol', ['2026-10-01 progress g: 10 drinks/week', '2026-10-08 progress g: 5 drinks/week']))).toBe('improving');
  });

  it('is achieved once the run of days it names is complete, counted from the start or the day after the last lapse', () => {
    const run = sober('No alcohol for 90 days', ['2026-10-01 progress g: 0 drinks/week']);
    expect(statusOf(run, '2026-11-25')).toBe('improving'); // day 85 of 90
    expect(statusOf(run, '2026-11-30')).toBe('achieved'); // day 90
    const restarted = sober('No alcohol for 90 days', ['2026-09-05 lapse g', '2026-10-01 progress g: 0 drinks/week']);
    expect(statusOf(restarted, '2026-11-30')).toBe('in-progress'); // day 85 since 2026-09-06
    expect(statusOf(restarted, '2026-12-05')).toBe('achieved');
  });
});
