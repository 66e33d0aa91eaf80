/**
 * Goalpost's own requests and notifications, beside the standard protocol. The VS Code extension
 * imports this file, so it holds only method names and plain types: no runtime dependency.
 */
import type { ReportData } from '../core/index';

export type { ReportData } from '../core/index';

/** A document the request is about. */
export interface DocumentParams {
  readonly uri: string;
}

/**
 * `goalpost/report`: everything the chart and the summary show about the plan in a document, as it
 * stands today. Answers `null` when the server does not know the document.
 */
export const REPORT_REQUEST = 'goalpost/report';
export type ReportResult = ReportData | null;

/**
 * `initializationOptions` the extension sends. `didAnalyze` asks for the notification below (other
 * clients are not sent it); `trusted: false` means Restricted Mode: `.goalpost.json` files are ignored.
 */
export interface GoalpostInitializationOptions {
  readonly settings?: unknown;
  readonly didAnalyze?: boolean;
  readonly trusted?: boolean;
  /**
   * Push diagnostics even though the client can pull them. VS Code pulls only for documents shown in
   * a tab, so pushing is how documents opened in the background (and Check All) get theirs.
   */
  readonly pushDiagnostics?: boolean;
  /**
   * The client runs the lens commands (`goalpost.logProgress`, `goalpost.recordReview`,
   * `goalpost.addBaseline`) itself, as the extension does with its input boxes; the server then offers
   * no `executeCommandProvider`, which VS Code's client would register as the same commands again.
   */
  readonly clientCommands?: boolean;
}

/**
 * `goalpost/checkWorkspace`: checks every `.goals` file of the workspace folders and pushes the
 * findings of those not open too, so the Problems panel lists them all. Needs push diagnostics.
 */
export const CHECK_WORKSPACE_REQUEST = 'goalpost/checkWorkspace';
export interface CheckWorkspaceResult {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  /** Files that could not be read, by path. */
  readonly unreadable: readonly string[];
}

/** `goalpost/planStatus`: the one-line state of a plan for the status bar. */
export const PLAN_STATUS_REQUEST = 'goalpost/planStatus';
export interface PlanStatus {
  /** `3 goals · review due in 2 days`. */
  readonly text: string;
  /** Longer words for the tooltip: one line per goal with a review coming or overdue. */
  readonly tooltip: string;
  /** True when some goal's review is overdue, so the item can draw attention. */
  readonly overdue: boolean;
}
export type PlanStatusResult = PlanStatus | null;

/** `goalpost/newGoal`: where the New Goal command inserts the template, and the template as a snippet. */
export const NEW_GOAL_REQUEST = 'goalpost/newGoal';
export type NewGoalResult = { readonly position: { readonly line: number; readonly character: number }; readonly snippet: string } | null;

/** The kinds of line the editor commands write. */
export type EntryKind = 'progress' | 'review' | 'baseline';

/**
 * `goalpost/entry`: the edit that records a value for a goal: a dated `progress` or `review` line at
 * the end of the journal, or a `baseline:` field in the goal. With `dryRun` it only checks the value,
 * so an input box can say what is wrong while the person types.
 */
export const ENTRY_REQUEST = 'goalpost/entry';
export interface EntryParams extends DocumentParams {
  readonly goal: string;
  readonly kind: EntryKind;
  /** As a person types it: `2 attacks/week`, `+1`, `3 attacks/week`; for a review, empty means no level. */
  readonly value: string;
  /** A remark written after ` -- ` on the new line, such as how a review went. */
  readonly note?: string;
  /** `yyyy-mm-dd`; the server's today when left out. */
  readonly date?: string;
  readonly dryRun?: boolean;
}
export interface EntryTextEdit {
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
  readonly newText: string;
}
export type EntryResult =
  | {
      readonly ok: true;
      /** The line as it will be written. */
      readonly line: string;
      /** The version of the document the edits are for; applied to any other version they would land in the wrong place. */
      readonly version: number;
      readonly edits: readonly EntryTextEdit[];
      /** A finding about the new line that does not stop it being written, such as a date out of order. */
      readonly warning?: string;
    }
  | { readonly ok: false; /** Why the value cannot be written, for the input box. */ readonly problem: string };

/**
 * `goalpost/didAnalyze` (server → client): a document's diagnostics are current for `version`.
 * The chart and the status bar refresh on it, and tests wait for it instead of sleeping.
 */
export const DID_ANALYZE_NOTIFICATION = 'goalpost/didAnalyze';
export interface DidAnalyzeParams {
  readonly uri: string;
  readonly version: number;
  /** How many diagnostics were delivered for this version, and how many of them are errors and warnings. */
  readonly diagnostics: number;
  readonly errors: number;
  readonly warnings: number;
}
