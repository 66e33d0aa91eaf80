/**
 * Completion items in Goalpost's own terms. The core knows no LSP; the language server maps these
 * to LSP completion items (kinds, snippet format, `editor.action.triggerSuggest`).
 */
import type { Range } from '../../model';

export type CompletionKind = 'field' | 'category' | 'goal' | 'entry-kind' | 'date' | 'unit' | 'level' | 'interval' | 'snippet' | 'value';

/** The text an item writes and the range it replaces, on the cursor's line, in UTF-16 code units. */
export interface CompletionEdit {
  readonly range: Range;
  /**
   * Plain text, or an LSP snippet when the item's format is `snippet`.
   * Text over several lines carries its own indentation and the document's line breaks, so it is
   * inserted as it is (LSP `InsertTextMode.asIs`).
   */
  readonly newText: string;
}

/** One suggestion at the cursor. */
export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly sortText?: string;
  readonly filterText?: string;
  readonly edit: CompletionEdit;
  /** `snippet` when `newText` holds tab stops such as `${1:3 attacks/week}`. */
  readonly insertTextFormat: 'plain' | 'snippet';
  readonly preselect?: boolean;
  /**
   * True when the text leads into another completion (`category: `, `2026-11-25 `), so the editor
   * should open the list again after inserting it.
   */
  readonly triggerSuggest?: boolean;
}

/** What a completion request adds to the document's context. */
export interface CompletionOptions {
  /** True when the editor accepts snippets with tab stops; plain text otherwise. */
  readonly snippets: boolean;
}
