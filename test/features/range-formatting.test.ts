// Format Selection (and VS Code's format-modified-lines-on-save) must never change what a plan says
// (issue 15: on a tab-indented plan, formatting one milestone line made it a GAS level).
import { describe, expect, it } from 'vitest';
import { applyTextEdits, documentContext, formatRange, parse, type Range } from '../../server/src/core/index';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

/** The plan a text means, without where things are, and its problems by code. */
function meaning(text: string): string {
  const { plan, diagnostics } = parse(text);
  const { lineCount: _lines, ...rest } = plan;
  return JSON.stringify(rest, (key, value: unknown) => (key === 'range' || key.endsWith('Range') || key === 'index' ? undefined : value)) + diagnostics.map((d) => d.code).join(',');
}

const lineRange = (line: number): Range => ({ start: { line, character: 0 }, end: { line, character: 1 } });

const tabbed = joinLines(
  'goal walk: Walk 3 days a week by 2027-01-31',
  '\tscale:',
  '\t\t-2: no walks',
  '\t\t-1: 1 walk a week',
  '\t\t0: 3 walks a week',
  '\t\t1: 4 walks a week',
  '\t\t2: a walk every day',
  '\tmilestone   2026-12-01:   2 walks/week',
  '\tdue: 2027-01-31',
);

describe('formatRange', () => {
  it('keeps a milestone under a tab-indented scale a milestone, tidying only its spacing', () => {
    const edits = formatRange(documentContext(tabbed, { today: TODAY }), lineRange(7));
    const after = applyTextEdits(tabbed, edits);
    expect(meaning(after)).toBe(meaning(tabbed));
    expect(parse(after).plan.goals[0]!.milestones.map((m) => m.date.iso)).toEqual(['2026-12-01']);
    expect(after.split('\n')[7]).toBe('\tmilestone 2026-12-01: 2 walks/week');
  });

  it('never changes the meaning, whichever single line is formatted, and formatting it again changes nothing', () => {
    for (let line = 0; line < tabbed.split('\n').length; line++) {
      const after = applyTextEdits(tabbed, formatRange(documentContext(tabbed, { today: TODAY }), lineRange(line)));
      expect(meaning(after), `line ${line}`).toBe(meaning(tabbed));
      expect(formatRange(documentContext(after, { today: TODAY }), lineRange(line)), `line ${line}`).toEqual([]);
    }
  });

  it('still moves lines to the canonical indentation when that keeps the plan', () => {
    const text = joinLines('goal walk: Walk', '\tdue: 2027-01-31', '\tkind:   process');
    expect(applyTextEdits(text, formatRange(documentContext(text, { today: TODAY }), lineRange(2)))).toBe(joinLines('goal walk: Walk', '\tdue: 2027-01-31', '  kind: process', ''));
  });
});
