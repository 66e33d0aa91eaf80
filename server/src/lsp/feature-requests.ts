/**
 * The editor features of the standard protocol, one short handler each: find the document, call one
 * core feature with its context (`context.ts`), convert the answer (`convert.ts`). Goal ids across
 * files are in `goal-navigation.ts`.
 */
import type { ClientCapabilities, Connection } from 'vscode-languageserver/node';
import {
  codeActions,
  codeLenses,
  complete,
  documentSymbols,
  explainFindings,
  foldingRanges,
  formatDocument,
  formatRange,
  hover,
  inlayHints,
  selectionRange,
  semanticTokens,
} from '../core/index';
import { rulePageUri } from '../node/rule-pages';
import { contextOf } from './context';
import {
  sameFinding,
  toLspCodeAction,
  toLspCodeLens,
  toLspCompletion,
  toLspInlayHint,
  toLspSelectionRange,
  toLspSymbol,
  toLspWorkspaceSymbol,
} from './convert';
import type { DocumentStore } from './documents';
import type { Guard } from './guard';
import { encodeSemanticTokens } from './semantic-tokens';
import type { WorkspaceIndex } from './workspace-index';

export function registerFeatureRequests(connection: Connection, store: DocumentStore, index: WorkspaceIndex, guard: Guard, capabilities: () => ClientCapabilities): void {
  const stateOf = (uri: string) => store.get(uri);
  // Requests that read only the plan are answered once it is parsed, before the rules finish.
  const planOf = (uri: string) => store.getPlan(uri);

  connection.onCompletion(
    guard('completion', async ({ textDocument, position }) => {
      const state = await planOf(textDocument.uri);
      if (!state) return null;
      const snippets = capabilities().textDocument?.completion?.completionItem?.snippetSupport === true;
      const items = complete(contextOf(state), position, { snippets });
      return { isIncomplete: false, items: items.map(toLspCompletion) };
    }, ['textDocument', 'position']),
  );

  connection.onDocumentFormatting(
    guard('formatting', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return state ? formatDocument(contextOf(state)) : null;
    }, ['textDocument']),
  );

  connection.onDocumentRangeFormatting(
    guard('range formatting', async ({ textDocument, range }) => {
      const state = await planOf(textDocument.uri);
      return state ? formatRange(contextOf(state), range) : null;
    }, ['textDocument', 'range']),
  );

  connection.onCodeAction(
    guard('code actions', async ({ textDocument, range, context }) => {
      const state = await stateOf(textDocument.uri);
      if (!state) return null;
      const only = context?.only;
      const wanted = (kind: string) => !only || only.some((only) => kind === only || kind.startsWith(`${only}.`));
      // A quick fix answers for the findings the editor asks about, not for others on the same range.
      const asked = Array.isArray(context?.diagnostics) ? context.diagnostics : undefined;
      const findings = asked ? state.analysis.diagnostics.filter((d) => asked.some((a) => sameFinding(a, d))) : state.analysis.diagnostics;
      return codeActions(contextOf(state), findings, range)
        .filter((action) => wanted(action.kind))
        .map((action) => toLspCodeAction(action, textDocument.uri, rulePageUri));
    }, ['textDocument', 'range']),
  );

  connection.languages.inlayHint.on(
    guard('inlay hints', async ({ textDocument, range }) => {
      const state = await planOf(textDocument.uri);
      return state ? inlayHints(contextOf(state), range).map(toLspInlayHint) : null;
    }, ['textDocument', 'range']),
  );

  connection.languages.semanticTokens.on(
    guard('semantic tokens', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return { data: state ? encodeSemanticTokens(semanticTokens(contextOf(state))) : [] };
    }, ['textDocument']),
  );

  connection.languages.semanticTokens.onRange(
    guard('semantic tokens', async ({ textDocument, range }) => {
      const state = await planOf(textDocument.uri);
      return { data: state ? encodeSemanticTokens(semanticTokens(contextOf(state), range)) : [] };
    }, ['textDocument', 'range']),
  );

  connection.onHover(
    guard('hover', async ({ textDocument, position }) => {
      const state = await planOf(textDocument.uri);
      const answer = state && hover(contextOf(state), position);
      // Over a finding, the why and how behind it, once the check has run (a hover never waits for it).
      const checked = store.peek(textDocument.uri);
      const why = checked && explainFindings(contextOf(checked), checked.analysis.diagnostics, position, { pageOf: rulePageUri });
      const value = [answer?.contents, why].filter(Boolean).join('\n\n---\n\n');
      if (!value) return null;
      return { contents: { kind: 'markdown' as const, value }, ...(answer && { range: answer.range }) };
    }, ['textDocument', 'position']),
  );

  connection.onDocumentSymbol(
    guard('document symbols', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return state ? documentSymbols(contextOf(state)).map(toLspSymbol) : null;
    }, ['textDocument']),
  );

  connection.onWorkspaceSymbol(
    guard('workspace symbols', async ({ query }) => {
      await index.whenReady();
      const wanted = typeof query === 'string' ? query.toLowerCase() : '';
      return index.all().flatMap(({ uri, plan }) =>
        plan.goals
          .filter((g) => g.id.toLowerCase().includes(wanted) || g.statement.text.toLowerCase().includes(wanted))
          .map((g) => toLspWorkspaceSymbol(uri, plan, g)),
      );
    }),
  );

  connection.onFoldingRanges(
    guard('folding ranges', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return state ? foldingRanges(contextOf(state)) : null;
    }, ['textDocument']),
  );

  connection.onSelectionRanges(
    guard('selection ranges', async ({ textDocument, positions }) => {
      const state = await planOf(textDocument.uri);
      if (!state) return null;
      const context = contextOf(state);
      return positions.map((p) => toLspSelectionRange(selectionRange(context, p)));
    }, ['textDocument', 'positions']),
  );

  connection.onCodeLens(
    guard('code lenses', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return state ? codeLenses(contextOf(state)).map((lens) => toLspCodeLens(lens, textDocument.uri)) : null;
    }, ['textDocument']),
  );
}
