/**
 * Goal ids across the workspace: definition, references, highlights and rename. A reference
 * belongs to a goal when its own plan resolves the id to the same plan, so two folders may each
 * have a goal `panic` without their references mixing.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type Connection, type Location, type WorkspaceEdit } from 'vscode-languageserver/node';
import { checkNewGoalId, goalAt, occurrencesOf, type Plan, type Position } from '../core/index';
import { contextOf } from './context';
import type { DocumentState } from './documents';
import type { Guard } from './guard';
import type { WorkspaceIndex } from './workspace-index';

export function registerGoalNavigation(connection: Connection, stateOf: (uri: string) => Promise<DocumentState | undefined>, index: WorkspaceIndex, guard: Guard): void {
  /** Every location of the goal id under the cursor, across the workspace, definitions first. */
  async function goalLocations(uri: string, position: Position): Promise<{ id: string; locations: (Location & { kind: string })[] } | undefined> {
    const state = await stateOf(uri);
    const at = state && goalAt(contextOf(state), position);
    if (!state || !at) return undefined;
    const plan = state.snapshot.plan;
    index.update(uri, plan);
    const home = index.definingPlan(at.id, uri, plan);
    if (!home) return { id: at.id, locations: occurrencesOf(plan, at.id).map((o) => ({ uri, range: o.range, kind: o.kind })) };
    // A reference belongs to the goal when its own plan resolves the id to the same home plan.
    const plans: { uri: string; plan: Plan }[] = index.all();
    const locations = plans
      .filter((p) => index.definingPlan(at.id, p.uri, p.plan)?.uri === home.uri)
      .flatMap((p) => occurrencesOf(p.plan, at.id).map((o) => ({ uri: p.uri, range: o.range, kind: o.kind })));
    return { id: at.id, locations: locations.sort((a, b) => (a.kind === 'definition' ? -1 : b.kind === 'definition' ? 1 : 0)) };
  }

  connection.onDefinition(
    guard('definition', async ({ textDocument, position }) => {
      const found = await goalLocations(textDocument.uri, position);
      const definition = found?.locations.find((l) => l.kind === 'definition');
      return definition ? { uri: definition.uri, range: definition.range } : null;
    }, ['textDocument', 'position']),
  );

  connection.onReferences(
    guard('references', async ({ textDocument, position, context }) => {
      const found = await goalLocations(textDocument.uri, position);
      return (found?.locations ?? []).filter((l) => context?.includeDeclaration === true || l.kind !== 'definition').map(({ uri, range }) => ({ uri, range }));
    }, ['textDocument', 'position']),
  );

  connection.onDocumentHighlight(
    guard('document highlights', async ({ textDocument, position }) => {
      const state = await stateOf(textDocument.uri);
      const at = state && goalAt(contextOf(state), position);
      if (!state || !at) return null;
      return occurrencesOf(state.snapshot.plan, at.id).map((o) => ({ range: o.range, kind: o.kind === 'definition' ? 3 /* Write */ : 2 /* Read */ }));
    }, ['textDocument', 'position']),
  );

  connection.onPrepareRename(
    guard('prepare rename', async ({ textDocument, position }) => {
      const state = await stateOf(textDocument.uri);
      const at = state && goalAt(contextOf(state), position);
      return at ? { range: at.range, placeholder: at.id } : null;
    }, ['textDocument', 'position']),
  );

  connection.onRenameRequest(
    guard('rename', async ({ textDocument, position, newName }) => {
      const state = await stateOf(textDocument.uri);
      const found = await goalLocations(textDocument.uri, position);
      if (!state || !found) return null;
      if (typeof newName !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'newName must be a string.');
      const problem = checkNewGoalId(contextOf(state), found.id, newName);
      if (problem) throw new ResponseError(LSPErrorCodes.RequestFailed, problem);
      const changes: WorkspaceEdit['changes'] = {};
      for (const { uri, range } of found.locations) (changes[uri] ??= []).push({ range, newText: newName });
      return { changes };
    }, ['textDocument', 'position']),
  );
}
