// Document symbols, folding ranges and selection ranges, rendered as text.
import { describe, expect, it } from 'vitest';
import { documentContext, documentSymbols, foldingRanges, selectionRange, type DocumentSymbol } from '../../server/src/core/index';
import { withCursor } from '../support/cursor';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

const plan = joinLines(
  '# A plan',
  '# written together',
  'plan: Outline test',
  'start: 2026-11-01',
  '',
  'goal panic: Reduce panic attacks to 1 a week by 2027-01-31',
  '  baseline: 3 attacks/week on 2026-11-01',
  '  steps:',
  '    - [x] Learn paced breathing',
  '    - [ ] Practise daily',
  '  scale:',
  '    -1: 3 attacks a week',
  '     0: 2 attacks a week',
  'goal walk: Walk 3 days a week',
  '',
  '2026-11-08 session',
  '2026-11-15 progress panic: 2 attacks/week',
  '2026-12-01 review panic: 0',
  '2026-12-02 mood: 6/10',
);

function render(symbols: readonly DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? ` (${s.detail})` : ''} ${s.range.start.line}-${s.range.end.line}`,
    ...render(s.children, depth + 1),
  ]);
}

describe('document symbols', () => {
  it('outline the plan, its goals with their fields, and the journal by month', () => {
    expect(render(documentSymbols(documentContext(plan, { today: TODAY }))).join('\n')).toMatchInlineSnapshot(`
      "plan Outline test 2-3
        field plan (Outline test) 2-2
        field start (2026-11-01) 3-3
      goal panic (Reduce panic attacks to 1 a week by 2027-01-31) 5-12
        field baseline (3 attacks/week on 2026-11-01) 6-6
        field steps 7-9
        field scale 10-12
      goal walk (Walk 3 days a week) 13-13
      journal Journal (4 entries) 15-18
        month November 2026 (2 entries) 15-16
          entry 2026-11-08 session 15-15
          entry 2026-11-15 progress panic 16-16
        month December 2026 (2 entries) 17-18
          entry 2026-12-01 review panic 17-17
          entry 2026-12-02 measure mood 18-18"
    `);
  });
});

describe('folding ranges', () => {
  it('fold goals, multi-line fields, months of journal and comment blocks', () => {
    expect(foldingRanges(documentContext(plan, { today: TODAY })).map((f) => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`)).toMatchInlineSnapshot(`
      [
        "0-1 comment",
        "2-3",
        "5-12",
        "7-9",
        "10-12",
        "15-16 region",
        "17-18 region",
      ]
    `);
  });
});

describe('selection ranges', () => {
  function expand(fixture: string): string[] {
    const { text, position } = withCursor(fixture);
    const lines = text.split('\n');
    const out: string[] = [];
    for (let r: ReturnType<typeof selectionRange> | undefined = selectionRange(documentContext(text, { today: TODAY }), position); r; r = r.parent) {
      const { start, end } = r.range;
      out.push(start.line === end.line ? lines[start.line]!.slice(start.character, end.character) : `lines ${start.line}-${end.line}`);
    }
    return out;
  }

  it('grow from a step’s words to the step, the steps field, the goal and the plan', () => {
    expect(expand(plan.replace('Practise daily', 'Practise da$0ily'))).toMatchInlineSnapshot(`
      [
        "Practise daily",
        "- [ ] Practise daily",
        "lines 7-9",
        "lines 5-12",
        "lines 0-18",
      ]
    `);
  });

  it('grow from a goal id in the journal to its entry', () => {
    expect(expand(plan.replace('progress panic', 'progress pa$0nic'))).toMatchInlineSnapshot(`
      [
        "panic",
        "2026-11-15 progress panic: 2 attacks/week",
        "lines 0-18",
      ]
    `);
  });
});
