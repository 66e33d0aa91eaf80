/**
 * What the extension asks of the language server beyond the standard protocol, as one typed
 * interface: commands, the chart, the summary and the status bar depend on this, not on the client.
 */
import type * as vscode from 'vscode';
import type { DidAnalyzeParams, EntryParams, EntryResult, PlanStatusResult, ReportResult } from '../../server/src/lsp/protocol';

export type { DidAnalyzeParams, EntryKind, EntryParams, EntryResult, PlanStatus, PlanStatusResult, ReportData, ReportResult } from '../../server/src/lsp/protocol';

export interface GoalpostServer {
  /** The plan in a document as the chart and the summary show it, or null for a document the server does not know. */
  report(uri: string): Promise<ReportResult>;
  /** The status bar's line for a plan. */
  planStatus(uri: string): Promise<PlanStatusResult>;
  /** The edit that records a value for a goal, or why the value cannot be written. */
  entry(params: EntryParams): Promise<EntryResult>;
  /** Called each time a document's analysis is current. */
  onDidAnalyze(listener: (params: DidAnalyzeParams) => void): vscode.Disposable;
}
