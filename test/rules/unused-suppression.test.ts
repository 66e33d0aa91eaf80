import { describe, expect, it } from 'vitest';
import { ALL_RULES, analyze, DEFAULT_CONFIG } from '../../server/src/core/index';
import { joinLines, renderDiagnostics } from '../support/render';
import { TODAY } from '../support/rules';

/** The two rules these fixtures exercise; other rules would add findings the tests are not about. */
const RULES = ALL_RULES.filter((r) => r.id === 'unknown-category' || r.id === 'duplicate-goal-id');

function check(text: string, rules: Record<string, 'off' | 'warning'> = {}) {
  const { diagnostics } = analyze(text, { today: TODAY, config: { ...DEFAULT_CONFIG, rules }, rules: RULES });
  return renderDiagnostics(text, diagnostics);
}

describe('suppressions', () => {
  it('cover the whole goal when they stand above its goal line', () => {
    expect(
      check(joinLines('# goalpost-ignore unknown-category -- the clinic’s own category, agreed with the team', 'goal a: Walk 3 times a week', '  category: social')),
    ).toBe('');
  });

  it('cover only the next line when it is not a goal line, and their own line at the end of a line', () => {
    const text = joinLines(
      'goal a: Walk 3 times a week',
      '  # goalpost-ignore unknown-category -- kept as written by the client',
      '  category: social',
      'goal b: Walk 3 times a week',
      '  category: social  # goalpost-ignore unknown-category -- same here',
      'goal c: Walk 3 times a week',
      '  category: social',
    );
    expect(check(text)).toMatchInlineSnapshot(`
      "  category: social
                  ^^^^^^ warning unknown-category: 'social' is not one of the seven categories. Did you mean 'relationship'?"
    `);
  });

  it('list several rules, separated by commas', () => {
    const text = joinLines(
      '# goalpost-ignore unknown-category, duplicate-goal-id -- migrated plan, cleaned up next session',
      'goal a: Walk 3 times a week',
      '  category: social',
      'goal a: Walk 4 times a week',
    );
    expect(check(text)).toMatchInlineSnapshot(`
      "# goalpost-ignore unknown-category, duplicate-goal-id -- migrated plan, cleaned up next session
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning unused-suppression: Nothing here needs 'duplicate-goal-id' set aside any more; remove it from this goalpost-ignore comment.
      goal a: Walk 4 times a week
           ^ error duplicate-goal-id: Duplicate goal id 'a': line 2 already uses it. Rename this one, e.g. 'a-2'."
    `);
  });
});

describe('unused-suppression', () => {
  it('reports a suppression that silences nothing', () => {
    expect(
      check(joinLines('# goalpost-ignore unknown-category -- was needed before', 'goal a: Walk 3 times a week', '  category: behavioral')),
    ).toMatchInlineSnapshot(`
      "# goalpost-ignore unknown-category -- was needed before
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning unused-suppression: Nothing here needs 'unknown-category' set aside any more; delete this goalpost-ignore comment."
    `);
  });

  it('says it in simple words in the plain voice', () => {
    const text = joinLines('# goalpost-ignore unknown-category -- was needed before', 'goal a: Walk 3 times a week', '  category: behavioral');
    const { diagnostics } = analyze(text, { today: TODAY, config: { ...DEFAULT_CONFIG, voice: 'plain' }, rules: RULES });
    expect(diagnostics.map((d) => d.message)).toEqual(['Nothing here needs skipping any more; you can delete this note.']);
  });

  it('stays silent for a rule that is turned off, since it did not run', () => {
    expect(
      check(joinLines('# goalpost-ignore unknown-category -- was needed before', 'goal a: Walk 3 times a week', '  category: behavioral'), {
        'unknown-category': 'off',
      }),
    ).toBe('');
  });
});
