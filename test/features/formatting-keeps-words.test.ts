// Formatting regressions found by the fuzz run (test/fuzz): each case is its smallest input.
import { describe, expect, it } from 'vitest';
import { applyTextEdits, documentContext, formatDocument, parse } from '../../server/src/core/index';
import { TODAY } from '../support/rules';

const format = (text: string) => applyTextEdits(text, formatDocument(documentContext(text, { today: TODAY })));

describe('formatDocument', () => {
  it('keeps a U+FEFF that starts a later line: dropping the blank lines above would make it the byte-order mark', () => {
    const text = '\r\n\uFEFF[x] not a field\r\ngoal walk: Walk';
    const once = format(text);
    expect(once).toBe('\r\n\uFEFF[x] not a field\r\n\r\ngoal walk: Walk\r\n');
    expect(parse(once).diagnostics.map((d) => d.code)).toEqual(parse(text).diagnostics.map((d) => d.code));
    expect(format(once)).toBe(once);
  });

  it('drops only spaces and tabs at the end of a comment, never a U+FEFF or a no-break or ideographic space', () => {
    expect(format('# \uFEFF')).toBe('# \uFEFF\n');
    expect(format('plan: Rest  # 休む\u3000 \t')).toBe('plan: Rest  # 休む\u3000\n');
    expect(format('goal a: Rest\n  value: Calm\u00A0 # kept\u00A0 ')).toBe('goal a: Rest\n  value: Calm\u00A0  # kept\u00A0\n');
  });

  it('settles in one pass, with one edit per line, when a comment sits over an indented broken goal line', () => {
    // The blank line before the goal line went between it and the comment that takes its indentation,
    // so a second pass moved the comment again, and the document was replaced in one sweeping edit.
    const text = '-\n # \n  goal';
    const edits = formatDocument(documentContext(text, { today: TODAY }));
    expect(edits.every((e) => e.range.start.line === e.range.end.line)).toBe(true);
    expect(format(text)).toBe('-\n\n  #\n  goal\n');
    expect(format(format(text))).toBe(format(text));
  });

  it('adds a blank line after a lone CR with a CR, which an LF would join into one CRLF', () => {
    const text = 'goal a: Rest\rgoal b: Walk\n';
    expect(formatDocument(documentContext(text, { today: TODAY })).every((e) => e.range.start.line === e.range.end.line)).toBe(true);
    expect(format(text)).toBe('goal a: Rest\r\rgoal b: Walk\n');
    expect(format(format(text))).toBe(format(text));
  });

  it('leaves a line of spaces between a lone CR and an LF as it is, since emptying it would join the two breaks', () => {
    const text = 'k\r \ngoal\n';
    expect(formatDocument(documentContext(text, { today: TODAY })).every((e) => e.range.start.line === e.range.end.line)).toBe(true);
    expect(format(format(text))).toBe(format(text));
    expect(format(text).split(/\r\n|\r|\n/).length).toBe(text.split(/\r\n|\r|\n/).length);
  });

  it('writes a review of several goals with each comma against the goal before it', () => {
    const goals = 'goal sober: No alcohol\n\ngoal walk: Walk daily\n';
    expect(format(`${goals}\n2026-09-14 review sober, walk -- going well`)).toBe(`${goals}\n2026-09-14 review sober, walk -- going well\n`);
    expect(format(`${goals}\n2026-09-14 review sober ,walk`)).toBe(`${goals}\n2026-09-14 review sober, walk\n`);
  });
});
