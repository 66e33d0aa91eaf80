// The cost of the five statement rules (vague, unmeasurable, all-or-nothing, someone else's
// behaviour, avoidance) on the labelled corpus: once cold, as a language server's first check
// pays it, and then warm, per statement. docs/rules/corpus.md compares it with what a
// part-of-speech tagger would add (run: npm run bench:micro).
import { bench, describe } from 'vitest';
import { ALL_RULES, analyze } from '../server/src/core/index';
import { readCorpus } from '../test/support/corpus';

const TODAY = '2026-11-25';
const STATEMENT_RULES = new Set(['vague-goal', 'unmeasurable-goal', 'overly-ambitious', 'external-focus', 'avoidance-goal']);
const rules = ALL_RULES.filter((rule) => STATEMENT_RULES.has(rule.id));
const statements = readCorpus().map((row) => row.statement);

describe(`the statement rules on ${statements.length} corpus statements`, () => {
  // Each run changes every statement a little, so the rules' memo of recent statements never answers.
  let round = 0;
  bench('each statement as a goal of its own', () => {
    round++;
    for (const statement of statements) analyze(`goal g: ${statement} ${round}`, { today: TODAY, rules });
  }, { iterations: 20 });

  const plan = statements.map((statement, i) => `goal g${i}: ${statement}`).join('\n');
  bench('all of them as one plan', () => {
    round++;
    analyze(`${plan}\ngoal last: ${round}`, { today: TODAY, rules });
  }, { iterations: 20 });
});
