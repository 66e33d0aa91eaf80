/**
 * Semantic tokens for what a TextMate grammar cannot know: whether a goal id names a goal this
 * plan defines. The grammar colours the rest of the line.
 */
import type { Plan, Range } from '../model';
import { goalOccurrences } from './goal-references';
import { comparePositions } from './positions';

export type SemanticTokenType = 'goal' | 'unresolvedGoal';
export type SemanticTokenModifier = 'declaration' | 'reference';

/** A token on one line, in LSP terms: zero-based line, UTF-16 start and length. */
export interface SemanticToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

export interface SemanticTokensLegend {
  readonly tokenTypes: readonly string[];
  readonly tokenModifiers: readonly string[];
}

/** The legend the server announces; the encoded numbers index into these arrays. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['goal', 'unresolvedGoal'],
  tokenModifiers: ['declaration', 'reference'],
};

/** Every goal id in the plan as a token, in document order; only those in `range` when one is given. */
export function semanticTokens(plan: Plan, range?: Range): SemanticToken[] {
  const ids = new Set(plan.goals.map((g) => g.id));
  return goalOccurrences(plan)
    .filter((o) => o.range.start.line === o.range.end.line && o.range.end.character > o.range.start.character)
    .filter((o) => !range || (comparePositions(o.range.end, range.start) > 0 && comparePositions(o.range.start, range.end) < 0))
    .map((o): SemanticToken => ({
      line: o.range.start.line,
      character: o.range.start.character,
      length: o.range.end.character - o.range.start.character,
      type: o.kind === 'definition' || ids.has(o.id) ? 'goal' : 'unresolvedGoal',
      modifiers: [o.kind === 'definition' ? 'declaration' : 'reference'],
    }))
    .sort((a, b) => a.line - b.line || a.character - b.character);
}

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
