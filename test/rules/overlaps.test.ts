// The engine's overlap table and per-goal budget (server/src/core/rules/overlaps.ts): applied once,
// after the settings and the plan's suppressions, so no rule decides for another.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_CONFIG, type Config } from '../../server/src/core/index';
import { OVERLAPS, STATEMENT_ORDER } from '../../server/src/core/rules/overlaps';
import { joinLines, renderDiagnostics } from '../support/render';
import { TODAY } from '../support/rules';

const check = (text: string, config: Partial<Config> = {}) => analyze(text, { today: TODAY, config: { ...DEFAULT_CONFIG, ...config } });
const shown = (text: string, config: Partial<Config> = {}) => check(text, config).diagnostics.map((d) => d.code);
const held = (text: string, config: Partial<Config> = {}) => check(text, config).held.map((d) => d.code);

/** A goal with every template field filled in, so only the statement is judged. */
const complete = (statement: string) =>
  joinLines(
    `goal g: ${statement}`,
    '  value: a calmer home',
    '  baseline: 2 times/week on 2026-11-01',
    '  steps:',
    '    - [ ] ask for a weekly check-in',
    '  obstacles: late shifts',
    '  supports: my sister',
    '  due: 2027-02-01',
    '  review: every 2 weeks',
  );

describe('overlaps', () => {
  it('let unmeasurable-goal step back for a wording finding that already offers a countable rewording', () => {
    const text = 'goal g: Feel better about myself';
    expect(shown(text, { budget: 'all' })).toContain('vague-goal');
    expect(shown(text, { budget: 'all' })).not.toContain('unmeasurable-goal');
  });

  it('are settled after the settings: a rule turned off no longer silences another', () => {
    const codes = shown('goal g: Feel better about myself', { budget: 'all', rules: { 'vague-goal': 'off' } });
    expect(codes).toContain('unmeasurable-goal');
    expect(codes).not.toContain('vague-goal');
  });

  it('are settled after suppressions: a suppressed finding no longer silences another, and the suppression counts as used', () => {
    const text = joinLines('# goalpost-ignore vague-goal -- we agreed on these words together', 'goal g: Feel better about myself');
    const codes = shown(text, { budget: 'all' });
    expect(codes).toContain('unmeasurable-goal');
    expect(codes).not.toContain('vague-goal');
    expect(codes).not.toContain('unused-suppression');
  });

  it('let overly-ambitious step back where avoidance-goal speaks about the same words', () => {
    const codes = shown('goal g: Never feel anxious again', { budget: 'all' });
    expect(codes).toContain('avoidance-goal');
    expect(codes).not.toContain('overly-ambitious');
  });
});

describe('the budget', () => {
  const jo = 'goal jo: Make Jo listen to me properly when I talk about my day';

  it('shows one statement finding per goal, and holds the template prompts until it is dealt with', () => {
    const analysis = check(jo);
    expect(renderDiagnostics(jo, analysis.diagnostics)).toMatchInlineSnapshot(`
      "goal jo: Make Jo listen to me properly when I talk about my day
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning external-focus: 'Make Jo listen to me properly' depends on how Jo responds: aim at your own part, e.g. 'Tell Jo what I need, calmly, twice a week'."
    `);
    expect(held(jo).sort()).toEqual(['missing-deadline', 'missing-field', 'missing-value', 'vague-goal']);
  });

  it('shows everything with budget "all", overlaps still applied', () => {
    expect(shown(jo, { budget: 'all' }).sort()).toEqual(['external-focus', 'missing-deadline', 'missing-field', 'missing-value', 'vague-goal']);
    expect(held(jo, { budget: 'all' })).toEqual([]);
  });

  it('lets the prompts through once the statement finding is suppressed', () => {
    const text = joinLines('# goalpost-ignore external-focus -- Jo and I work on this together in couples sessions', jo);
    expect(shown(text)).toContain('vague-goal');
    expect(shown(text)).not.toContain('missing-field');
    const both = joinLines('# goalpost-ignore external-focus, vague-goal -- agreed wording, see session notes', jo);
    expect(shown(both).sort()).toEqual(['missing-deadline', 'missing-field', 'missing-value']);
  });

  it('lets a finding that yielded speak once the one it yielded to is set aside', () => {
    const dad = 'goal dad: Be a better dad';
    expect(shown(dad)).toEqual(['vague-goal']);
    // unmeasurable-goal yields to vague-goal; with vague-goal set aside, nothing else says it now.
    const ignored = joinLines('# goalpost-ignore vague-goal -- agreed wording, see session notes', dad);
    expect(shown(ignored)).toEqual(['unmeasurable-goal']);
    expect(shown(dad, { rules: { ...DEFAULT_CONFIG.rules, 'vague-goal': 'off' } })).toEqual(['unmeasurable-goal']);
    const both = joinLines('# goalpost-ignore vague-goal, unmeasurable-goal -- agreed wording, see session notes', dad);
    expect(shown(both).sort()).toEqual(['missing-deadline', 'missing-field', 'missing-value']);
  });

  it('never holds back anything on a goal whose wording is fine', () => {
    const text = 'goal walk: Walk 30 minutes on 3 days a week';
    expect(held(text)).toEqual([]);
    expect(shown(text)).toContain('missing-field');
  });

  it('keeps facts about a goal in view: format errors and journal problems are never held', () => {
    const text = joinLines(complete('Make my partner stop criticising me'), '  colour: blue', '', '2026-11-20 progress nobody: 3');
    const codes = shown(text);
    expect(codes).toContain('external-focus');
    expect(codes).toContain('unknown-goal');
    expect(codes).toContain('unknown-field');
  });

  it('counts findings per goal: one goal’s wording does not hold back another goal’s prompts', () => {
    const text = joinLines(jo, 'goal walk: Walk 30 minutes on 3 days a week');
    const analysis = check(text);
    expect(analysis.diagnostics.filter((d) => d.code === 'missing-field').map((d) => d.message)).toEqual([
      "'walk' still needs a baseline, a 'measure:' or 'target:', steps, obstacles, supports and a review schedule.",
    ]);
  });
});

describe('docs/rules/budget.md', () => {
  const page = readFileSync(new URL('../../docs/rules/budget.md', import.meta.url), 'utf8');

  it('lists every overlap and the statement order the engine applies', () => {
    for (const overlap of OVERLAPS) {
      expect(page).toContain(`| \`${overlap.rule}\` | ${overlap.yieldsTo.map((id) => `\`${id}\``).join(', ')} | ${overlap.where === 'goal' ? 'same goal' : 'same words'} |`);
    }
    expect(page).toContain(STATEMENT_ORDER.map((id) => `\`${id}\``).join(' → '));
  });
});
