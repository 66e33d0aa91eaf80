// The rule catalogue: every rule has a stable id, a summary, a doc page and a test file, and the
// configuration accepts exactly these ids.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_INFO, SYNTAX_CODES } from '../../server/src/core/index';

const root = new URL('../../', import.meta.url);

describe('the rule catalogue', () => {
  it('has unique kebab-case ids that never clash with format codes', () => {
    const ids = RULE_INFO.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(SYNTAX_CODES).not.toContain(id);
    }
  });

  for (const rule of RULE_INFO) {
    it(`${rule.id} has a summary, a doc page that starts with its id, and a test file`, () => {
      expect(rule.summary).toMatch(/^[A-Z].*\.$/);
      const doc = new URL(`docs/rules/${rule.id}.md`, root);
      expect(existsSync(doc), `docs/rules/${rule.id}.md`).toBe(true);
      const text = readFileSync(doc, 'utf8');
      expect(text.startsWith(`# ${rule.id}\n`)).toBe(true);
      expect(text).toContain(`Default severity: ${rule.severity}`);
      expect(existsSync(new URL(`test/rules/${rule.id}.test.ts`, root)), `test/rules/${rule.id}.test.ts`).toBe(true);
    });
  }
});

describe('docs/rules/index.generated.md', () => {
  it('is current (run `npm run generate` after adding or changing a rule)', async () => {
    const { renderRulesIndex } = await import('../../server/scripts/rules-index');
    expect(readFileSync(new URL('docs/rules/index.generated.md', root), 'utf8')).toBe(renderRulesIndex());
  });
});
