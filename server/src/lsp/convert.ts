/** From the core's editor-neutral values to LSP types: the one place that knows both. */
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionItem as LspCompletionItem,
  DiagnosticSeverity,
  DocumentSymbol as LspSymbol,
  SymbolKind,
  type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver/node';
import type { CompletionItem, CompletionKind, Diagnostic, Severity } from '../core/index';
import type { DocumentSymbol, SymbolKind as CoreSymbolKind } from '../core/features/document-symbols';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A finding as LSP sends it; `pageOf` gives the link to the rule's page (`codeDescription`), which
 * editors show on the code, one click from the message.
 */
export function toLspDiagnostic(d: Diagnostic, pageOf: (code: string) => string | undefined = () => undefined): LspDiagnostic {
  const href = pageOf(d.code);
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    ...(href && { codeDescription: { href } }),
    source: 'goalpost',
    message: d.message,
    ...(d.data && { data: d.data }),
  };
}

/** True when an editor's diagnostic is this finding: the same code at the same range. */
export function sameFinding(sent: LspDiagnostic, finding: Diagnostic): boolean {
  const [a, b] = [sent.range, finding.range];
  return (
    sent.code === finding.code &&
    a?.start?.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end?.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** Problems in the settings are shown at the top of each document they apply to. */
export function settingsDiagnostic(message: string): LspDiagnostic {
  const top = { line: 0, character: 0 };
  return { range: { start: top, end: top }, severity: DiagnosticSeverity.Warning, code: 'settings', source: 'goalpost', message: `Settings: ${message}` };
}

const SYMBOL_KIND: Record<CoreSymbolKind, SymbolKind> = {
  plan: SymbolKind.File,
  goal: SymbolKind.Class,
  field: SymbolKind.Field,
  journal: SymbolKind.Namespace,
  month: SymbolKind.Namespace,
  entry: SymbolKind.Event,
};

export function toLspSymbol(s: DocumentSymbol): LspSymbol {
  return LspSymbol.create(s.name, s.detail, SYMBOL_KIND[s.kind], s.range, s.selectionRange, s.children.map(toLspSymbol));
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  field: CompletionItemKind.Field,
  category: CompletionItemKind.EnumMember,
  goal: CompletionItemKind.Reference,
  'entry-kind': CompletionItemKind.Keyword,
  date: CompletionItemKind.Value,
  unit: CompletionItemKind.Unit,
  level: CompletionItemKind.EnumMember,
  interval: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
  value: CompletionItemKind.Value,
};

export function toLspCompletion(item: CompletionItem): LspCompletionItem {
  return {
    label: item.label,
    kind: COMPLETION_KIND[item.kind],
    ...(item.detail && { detail: item.detail }),
    ...(item.documentation && { documentation: { kind: 'markdown', value: item.documentation } }),
    ...(item.sortText && { sortText: item.sortText }),
    ...(item.filterText && { filterText: item.filterText }),
    ...(item.preselect && { preselect: true }),
    textEdit: { range: item.edit.range, newText: item.edit.newText },
    insertTextFormat: item.insertTextFormat === 'snippet' ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // Multi-line items carry their own indentation; the editor must not indent them again.
    ...(item.edit.newText.includes('\n') && { insertTextMode: InsertTextMode.asIs }),
    ...(item.triggerSuggest && { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } }),
  };
}
