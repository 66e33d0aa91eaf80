// The LSP encoding of the core's semantic tokens: the legend the server announces and the integers
// that index into it (server/src/lsp/semantic-tokens.ts).
import { describe, expect, it } from 'vitest';
import { documentContext, semanticTokens, type SemanticToken } from '../../server/src/core/index';
import { encodeSemanticTokens, SEMANTIC_TOKENS_LEGEND } from '../../server/src/lsp/semantic-tokens';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

/** A declaration, a reference that resolves and one that does not, and an id beyond ASCII. */
const text = joinLines(
  'goal calm: Leave the house on 5 days a week by June',
  'goal 睡眠: Sleep 7 hours',
  '2026-11-15 review clam: -1',
  '2026-11-20 note 睡眠: 😀 slept well',
);

describe('semantic tokens in LSP terms', () => {
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
    const tokens = semanticTokens(documentContext(text, { today: TODAY }));
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
