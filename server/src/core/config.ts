/**
 * Goalpost's settings, as `.goalpost.json` and the editor settings give them, validated.
 * Reading the file is the caller's job; this module only checks the parsed JSON value.
 */
import type { Severity } from './model';
import { readInterval, type IntervalParts } from './values/interval';
import { suggest } from './build/suggest';
import type { Voice } from './rules/rule';
import type { Budget } from './rules/overlaps';

export const VOICES: readonly Voice[] = ['standard', 'plain'];
export const BUDGETS: readonly Budget[] = ['focused', 'all'];

export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export interface Config {
  /** Per-rule severity overrides; rules not named keep their default. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** How many goals may be active at once before `too-many-active-goals` speaks. */
  readonly maxActiveGoals: number;
  /** The review schedule for goals when neither the goal nor the plan sets one. */
  readonly defaultReview?: IntervalParts;
  /** Words that make a goal vague, on top of Goalpost's own list. */
  readonly vagueWords: readonly string[];
  /** The expected correlation between goals in the GAS T-score (Kiresuk & Sherman use 0.3). */
  readonly gasRho: number;
  /** The voice messages are written in: `plain` for clients who need simple words. */
  readonly voice: Voice;
  /** `focused`: one thing at a time for each goal (rules/overlaps.ts); `all`: every finding at once. */
  readonly budget: Budget;
}

export const DEFAULT_CONFIG: Config = { rules: {}, maxActiveGoals: 3, vagueWords: [], gasRho: 0.3, voice: 'standard', budget: 'focused' };

/** A problem with a setting, naming the key it is about (`rules.vague-goal`, `gasRho`). */
export interface ConfigProblem {
  readonly key: string;
  readonly message: string;
}

const KEYS = ['$schema', 'rules', 'maxActiveGoals', 'defaultReview', 'vagueWords', 'gasRho', 'voice', 'budget'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates settings. Every problem is returned with its key; the valid settings still apply,
 * and a setting with a problem keeps its default, so one typo never switches everything off.
 */
export function readConfig(input: unknown, ruleIds: readonly string[]): { config: Config; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const problem = (key: string, message: string) => problems.push({ key, message });
  if (!isRecord(input)) {
    problem('(top level)', 'The settings must be a JSON object, like { "maxActiveGoals": 3 }.');
    return { config: DEFAULT_CONFIG, problems };
  }
  let config: Config = DEFAULT_CONFIG;
  for (const [key, value] of Object.entries(input)) {
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        config = { ...config, rules: readRules(value, ruleIds, problem) };
        break;
      case 'maxActiveGoals':
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1) config = { ...config, maxActiveGoals: value };
        else problem(key, 'maxActiveGoals must be a whole number of at least 1, such as 3.');
        break;
      case 'defaultReview': {
        const interval = typeof value === 'string' ? readInterval(value) : undefined;
        if (interval) config = { ...config, defaultReview: interval };
        else problem(key, `defaultReview must be a review schedule such as "every 2 weeks" or "every 4 sessions".`);
        break;
      }
      case 'vagueWords':
        if (Array.isArray(value) && value.every((w) => typeof w === 'string' && w.trim() !== '')) {
          config = { ...config, vagueWords: value.map((w: string) => w.trim().toLowerCase()) };
        } else problem(key, 'vagueWords must be a list of words or phrases, such as ["sort out", "be okay"].');
        break;
      case 'gasRho':
        if (typeof value === 'number' && value >= 0 && value < 1) config = { ...config, gasRho: value };
        else problem(key, 'gasRho must be a number from 0 up to (not including) 1; 0.3 is the usual value.');
        break;
      case 'voice':
        if (VOICES.includes(value as Voice)) config = { ...config, voice: value as Voice };
        else problem(key, 'voice must be "standard" or "plain" (simple words, for clients who want them).');
        break;
      case 'budget':
        if (BUDGETS.includes(value as Budget)) config = { ...config, budget: value as Budget };
        else problem(key, 'budget must be "focused" (one thing at a time for each goal) or "all" (every finding).');
        break;
      default: {
        const guess = suggest(key, KEYS);
        problem(key, `'${key}' is not a Goalpost setting.${guess ? ` Did you mean '${guess}'?` : ''} The settings are: ${KEYS.slice(1).join(', ')}.`);
      }
    }
  }
  return { config, problems };
}

function readRules(value: unknown, ruleIds: readonly string[], problem: (key: string, message: string) => void): Record<string, RuleSetting> {
  if (!isRecord(value)) {
    problem('rules', 'rules must be an object from rule id to severity, like { "vague-goal": "warning" }.');
    return {};
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    if (!ruleIds.includes(id)) {
      const guess = suggest(id, ruleIds);
      problem(`rules.${id}`, `'${id}' is not a Goalpost rule.${guess ? ` Did you mean '${guess}'?` : ''}`);
    } else if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting as RuleSetting)) {
      problem(`rules.${id}`, `The severity of '${id}' must be one of ${RULE_SETTINGS.join(', ')}.`);
    } else {
      rules[id] = setting as RuleSetting;
    }
  }
  return rules;
}
