/** What every item builder shares: the request it answers, and one way to make an item. */
import type { Config } from '../../config';
import type { Plan } from '../../model';
import type { CompletionContext } from './context';
import type { CompletionItem, CompletionKind } from './types';

/** One completion request, as the item builders see it. */
export interface Request {
  readonly plan: Plan;
  readonly context: CompletionContext;
  readonly today: string;
  readonly config?: Config;
  readonly snippets: boolean;
  /** The document's own line break, for items that write several lines. */
  readonly eol: string;
}

type Extra = Omit<Partial<CompletionItem>, 'label' | 'kind' | 'edit' | 'insertTextFormat'> & { readonly snippet?: boolean };

/** An item that replaces the context's range with `newText`; `snippet` marks text with tab stops. */
export function makeItem(request: Request, label: string, kind: CompletionKind, newText: string, extra: Extra = {}): CompletionItem {
  const { snippet, ...rest } = extra;
  const item: CompletionItem = { label, kind, edit: { range: request.context.range, newText }, insertTextFormat: snippet ? 'snippet' : 'plain' };
  const defined = Object.entries(rest).filter(([, value]) => value !== undefined && value !== false);
  return { ...item, ...Object.fromEntries(defined) };
}

/** A sort key: items sort by group, then by their place in the group. */
export function sortKey(group: number, index: number): string {
  return `${group}-${String(index).padStart(3, '0')}`;
}

/** Escapes text taken from the document (a unit such as `$/week`) for use inside a snippet. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}
