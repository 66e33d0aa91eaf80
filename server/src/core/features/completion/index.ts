/**
 * Completion: what may be written at the cursor, worked out from the line being typed and the plan.
 * Items replace the word or value at the cursor; the language server maps them to LSP.
 */
import type { Plan, Position } from '../../model';
import type { DocumentContext } from '../context';
import { completionContext } from './context';
import { dateItems } from './dates';
import { goalFieldItems, reviseKeyItems } from './fields';
import type { Request } from './item';
import { entryKindItems, lineStartItems } from './journal';
import type { CompletionItem, CompletionOptions } from './types';
import { categoryItems, choiceItems, entryGoalItems, intervalItems, levelItems, partOfItems, unitItems } from './values';

export type { CompletionEdit, CompletionItem, CompletionKind, CompletionOptions } from './types';

/**
 * The plan without the entries on the line being typed: that line may already read as an entry,
 * but it is not a fact of the plan yet. The plan itself when the line holds none, so that the
 * journal indexes the queries keep per plan are not rebuilt for every completion.
 */
function withoutLine(plan: Plan, line: number): Plan {
  if (!plan.journal.some((entry) => entry.range.start.line === line)) return plan;
  return { ...plan, journal: plan.journal.filter((entry) => entry.range.start.line !== line) };
}

/** The suggestions at `position` in the document; the editor filters them by what is typed. */
export function complete({ snapshot: { text, plan }, today, config }: DocumentContext, position: Position, options: CompletionOptions): CompletionItem[] {
  const context = completionContext(text, plan, position, today);
  if (!context) return [];
  const request: Request = {
    plan: withoutLine(plan, context.line),
    context,
    today,
    snippets: options.snippets,
    eol: /\r\n|\r|\n/.exec(text)?.[0] ?? '\n',
    config,
  };
  const { slot, goal } = context;
  switch (slot.kind) {
    case 'line-start':
      return lineStartItems(request, slot.inHeader);
    case 'entry-kind':
      return entryKindItems(request);
    case 'entry-goal':
      return entryGoalItems(request, slot.entryKind);
    case 'revise-key':
      return reviseKeyItems(request);
    case 'field-key':
      return goal ? goalFieldItems(request, goal, slot.indent) : [];
    case 'category':
      return categoryItems(request);
    case 'choice':
      return choiceItems(request, slot.key);
    case 'part-of':
      return partOfItems(request);
    case 'date':
      return dateItems(request, slot.use);
    case 'unit':
      return unitItems(request);
    case 'level':
      return levelItems(request, slot.use);
    case 'interval':
      return intervalItems(request, slot.inHeader);
  }
}
