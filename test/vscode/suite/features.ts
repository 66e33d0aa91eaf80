// The language features through VS Code's own commands: what a person sees in the editor matches
// what the core computes for the same text.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import { parse as parseJsonc } from 'jsonc-parser';
import * as vscode from 'vscode';
import { applyTextEdits, CATEGORY_INFO, codeLenses, complete, documentSymbols, formatDocument, hover, type TextEdit } from '../../../server/src/core/index';
import { contextFor, EXTENSION_ID, goalpost, openPlan, positionOf, rangeText, toVscodePosition, workspaceFile, writePlan } from './support';

const SAMPLE = 'anxiety-panic.goals';

/** A symbol as both the core and VS Code give it. */
interface SymbolLike {
  readonly name: string;
  readonly detail?: string;
  readonly range: Parameters<typeof rangeText>[0];
  readonly children: readonly SymbolLike[];
}

/** The symbol tree as indented lines: name, detail and range. */
function renderSymbols(symbols: readonly SymbolLike[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''} ${rangeText(s.range)}`, ...renderSymbols(s.children, depth + 1)]);
}

/** The prefixes of the snippets the extension contributes (package.json `contributes.snippets`). */
async function contributedSnippetPrefixes(): Promise<Set<string>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  const files = (extension.packageJSON.contributes?.snippets ?? []) as { path: string }[];
  const prefixes = new Set<string>();
  for (const file of files) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, file.path)));
    for (const snippet of Object.values(parseJsonc(text) as Record<string, { prefix: string | string[] }>)) {
      for (const prefix of [snippet.prefix].flat()) prefixes.add(prefix);
    }
  }
  return prefixes;
}

suite('language features', () => {
  let uri: vscode.Uri;
  let text: string;

  suiteSetup(async () => {
    await goalpost();
    uri = workspaceFile(SAMPLE);
    text = (await openPlan(uri)).document.getText();
  });

  test('completion after "category:" offers every category', async () => {
    const at = positionOf(text, '  category: symptom-reduction', 'symptom-reduction');
    const expected = complete(contextFor(text), at, { snippets: true });
    assert.deepEqual(
      CATEGORY_INFO.map((c) => c.id).filter((id) => !expected.some((item) => item.label === id)),
      [],
      'the core itself should offer every category here',
    );
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, toVscodePosition(at));
    const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
    // VS Code adds the extension's contributed snippets to every list; the rest is the server's answer.
    const snippets = await contributedSnippetPrefixes();
    const fromSnippets = (item: vscode.CompletionItem) => item.kind === vscode.CompletionItemKind.Snippet && snippets.has(label(item));
    assert.deepEqual([...new Set(list.items.filter((i) => !fromSnippets(i)).map(label))].sort(), [...new Set(expected.map((item) => item.label))].sort());
    // The item replaces the word under the cursor, as the core's edit says.
    const item = list.items.find((i) => label(i) === 'symptom-reduction');
    const range = item?.range instanceof vscode.Range ? item.range : item?.range?.replacing;
    const coreItem = expected.find((i) => i.label === 'symptom-reduction')!;
    assert.equal(range && rangeText(range), rangeText(coreItem.edit.range));
  });

  test('hover over a goal id in the journal shows the goal', async () => {
    const at = positionOf(text, '2026-11-16 review panic:', 'panic', 1);
    const expected = hover(contextFor(text), at);
    assert.ok(expected, 'the core should answer a hover on a goal id');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, toVscodePosition(at));
    const contents = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
    assert.deepEqual(contents, [expected.contents]);
    assert.equal(hovers[0]?.range && rangeText(hovers[0].range), rangeText(expected.range));
  });

  test('code lenses show the core lenses and run registered commands', async () => {
    const expected = codeLenses(contextFor(text));
    assert.ok(expected.length > 0, 'the core should give the sample lenses');
    // Resolve every lens: the server answers them whole, but VS Code only hands out resolved ones when asked.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, expected.length);
    const render = (lens: { range: vscode.Range | (typeof expected)[number]['range']; title?: string }) => `${lens.range.start.line + 1}: ${lens.title}`;
    assert.deepEqual(lenses.map((l) => render({ range: l.range, title: l.command?.title })).sort(), expected.map((l) => render(l)).sort());
    const registered = new Set(await vscode.commands.getCommands(true));
    const unregistered = lenses.map((l) => l.command?.command).filter((id): id is string => !!id && !registered.has(id));
    assert.deepEqual(unregistered, [], 'lenses name commands that nothing registered');
  });

  test('the outline is the core symbol tree', async () => {
    const expected = documentSymbols(contextFor(text));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepEqual(renderSymbols(symbols), renderSymbols(expected));
  });

  test('formatting leaves a formatted sample alone', async () => {
    assert.deepEqual(formatDocument(contextFor(text)), [], `the core should find ${SAMPLE} formatted`);
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', uri, { tabSize: 2, insertSpaces: true });
    // VS Code answers `undefined` when every formatter returns no edits, so both mean "nothing to do".
    assert.deepEqual(edits ?? [], []);
  });

  test('formatting a messy plan gives the text the core formats it to', async () => {
    // The same plan with its fields indented by four spaces and the blank line before a goal gone.
    const messy = text.replace(/^ {2}(category|kind|term):/gm, '    $1:').replace('\n\ngoal commute:', '\ngoal commute:');
    assert.notEqual(messy, text);
    const expected = applyTextEdits(messy, formatDocument(contextFor(messy)));
    assert.notEqual(expected, messy, 'the core should find something to format');
    const messyUri = await writePlan('format-messy.goals', messy);
    await openPlan(messyUri);
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', messyUri, { tabSize: 2, insertSpaces: true });
    assert.ok(edits && edits.length > 0, 'the formatter should answer a messy plan with edits');
    // VS Code trims the server's edits to the smallest changes, so compare the text they produce.
    const asCore: TextEdit[] = edits.map((e) => ({
      range: { start: { line: e.range.start.line, character: e.range.start.character }, end: { line: e.range.end.line, character: e.range.end.character } },
      newText: e.newText,
    }));
    assert.equal(applyTextEdits(messy, asCore), expected);
  });
});
