// The samples are the format's showcase: the good ones must read without a single problem, and
// the flawed one must produce exactly the problems its `# expect: <code>` comments promise: one of
// each format error and one finding of each rule, checked on a fixed date.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, RULE_INFO, SYNTAX_CODES } from '../server/src/core/index';
import { renderDiagnostics } from './support/render';
import { TODAY } from './support/rules';

const dir = new URL('../samples/', import.meta.url);
const samples = readdirSync(dir).filter((name) => name.endsWith('.goals'));
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

/** `line:code` for every `# expect: code[, code]` comment. */
function expectations(text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const match = /#\s*expect:\s*(.+)$/.exec(line);
    return match ? match[1]!.split(',').map((code) => `${index + 1}:${code.trim()}`) : [];
  });
}

describe('samples', () => {
  it('include the five plans the format promises', () => {
    expect(samples).toEqual(
      expect.arrayContaining(['anxiety-panic.goals', 'addiction-recovery.goals', 'couple-communication.goals', 'values-identity.goals', 'flawed.goals']),
    );
  });

  for (const name of samples.filter((n) => n !== 'flawed.goals')) {
    it(`${name} reads without problems and has goals and a journal`, () => {
      const text = read(name);
      const { plan, diagnostics } = analyze(text, { today: TODAY });
      expect(renderDiagnostics(text, diagnostics)).toBe('');
      expect(plan.goals.length).toBeGreaterThan(0);
      expect(plan.journal.length).toBeGreaterThan(0);
      expect(expectations(text)).toEqual([]);
    });
  }

  it('flawed.goals produces exactly the problems its comments promise', () => {
    const text = read('flawed.goals');
    const found = analyze(text, { today: TODAY }).diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`);
    expect(found.sort()).toEqual(expectations(text).sort());
  });

  it('flawed.goals shows every format error and every rule exactly once', () => {
    const codes = analyze(read('flawed.goals'), { today: TODAY }).diagnostics.map((d) => d.code).sort();
    expect(codes).toEqual([...SYNTAX_CODES, ...RULE_INFO.map((r) => r.id)].sort());
  });
});
