import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core/index';
import { joinLines, renderDiagnostics } from '../support/render';
import { TODAY } from '../support/rules';

/** The suppression findings of a fixture, with every rule running. */
function suppressionFindings(text: string): string {
  const { diagnostics } = analyze(text, { today: TODAY });
  return renderDiagnostics(text, diagnostics.filter((d) => d.code.endsWith('-suppression')));
}

describe('invalid-suppression', () => {
  it('asks for a reason, a known rule id, and something to apply to', () => {
    expect(
      suppressionFindings(
        joinLines(
          '# goalpost-ignore unknown-category',
          'goal a: Walk 3 times a week',
          '  category: social',
          '# goalpost-ignore unknown-categry -- typo in the id',
          'goal b: Walk 3 times a week',
          '# goalpost-ignore invalid-date -- format problems cannot be set aside',
          'goal c: Walk 3 times a week',
          '# goalpost-ignore -- no rule named',
          'goal d: Walk 3 times a week',
          '# goalpost-ignore unknown-category -- nothing after me',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "# goalpost-ignore unknown-category
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning invalid-suppression: Add the reason after ' -- ', so the next reader knows why: '# goalpost-ignore unknown-category -- <why>'.
      # goalpost-ignore unknown-categry -- typo in the id
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning invalid-suppression: 'unknown-categry' is not a Goalpost rule. Did you mean 'unknown-category'?
      # goalpost-ignore invalid-date -- format problems cannot be set aside
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning invalid-suppression: 'invalid-date' is a problem in the file's format and cannot be set aside; fix the line instead.
      # goalpost-ignore -- no rule named
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning invalid-suppression: Name the rule to set aside, and why: '# goalpost-ignore vague-goal -- the client's own words, kept on purpose'.
      # goalpost-ignore unknown-category -- nothing after me
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning invalid-suppression: This goalpost-ignore comment has nothing after it to apply to."
    `);
  });
});
