/**
 * Semantic tokens for what a TextMate grammar cannot know: whether a goal id names a goal this
 * plan defines. The grammar colours the rest of the line. The language server encodes them.
 */
import type { Range } from '../model';
import type { DocumentContext } from './context';
import { goalOccurrences } from './goal-references';
import { comparePositions } from './positions';

/** Every type of token, in the order the language server's legend lists them. */
export const SEMANTIC_TOKEN_TYPES = ['goal', 'unresolvedGoal'] as const;
/** Every modifier a token may carry, in the order of the legend. */
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration', 'reference'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

/** A token on one line, in LSP terms: zero-based line, UTF-16 start and length. */
export interface SemanticToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

/** Every goal id in the plan as a token, in document order; only those in `range` when one is given. */
export function semanticTokens({ snapshot: { plan } }: DocumentContext, range?: Range): SemanticToken[] {
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
