// Positions are LSP positions: zero-based lines, UTF-16 code units, any line ending, no BOM.
import { describe, expect, it } from 'vitest';
import { parse, type Range } from '../../server/src/core/index';

/** The text a range covers in a document, counting lines the way LSP does. */
function textAt(text: string, range: Range): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return lines[range.start.line]!.slice(range.start.character, range.end.character);
}

const goal = 'goal café: Ring 😀 👩‍👩‍👧 mum 3 times a week -- 大切 # ok';

describe('ranges', () => {
  it('count UTF-16 code units through emoji, ZWJ sequences, accents and CJK', () => {
    const { plan } = parse(goal);
    const g = plan.goals[0]!;
    expect(g.idRange.start.character).toBe(5);
    expect(textAt(goal, g.idRange)).toBe('café');
    expect(textAt(goal, g.statement.range)).toBe('Ring 😀 👩‍👩‍👧 mum 3 times a week');
    expect(g.statement.range.end.character).toBe(goal.indexOf(' --'));
    expect(textAt(goal, g.note!.range)).toBe('大切');
    expect(textAt(goal, plan.comments[0]!.range)).toBe('# ok');
  });

  it('are the same with LF, CRLF, CR and a byte-order mark', () => {
    const lines = ['plan: Test', '', goal, '  due: 2027-02-30', '2026-11-08 progress café: 3 calls/week 😀'];
    const variants = ['\n', '\r\n', '\r'].flatMap((eol) => [lines.join(eol), `\uFEFF${lines.join(eol)}`]);
    const results = variants.map((text) => {
      const { plan, diagnostics } = parse(text);
      const entry = plan.journal[0]!;
      return {
        goal: plan.goals[0]!.range,
        due: diagnostics.map((d) => [d.code, textAt(text, d.range)]),
        entry: entry.range,
        value: entry.kind === 'progress' ? textAt(text, entry.quantity.text.range) : '',
        lineCount: plan.lineCount,
      };
    });
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]).toMatchInlineSnapshot(`
      {
        "due": [
          [
            "invalid-date",
            "2027-02-30",
          ],
        ],
        "entry": {
          "end": {
            "character": 41,
            "line": 4,
          },
          "start": {
            "character": 0,
            "line": 4,
          },
        },
        "goal": {
          "end": {
            "character": 17,
            "line": 3,
          },
          "start": {
            "character": 0,
            "line": 2,
          },
        },
        "lineCount": 5,
        "value": "3 calls/week 😀",
      }
    `);
  });

  it('cover values, keys and dates exactly', () => {
    const text = '  baseline: 3 attacks/week on 2026-11-01 -- intake';
    const { plan } = parse(`goal a: Fewer attacks, 1 a week by March\n${text}`);
    const baseline = plan.goals[0]!.baseline!;
    const field = plan.goals[0]!.fields[0]!;
    const slice = (r: Range) => text.slice(r.start.character, r.end.character);
    expect([slice(field.key.range), slice(baseline.text.range), slice(baseline.date!.range), slice(field.note!.range)]).toEqual([
      'baseline',
      '3 attacks/week',
      '2026-11-01',
      'intake',
    ]);
  });
});
