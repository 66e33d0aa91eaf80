import { describe, expect, it } from 'vitest';
import { encodeSemanticTokens, parse, SEMANTIC_TOKENS_LEGEND, semanticTokens, type SemanticToken } from '../../server/src/core/index';
import { joinLines } from '../support/render';

const text = joinLines(
  'goal calm: Leave the house on 5 days a week by June',
  'goal bus: Ride the bus alone twice a week',
  '  part of: calm',
  'goal 睡眠: Sleep 7 hours',
  '2026-11-08 progress bus: 1 rides/week',
  '2026-11-15 review clam: -1',
  '2026-11-20 note 睡眠: 😀 slept well',
);

/** The tokens drawn under the text they cover. */
function render(tokens: readonly SemanticToken[]): string {
  const lines = text.split('\n');
  return tokens
    .map((t) => `${lines[t.line]!.slice(t.character, t.character + t.length)} @${t.line}:${t.character} ${t.type} ${t.modifiers.join(',')}`)
    .join('\n');
}

describe('semantic tokens', () => {
  it('mark goal ids, resolved or not, in document order', () => {
    expect(render(semanticTokens(parse(text).plan))).toMatchInlineSnapshot(`
      "calm @0:5 goal declaration
      bus @1:5 goal declaration
      calm @2:11 goal reference
      睡眠 @3:5 goal declaration
      bus @4:20 goal reference
      clam @5:18 unresolvedGoal reference
      睡眠 @6:16 goal reference"
    `);
  });

  it('keep to a range when asked', () => {
    const range = { start: { line: 4, character: 0 }, end: { line: 5, character: 30 } };
    expect(render(semanticTokens(parse(text).plan, range))).toMatchInlineSnapshot(`
      "bus @4:20 goal reference
      clam @5:18 unresolvedGoal reference"
    `);
  });

  it('announce a legend with every type and modifier the tokens use', () => {
    expect(SEMANTIC_TOKENS_LEGEND).toEqual({ tokenTypes: ['goal', 'unresolvedGoal'], tokenModifiers: ['declaration', 'reference'] });
  });

  it('encode tokens as LSP relative integers', () => {
    const tokens: SemanticToken[] = [
      { line: 2, character: 5, length: 4, type: 'goal', modifiers: ['declaration'] },
      { line: 2, character: 12, length: 3, type: 'unresolvedGoal', modifiers: ['reference'] },
      { line: 0, character: 7, length: 2, type: 'goal', modifiers: ['declaration', 'reference'] },
      { line: 5, character: 1, length: 1, type: 'goal', modifiers: [] },
    ];
    // Out of order on purpose: the encoder sorts, and each start is relative to the token before on its line.
    expect(encodeSemanticTokens(tokens, SEMANTIC_TOKENS_LEGEND)).toEqual([0, 7, 2, 0, 3, 2, 5, 4, 0, 1, 0, 7, 3, 1, 2, 3, 1, 1, 0, 0]);
    expect(encodeSemanticTokens([], SEMANTIC_TOKENS_LEGEND)).toEqual([]);
  });

  it('leave out what the legend does not know', () => {
    const legend = { tokenTypes: ['unresolvedGoal'], tokenModifiers: ['reference'] };
    const tokens: SemanticToken[] = [
      { line: 0, character: 5, length: 4, type: 'goal', modifiers: ['declaration'] },
      { line: 1, character: 2, length: 3, type: 'unresolvedGoal', modifiers: ['declaration', 'reference'] },
    ];
    expect(encodeSemanticTokens(tokens, legend)).toEqual([1, 2, 3, 0, 1]);
  });

  it('encode the tokens of a real plan, round trip', () => {
    const tokens = semanticTokens(parse(text).plan);
    const data = encodeSemanticTokens(tokens);
    let line = 0;
    let character = 0;
    const decoded: SemanticToken[] = [];
    for (let i = 0; i < data.length; i += 5) {
      const [dl, dc, length, type, bits] = data.slice(i, i + 5) as [number, number, number, number, number];
      line += dl;
      character = dl === 0 ? character + dc : dc;
      const modifiers = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, bit) => bits & (1 << bit)) as SemanticToken['modifiers'];
      decoded.push({ line, character, length, type: SEMANTIC_TOKENS_LEGEND.tokenTypes[type] as SemanticToken['type'], modifiers });
    }
    expect(decoded).toEqual(tokens);
  });
});
