// The engine around the rules: settings change severities or turn rules off, and a rule that
// throws becomes a finding instead of a crash.
import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_CONFIG, readConfig, RULE_INFO, type Rule } from '../../server/src/core/index';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

const text = joinLines('goal a: Walk 3 times a week', '  category: social');
const codes = (rules: Record<string, 'off' | 'error'>) =>
  analyze(text, { today: TODAY, config: { ...DEFAULT_CONFIG, rules } }).diagnostics.filter((d) => d.code === 'unknown-category');

describe('the rule engine', () => {
  it('applies configured severities and turns rules off', () => {
    expect(codes({}).map((d) => d.severity)).toEqual(['warning']);
    expect(codes({ 'unknown-category': 'error' }).map((d) => d.severity)).toEqual(['error']);
    expect(codes({ 'unknown-category': 'off' })).toEqual([]);
  });

  it('reports a rule that throws as a finding, and runs the other rules', () => {
    const broken: Rule = {
      id: 'broken',
      group: 'template',
      severity: 'error',
      summary: 'Always throws.',
      check() {
        throw new Error('boom');
      },
    };
    const { diagnostics } = analyze(text, { today: TODAY, rules: [broken, ...(RULE_INFO.filter((r) => 'check' in r) as Rule[])] });
    expect(diagnostics.find((d) => d.code === 'broken')?.message).toContain("could not run the check 'broken'");
    expect(diagnostics.some((d) => d.code === 'unknown-category')).toBe(true);
  });
});

describe('settings', () => {
  const ids = RULE_INFO.map((r) => r.id);

  it('accept every documented key', () => {
    const { config, problems } = readConfig(
      { $schema: 'x', rules: { 'unknown-category': 'off' }, maxActiveGoals: 2, defaultReview: 'every 4 sessions', vagueWords: ['Sort Out'], gasRho: 0.25, voice: 'plain', budget: 'all' },
      ids,
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({
      rules: { 'unknown-category': 'off' },
      maxActiveGoals: 2,
      defaultReview: { count: 4, unit: 'session' },
      vagueWords: ['sort out'],
      gasRho: 0.25,
      voice: 'plain',
      budget: 'all',
    });
  });

  it('name the key of every problem and keep the defaults for bad values', () => {
    const { config, problems } = readConfig(
      { rules: { 'unknown-categry': 'off', 'unknown-category': 'loud' }, maxActiveGoals: 0, defaultReview: 'often', vagueWords: 'better', gasRho: 1, maxActivGoals: 3, voice: 'simple', budget: 'none' },
      ids,
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        {
          "key": "rules.unknown-categry",
          "message": "'unknown-categry' is not a Goalpost rule. Did you mean 'unknown-category'?",
        },
        {
          "key": "rules.unknown-category",
          "message": "The severity of 'unknown-category' must be one of off, hint, info, warning, error.",
        },
        {
          "key": "maxActiveGoals",
          "message": "maxActiveGoals must be a whole number of at least 1, such as 3.",
        },
        {
          "key": "defaultReview",
          "message": "defaultReview must be a review schedule such as "every 2 weeks" or "every 4 sessions".",
        },
        {
          "key": "vagueWords",
          "message": "vagueWords must be a list of words or phrases, such as ["sort out", "be okay"].",
        },
        {
          "key": "gasRho",
          "message": "gasRho must be a number from 0 up to (not including) 1; 0.3 is the usual value.",
        },
        {
          "key": "maxActivGoals",
          "message": "'maxActivGoals' is not a Goalpost setting. Did you mean 'maxActiveGoals'? The settings are: rules, maxActiveGoals, defaultReview, vagueWords, gasRho, voice, budget.",
        },
        {
          "key": "voice",
          "message": "voice must be "standard" or "plain" (simple words, for clients who want them).",
        },
        {
          "key": "budget",
          "message": "budget must be "focused" (one thing at a time for each goal) or "all" (every finding).",
        },
      ]
    `);
    expect(config).toEqual(DEFAULT_CONFIG);
  });

  it('reject a value that is not an object', () => {
    expect(readConfig([], ids).problems).toEqual([{ key: '(top level)', message: expect.stringContaining('JSON object') }]);
  });
});
