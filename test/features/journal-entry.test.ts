import { describe, expect, it } from 'vitest';
import { applyTextEdits, documentContext, journalEntry, type EntryRequest } from '../../server/src/core/index';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

const PLAN = joinLines(
  'plan: Entry test',
  'start: 2026-11-01',
  'review: every 2 weeks',
  '',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  category: symptom-reduction',
  '  value: Being at work without planning an escape',
  '  measure: Attacks in the panic diary',
  '  target: 1 attack/week',
  '  due: 2027-01-31',
  '  scale:',
  '    -2: 4 or more attacks a week',
  '    -1: 3 attacks a week',
  '     0: 2 attacks a week',
  '    +1: 1 attack a week',
  '    +2: no attacks for two weeks',
  '',
  '2026-11-08 progress panic: 3 attacks/week',
  '',
);

/** The document after the command's edit, or the problem it reports. */
function record(request: Partial<EntryRequest> & Pick<EntryRequest, 'kind' | 'value'>, text = PLAN): string {
  const answer = journalEntry(documentContext(text, { today: TODAY }), { goal: 'panic', date: TODAY, ...request });
  if (!answer.ok) return `problem: ${answer.problem}`;
  return applyTextEdits(text, answer.edits) + (answer.warning ? `warning: ${answer.warning}` : '');
}

describe('journal entries written by the editor commands', () => {
  it('append a dated progress line after the last entry, above trailing blank lines', () => {
    const after = record({ kind: 'progress', value: ' 2 attacks/week ' });
    expect(after.split('\n').slice(-4)).toEqual(['', '2026-11-08 progress panic: 3 attacks/week', `${TODAY} progress panic: 2 attacks/week`, '']);
  });

  it('write a review level the way the format does, whatever sign the person typed', () => {
    expect(record({ kind: 'review', value: '1' })).toContain(`${TODAY} review panic: +1\n`);
    expect(record({ kind: 'review', value: '−2' })).toContain(`${TODAY} review panic: -2\n`);
    expect(record({ kind: 'review', value: '3' })).toBe("problem: Choose a level from -2 to +2 for 'panic', or describe how it went in words.");
  });

  it('write a review without a level, bare or with a remark in words', () => {
    expect(record({ kind: 'review', value: '' })).toContain(`${TODAY} review panic\n`);
    expect(record({ kind: 'review', value: 'on track, talked it through' })).toContain(`${TODAY} review panic -- on track, talked it through\n`);
  });

  it('put a baseline with its date among the goal’s fields, in template order', () => {
    const lines = record({ kind: 'baseline', value: '3 attacks/week' }).split('\n');
    expect(lines.slice(6, 9)).toEqual(['  value: Being at work without planning an escape', `  baseline: 3 attacks/week on ${TODAY}`, '  measure: Attacks in the panic diary']);
    expect(record({ kind: 'baseline', value: '3 attacks/week on 2026-10-30' })).toContain('  baseline: 3 attacks/week on 2026-10-30\n');
  });

  it('refuse a second baseline, an unknown goal, an empty value and a value over two lines', () => {
    const withBaseline = PLAN.replace('  measure:', '  baseline: 3 attacks/week on 2026-11-01\n  measure:');
    expect(record({ kind: 'baseline', value: '2 attacks/week' }, withBaseline)).toBe("problem: 'panic' has a baseline already; revise it in the journal instead.");
    expect(record({ kind: 'progress', value: '2', goal: 'sleep' })).toBe("problem: This plan has no goal 'sleep'.");
    expect(record({ kind: 'progress', value: '  ' })).toBe('problem: Write a value, such as 2 attacks/week.');
    expect(record({ kind: 'progress', value: '2\n3' })).toBe('problem: Write the value on one line.');
    expect(record({ kind: 'progress', value: '2', date: '2026-02-30' })).toBe("problem: '2026-02-30' is not a date written YYYY-MM-DD.");
  });

  it('report what the checks say about the new line, refusing only errors', () => {
    // A backdated line is out of order: written, with the warning the rule gives.
    const backdated = record({ kind: 'progress', value: '2 attacks/week', date: '2026-11-02' });
    expect(backdated).toContain('2026-11-02 progress panic: 2 attacks/week\n');
    expect(backdated).toMatch(/warning: This line is dated 2026-11-02 but follows 2026-11-08/);
    expect(record({ kind: 'progress', value: '2 attacks/week', date: '2026-12-30' })).toMatch(/warning: 2026-12-30 has not happened yet/);
    expect(record({ kind: 'progress', value: '2 hours' })).toMatch(/warning: Progress in 'hours', but 'panic' is counted in 'attack\/week'/);
    // A value the format cannot read is an error: nothing is written.
    expect(record({ kind: 'progress', value: 'lots' })).toMatch(/^problem: A measurement starts with a number/);
  });

  it('keep the document’s own line breaks', () => {
    const crlf = PLAN.replace(/\n/g, '\r\n');
    expect(record({ kind: 'progress', value: '2 attacks/week' }, crlf)).toContain(`attacks/week\r\n${TODAY} progress panic: 2 attacks/week\r\n`);
  });
});
