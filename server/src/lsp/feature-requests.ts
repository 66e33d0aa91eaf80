/**
 * The editor features of the standard protocol, one short handler each: find the document, call one
 * core feature, convert the answer (`convert.ts`). Goal ids across files are in `goal-navigation.ts`.
 */
import type { ClientCapabilities, Connection } from 'vscode-languageserver/node';
import { codeLenses } from '../core/features/code-lens';
import { documentSymbols } from '../core/features/document-symbols';
import { explainFindings } from '../core/features/finding-hover';
import { foldingRanges } from '../core/features/folding';
import { hover } from '../core/features/hover';
import { selectionRange } from '../core/features/selection-ranges';
import { codeActions, complete, encodeSemanticTokens, formatDocument, formatRange, inlayHints, semanticTokens } from '../core/index';
import { rulePageUri } from '../node/rule-pages';
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
      const items = complete(state.text, state.plan, position, { today: state.today, config: state.config, snippets });
      return { isIncomplete: false, items: items.map(toLspCompletion) };
    }, ['textDocument', 'position']),
  );

  connection.onDocumentFormatting(
    guard('formatting', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return state ? formatDocument(state.text) : null;
    }, ['textDocument']),
  );

  connection.onDocumentRangeFormatting(
    guard('range formatting', async ({ textDocument, range }) => {
      const state = await planOf(textDocument.uri);
      return state ? formatRange(state.text, range) : null;
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
      return codeActions(state.text, state.analysis.plan, findings, range, { today: state.today })
        .filter((action) => wanted(action.kind))
        .map((action) => toLspCodeAction(action, textDocument.uri, rulePageUri));
    }, ['textDocument', 'range']),
  );

  connection.languages.inlayHint.on(
    guard('inlay hints', async ({ textDocument, range }) => {
      const state = await planOf(textDocument.uri);
      return state ? inlayHints(state.plan, range, { today: state.today, config: state.config }).map(toLspInlayHint) : null;
    }, ['textDocument', 'range']),
  );

  connection.languages.semanticTokens.on(
    guard('semantic tokens', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return { data: state ? encodeSemanticTokens(semanticTokens(state.plan)) : [] };
    }, ['textDocument']),
  );

  connection.languages.semanticTokens.onRange(
    guard('semantic tokens', async ({ textDocument, range }) => {
      const state = await planOf(textDocument.uri);
      return { data: state ? encodeSemanticTokens(semanticTokens(state.plan, range)) : [] };
    }, ['textDocument', 'range']),
  );

  connection.onHover(
    guard('hover', async ({ textDocument, position }) => {
      const state = await planOf(textDocument.uri);
      const answer = state && hover(state.plan, position, state.today, state.config);
      // Over a finding, the why and how behind it, once the check has run (a hover never waits for it).
      const checked = store.peek(textDocument.uri);
      const why = checked && explainFindings(checked.analysis.diagnostics, position, { voice: checked.config.voice, pageOf: rulePageUri });
      const value = [answer?.contents, why].filter(Boolean).join('\n\n---\n\n');
      if (!value) return null;
      return { contents: { kind: 'markdown' as const, value }, ...(answer && { range: answer.range }) };
    }, ['textDocument', 'position']),
  );

  connection.onDocumentSymbol(
    guard('document symbols', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return state ? documentSymbols(state.plan).map(toLspSymbol) : null;
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
      return state ? foldingRanges(state.plan) : null;
    }, ['textDocument']),
  );

  connection.onSelectionRanges(
    guard('selection ranges', async ({ textDocument, positions }) => {
      const state = await planOf(textDocument.uri);
      const document = store.documents.get(textDocument.uri);
      if (!state || !document) return null;
      const end = document.positionAt(state.text.length);
      return positions.map((p) => toLspSelectionRange(selectionRange(state.plan, p, end)));
    }, ['textDocument', 'positions']),
  );

  connection.onCodeLens(
    guard('code lenses', async ({ textDocument }) => {
      const state = await planOf(textDocument.uri);
      return state ? codeLenses(state.plan, textDocument.uri, state.today, state.config).map(toLspCodeLens) : null;
    }, ['textDocument']),
  );
}
