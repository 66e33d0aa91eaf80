// The parser's codes are one table (SYNTAX_CODE_INFO in server/src/core/build/diagnostics.ts): a code
// added there fails here until docs/format.md's table of errors has its row and SARIF describes it.
import { describe, expect, it } from 'vitest';
import { describeRules } from '../../server/src/cli/formats/sarif-rules';
import { SYNTAX_CODE_INFO, SYNTAX_CODES } from '../../server/src/core/index';
import { formatSection } from '../support/docs';

describe('the syntax codes', () => {
  it('are the codes of the table, in its order', () => {
    expect(SYNTAX_CODES).toEqual(SYNTAX_CODE_INFO.map((info) => info.code));
    expect(new Set(SYNTAX_CODES).size).toBe(SYNTAX_CODES.length);
  });

  it('each have a row in the table of docs/format.md, which has no other code', () => {
    const section = formatSection('Errors in the format');
    const start = section.indexOf('| code | the problem |');
    expect(start).toBeGreaterThan(0);
    const end = section.indexOf('\n\n', start);
    const table = section.slice(start, end < 0 ? undefined : end);
    const rows = [...table.matchAll(/^\| `([a-z-]+)` \| (.+) \|$/gm)];
    expect(rows.map((row) => row[1]).sort()).toEqual([...SYNTAX_CODES].sort());
    for (const [, code, problem] of rows) expect(problem!.trim(), code).not.toBe('');
  });

  it('are each described in SARIF by their summary, as format errors', () => {
    const rules = describeRules([]);
    for (const { code, summary } of SYNTAX_CODE_INFO) {
      const rule = rules.find((r) => r.id === code);
      expect(rule, code).toBeDefined();
      expect(rule!.shortDescription?.text).toBe(summary);
      expect(rule!.defaultConfiguration?.level).toBe('error');
      expect(rule!.properties?.tags).toEqual(['format']);
    }
    expect(rules.filter((r) => r.properties?.tags?.includes('format')).map((r) => r.id)).toEqual(SYNTAX_CODES);
  });
});
