/** From the core's editor-neutral values to LSP types: the one place that knows both. */
import {
  CompletionItemKind,
  InlayHintKind,
  InsertTextFormat,
  InsertTextMode,
  type CodeAction as LspCodeAction,
  type CodeLens as LspCodeLens,
  type CompletionItem as LspCompletionItem,
  DiagnosticSeverity,
  DocumentSymbol as LspSymbol,
  type InlayHint as LspInlayHint,
  type SelectionRange as LspSelectionRange,
  type SymbolInformation,
  SymbolKind,
  type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver/node';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  CompletionKind,
  Diagnostic,
  DocumentSymbol,
  Goal,
  InlayHint,
  Plan,
  SelectionRange,
  Severity,
  SymbolKind as CoreSymbolKind,
} from '../core/index';
import { lensCommand } from './lens-commands';

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

/** A code action on the document `uri`, with the findings it fixes linked to their rule pages by `pageOf`. */
export function toLspCodeAction(action: CodeAction, uri: string, pageOf: (code: string) => string | undefined): LspCodeAction {
  return {
    title: action.title,
    kind: action.kind,
    ...(action.diagnostics && { diagnostics: action.diagnostics.map((d) => toLspDiagnostic(d, pageOf)) }),
    ...(action.isPreferred && { isPreferred: true }),
    edit: { changes: { [uri]: [...action.edit] } },
  };
}

export function toLspInlayHint(hint: InlayHint): LspInlayHint {
  return {
    position: hint.position,
    label: hint.label,
    ...(hint.kind && { kind: hint.kind === 'type' ? InlayHintKind.Type : InlayHintKind.Parameter }),
    ...(hint.paddingLeft && { paddingLeft: true }),
  };
}

/** A selection range with each of its parents, out to the whole document. */
export function toLspSelectionRange(r: SelectionRange): LspSelectionRange {
  return { range: r.range, ...(r.parent && { parent: toLspSelectionRange(r.parent) }) };
}

/** An LSP lens always carries a command: a lens that runs none gets an empty command id. */
export function toLspCodeLens(lens: CodeLens, uri: string): LspCodeLens {
  return { range: lens.range, command: lensCommand(lens.title, lens.action, uri) };
}

/** A goal as a workspace symbol, inside its plan's title. */
export function toLspWorkspaceSymbol(uri: string, plan: Plan, goal: Goal): SymbolInformation {
  return { name: goal.id, kind: SymbolKind.Class, containerName: plan.header.title?.text ?? '', location: { uri, range: goal.idRange } };
}
