/**
 * Semantic tokens in LSP's encoding: the legend the server announces, and the core's tokens as the
 * flat integer array that indexes into it. The core names types and modifiers; only this file
 * knows their numbers.
 */
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type SemanticToken } from '../core/index';

export interface SemanticTokensLegend {
  readonly tokenTypes: readonly string[];
  readonly tokenModifiers: readonly string[];
}

/** The legend the server announces; the encoded numbers index into these arrays. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

/**
 * Encodes tokens as LSP's flat integer array: for each token, its line relative to the previous
 * token's, its start relative to the previous token's on the same line (else absolute), its
 * length, its type's index in the legend and a bit set of its modifiers. Tokens whose type is not
 * in the legend are left out, and so are modifiers that are not.
 */
export function encodeSemanticTokens(tokens: readonly SemanticToken[], legend: SemanticTokensLegend = SEMANTIC_TOKENS_LEGEND): number[] {
  const sorted = [...tokens].sort((a, b) => a.line - b.line || a.character - b.character);
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of sorted) {
    const type = legend.tokenTypes.indexOf(token.type);
    if (type < 0) continue;
    const modifiers = token.modifiers.reduce((bits, m) => {
      const index = legend.tokenModifiers.indexOf(m);
      return index < 0 ? bits : bits | (1 << index);
    }, 0);
    data.push(token.line - line, token.line === line ? token.character - character : token.character, token.length, type, modifiers);
    line = token.line;
    character = token.character;
  }
  return data;
}
