import { describe, expect, it } from 'vitest';
import { analyze, parse, RULE_INFO, SYNTAX_CODES } from '../../server/src/core/index';
import { readSuppressions } from '../../server/src/core/rules/suppressions';
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
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning invalid-suppression: This goalpost-ignore comment has nothing after it to apply to: put it above the line or goal it is for."
    `);
  });

  it('has a plain wording for each problem, naming no rule id', () => {
    const text = joinLines(
      '# goalpost-ignore unknown-category',
      'goal a: Walk 3 times a week',
      '# goalpost-ignore unknown-categry -- typo in the id',
      'goal b: Walk 3 times a week',
      '# goalpost-ignore invalid-date -- format problems cannot be set aside',
      'goal c: Walk 3 times a week',
      '# goalpost-ignore -- no rule named',
      'goal d: Walk 3 times a week',
      '# goalpost-ignore unknown-category -- nothing after me',
    );
    const ids = RULE_INFO.map((rule) => rule.id);
    const { problems } = readSuppressions(parse(text).plan, ids, (code) => SYNTAX_CODES.includes(code));
    expect(problems.map((p) => `${p.range.start.line + 1}: ${p.plain}`)).toMatchInlineSnapshot(`
      [
        "1: Say why this check is hidden, after ' -- ', e.g. '-- my own words, kept on purpose'.",
        "3: 'unknown-categry' is not the name of a check. Copy the name shown beside the message you want to hide.",
        "5: 'invalid-date' can't be hidden, because the line itself needs fixing. Fix the line, and the message goes away.",
        "7: This comment doesn't say which check to hide. Add its name and why, e.g. '# goalpost-ignore <name> -- my own words'.",
        "9: This comment has no line below it to hide a check on. Put it just above the line it is for.",
      ]
    `);
  });
});
