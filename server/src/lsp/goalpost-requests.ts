/**
 * Goalpost's own requests (see `protocol.ts`): what the VS Code extension's chart, summary, status
 * bar and commands ask for. Glue like the rest of the server: find the document, call the core.
 */
import type { Connection } from 'vscode-languageserver/node';
import { journalEntry, newGoalInsertion, planStatus, reportData } from '../core/index';
import { contextOf } from './context';
import type { DocumentState } from './documents';
import type { Guard } from './guard';
import {
  ENTRY_REQUEST,
  NEW_GOAL_REQUEST,
  PLAN_STATUS_REQUEST,
  REPORT_REQUEST,
  type DocumentParams,
  type EntryParams,
  type EntryResult,
  type NewGoalResult,
  type PlanStatusResult,
  type ReportResult,
} from './protocol';

/** Answers the extension's requests from the open documents' analyses. */
export function registerGoalpostRequests(connection: Connection, stateOf: (uri: string) => Promise<DocumentState | undefined>, guard: Guard): void {
  connection.onRequest(
    REPORT_REQUEST,
    guard('the report', async ({ uri }: DocumentParams): Promise<ReportResult> => {
      const state = await stateOf(uri);
      return state ? reportData(contextOf(state), state.analysis.diagnostics) : null;
    }, ['uri']),
  );

  connection.onRequest(
    PLAN_STATUS_REQUEST,
    guard('the plan status', async ({ uri }: DocumentParams): Promise<PlanStatusResult> => {
      const state = await stateOf(uri);
      return state ? planStatus(contextOf(state)) : null;
    }, ['uri']),
  );

  connection.onRequest(
    ENTRY_REQUEST,
    guard('the new entry', async (params: EntryParams): Promise<EntryResult> => {
      const state = await stateOf(params.uri);
      if (!state) return { ok: false, problem: 'Open the plan in the editor first.' };
      const request = { kind: params.kind, goal: params.goal, value: params.value, date: params.date ?? state.today, ...(params.note !== undefined && { note: params.note }) };
      const answer = journalEntry(contextOf(state), request);
      return answer.ok ? { ...answer, version: state.version } : answer;
    }, ['uri']),
  );

  connection.onRequest(
    NEW_GOAL_REQUEST,
    guard('the new goal', async ({ uri }: DocumentParams): Promise<NewGoalResult> => {
      const state = await stateOf(uri);
      return state ? newGoalInsertion(contextOf(state)) : null;
    }, ['uri']),
  );
}
