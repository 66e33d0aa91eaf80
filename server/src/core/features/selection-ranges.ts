/** Smart selection: from the word under the cursor out to its line, its field, its goal, the plan. */
import type { Position, Range } from '../model';
import type { DocumentContext } from './context';
import { contains, encloses } from './positions';

export interface SelectionRange {
  readonly range: Range;
  readonly parent?: SelectionRange;
}

/** The nested ranges around `position`, innermost first, each inside the next; the outermost is the whole document. */
export function selectionRange({ snapshot: { plan, lines } }: DocumentContext, position: Position): SelectionRange {
  const candidates: Range[] = [];
  const consider = (range: Range | undefined) => {
    if (range && contains(range, position)) candidates.push(range);
  };
  for (const goal of plan.goals) {
    if (!contains(goal.range, position)) continue;
    consider(goal.idRange);
    consider(goal.statement.range);
    consider(goal.headerRange);
    for (const field of goal.fields) {
      consider(field.key.range);
      consider(field.raw?.range);
      consider(field.note?.range);
      consider(field.range);
      const value = field.value;
      const children = value?.type === 'list' ? value.items : value?.type === 'scale' ? value.levels : [];
      for (const child of children) {
        consider(child.text.range);
        consider(child.range);
      }
    }
    consider(goal.range);
  }
  for (const field of plan.header.fields) {
    consider(field.raw?.range);
    consider(field.range);
  }
  for (const entry of plan.journal) {
    if (!contains(entry.range, position)) continue;
    consider(entry.date.range);
    if ('goal' in entry) consider(entry.goal?.range);
    consider(entry.note?.range);
    consider(entry.range);
  }
  // The whole document ends where its last line does, counted as every range is (a byte-order mark is no character).
  candidates.push({ start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)?.text.length ?? 0 } });
  // Innermost first; drop repeats and any range that does not hold the one before it.
  const size = (r: Range) => (r.end.line - r.start.line) * 1_000_000 + (r.end.character - r.start.character);
  const sorted = candidates.sort((a, b) => size(a) - size(b));
  const chain: Range[] = [];
  for (const range of sorted) {
    const last = chain.at(-1);
    if (!last || (encloses(range, last) && !encloses(last, range))) chain.push(range);
  }
  return chain.reduceRight<SelectionRange | undefined>((parent, range) => ({ range, ...(parent && { parent }) }), undefined)!;
}
