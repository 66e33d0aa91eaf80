// Properties that hold for every input: parsing never throws, and every range it reports is
// inside the document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, type Range } from '../../server/src/core/index';

/** Lines built from the pieces the format is made of, so random input reaches deep into the parser. */
const piece = fc.constantFrom(
  'goal', 'panic', ':', ' ', '  ', '\t', '-', '--', ' -- ', '#', ' # ', '[x]', '[ ]', '2026-11-08', '2026-02-30',
  '2026-1-5', '+1', '-2', '3', '7.5', 'attacks/week', 'every', '2 weeks', 'sessions', 'review', 'progress',
  'revise', 'target', 'milestone', 'scale', 'steps', 'category', 'part of', 'start level', 'weight', 'x',
  '😀', '👩‍👩‍👧', 'é', '睡眠', 'שלום', '\u200f', '\r', '\n', '\r\n', '\uFEFF', ':', '/', '(', '"',
);
const documents = fc.array(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), { maxLength: 30 }).map((lines) => lines.join('\n'));

function inside(range: Range, lines: string[]): boolean {
  const { start, end } = range;
  const fits = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  return fits(start) && fits(end) && (start.line < end.line || (start.line === end.line && start.character <= end.character));
}

describe('parse', () => {
  it('never throws and reports ranges inside the document', () => {
    fc.assert(
      fc.property(fc.oneof(documents, fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
        const { plan, diagnostics } = parse(text);
        const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
        expect(plan.lineCount).toBe(lines.length);
        for (const d of diagnostics) expect(inside(d.range, lines), JSON.stringify(d)).toBe(true);
        for (const goal of plan.goals) expect(inside(goal.range, lines)).toBe(true);
        for (const entry of plan.journal) expect(inside(entry.range, lines)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('reports problems as errors with a code and a message, never as raw parser output', () => {
    fc.assert(
      fc.property(documents, (text) => {
        for (const d of parse(text).diagnostics) {
          expect(d.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
          expect(d.message).not.toMatch(/Expecting|token of type|EOF|NoViableAlt|MismatchedToken/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
