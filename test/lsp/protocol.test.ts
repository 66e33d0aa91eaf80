// The real server process over stdio: initialize, open, edit, ask, shut down.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { TestClient } from './client';

const PLAN = joinLines(
  'plan: Protocol test 😀',
  'start: 2026-11-01',
  'review: every 2 weeks',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  category: symptom-reducton',
  '  baseline: 3 attacks/week on 2026-11-01',
  '  target: 1 attacks/week',
  '  due: 2027-01-31',
  '2026-11-15 progress panic: 2 attacks/week',
  '2026-11-16 review panic: 0',
);

const clients: TestClient[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) if (client.process.exitCode === null) client.process.kill();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function start(settings: Record<string, unknown> = { today: '2026-11-25' }): TestClient {
  const client = new TestClient(settings);
  clients.push(client);
  return client;
}

const PUSH_CAPABILITIES = { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } };

describe('the language server over stdio', () => {
  it('answers initialize with its capabilities and shuts down cleanly', async () => {
    const client = start();
    const { capabilities } = await client.initialize(PUSH_CAPABILITIES);
    expect(capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, renameProvider: { prepareProvider: true }, completionProvider: {} });
    expect(capabilities.diagnosticProvider).toBeUndefined();
    expect(await client.shutdown()).toBe(0);
  });

  it('pushes diagnostics on open, and again after an incremental edit', async () => {
    const client = start();
    await client.initialize(PUSH_CAPABILITIES);
    const uri = 'file:///tmp/protocol/plan.goals';
    await client.open(uri, PLAN);
    const first = await client.diagnostics(uri);
    expect(first.diagnostics.map((d) => d.code)).toContain('unknown-category');
    expect(first.diagnostics.find((d) => d.code === 'unknown-category')).toMatchObject({
      range: { start: { line: 4, character: 12 }, end: { line: 4, character: 28 } },
      severity: 2,
      data: { replacement: 'symptom-reduction' },
    });
    // Fix the typo with an incremental change: insert the missing 'i' of 'reduction'.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 26 }, end: { line: 4, character: 26 } }, text: 'i' }],
    });
    const second = await client.diagnostics(uri, (p) => p.version === 2);
    expect(second.diagnostics.map((d) => d.code)).not.toContain('unknown-category');
    await client.shutdown();
  });

  it('serves pull diagnostics to clients that ask for them', async () => {
    const client = start();
    const { capabilities } = await client.initialize({ ...PUSH_CAPABILITIES, textDocument: { diagnostic: { dynamicRegistration: false } } });
    expect(capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
    const uri = 'file:///tmp/protocol/pull.goals';
    await client.open(uri, PLAN);
    const report = await client.request<{ kind: string; items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
    expect(report.items.map((d) => d.code)).toContain('unknown-category');
    await client.shutdown();
  });

  it('completes categories after "category:", as snippets only for clients that take them', async () => {
    const client = start();
    await client.initialize({ ...PUSH_CAPABILITIES, textDocument: { completion: { completionItem: { snippetSupport: true } } } });
    const uri = 'file:///tmp/protocol/complete.goals';
    await client.open(uri, PLAN.replace('  category: symptom-reducton', '  category: sym'));
    const list = await client.request<{ items: { label: string; detail?: string; textEdit: { range: unknown; newText: string } }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 15 },
    });
    const item = list.items.find((i) => i.label === 'symptom-reduction');
    expect(item?.detail).toBeTruthy();
    expect(item?.textEdit).toEqual({ range: { start: { line: 4, character: 12 }, end: { line: 4, character: 15 } }, newText: 'symptom-reduction' });
    expect(list.items.map((i) => i.label)).toEqual(expect.arrayContaining(['behavioral', 'relationship', 'identity-meaning']));
    await client.shutdown();
  });

  it('answers hover, symbols, folding, selection and code lenses', async () => {
    const client = start();
    await client.initialize(PUSH_CAPABILITIES);
    const uri = 'file:///tmp/protocol/features.goals';
    await client.open(uri, PLAN);
    const textDocument = { uri };
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument, position: { line: 8, character: 22 } });
    expect(hover.contents.value).toContain('**panic**');
    expect(hover.contents.value).toContain('Next review in 5 days (2026-11-30)');
    const symbols = await client.request<{ name: string; children: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument });
    expect(symbols.map((s) => s.name)).toEqual(['Protocol test 😀', 'panic', 'Journal']);
    const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument });
    expect(folds).toContainEqual({ startLine: 3, endLine: 7 });
    const selections = await client.request<{ range: { start: { line: number } } }[]>('textDocument/selectionRange', { textDocument, positions: [{ line: 5, character: 14 }] });
    expect(selections).toHaveLength(1);
    const lenses = await client.request<{ command: { title: string; command: string } }[]>('textDocument/codeLens', { textDocument });
    expect(lenses.map((l) => l.command.title)).toEqual(
      expect.arrayContaining(['Baseline 3 attacks/week (2026-11-01)', '3 → 2 → 1 attacks/week · 50% of the way · ahead of plan', 'Next review in 5 days (2026-11-30)']),
    );
    await client.shutdown();
  });

  it('finds definitions, references and highlights, and renames a goal across the workspace', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-lsp-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'plans'));
    // A journal kept in its own file, next to the plan that defines its goals.
    writeFileSync(path.join(dir, 'plans', 'journal.goals'), '2026-11-20 progress panic: 1 attacks/week\n');
    const client = start();
    await client.initialize({ ...PUSH_CAPABILITIES }, pathToFileURL(dir).href);
    const uri = pathToFileURL(path.join(dir, 'plans', 'plan.goals')).href;
    const journal = pathToFileURL(path.join(dir, 'plans', 'journal.goals')).href;
    await client.open(uri, PLAN);
    await client.diagnostics(uri);
    const textDocument = { uri };
    const at = { line: 9, character: 19 }; // 'panic' in the review entry
    expect(await client.request('textDocument/definition', { textDocument, position: at })).toEqual({
      uri,
      range: { start: { line: 3, character: 5 }, end: { line: 3, character: 10 } },
    });
    // Workspace symbols wait for the index, so after them the journal file is known.
    const symbols = await client.request<{ name: string }[]>('workspace/symbol', { query: 'pan' });
    expect(symbols.map((s) => s.name)).toEqual(['panic']);
    const references = await client.request<{ uri: string; range: { start: { line: number } } }[]>('textDocument/references', {
      textDocument,
      position: at,
      context: { includeDeclaration: true },
    });
    expect(references.map((r) => `${r.uri === journal ? 'journal' : 'plan'}:${r.range.start.line}`).sort()).toEqual(['journal:0', 'plan:3', 'plan:8', 'plan:9']);
    const highlights = await client.request<unknown[]>('textDocument/documentHighlight', { textDocument, position: at });
    expect(highlights).toHaveLength(3);
    expect(await client.request('textDocument/prepareRename', { textDocument, position: at })).toEqual({
      range: { start: { line: 9, character: 18 }, end: { line: 9, character: 23 } },
      placeholder: 'panic',
    });
    const edit = await client.request<{ changes: Record<string, { newText: string }[]> }>('textDocument/rename', { textDocument, position: at, newName: 'calm' });
    expect(Object.keys(edit.changes).sort()).toEqual([journal, uri].sort());
    expect(edit.changes[uri]!.map((e) => e.newText)).toEqual(['calm', 'calm', 'calm']);
    await expect(client.request('textDocument/rename', { textDocument, position: at, newName: 'two words' })).rejects.toThrow(/cannot be a goal id/);
    await client.shutdown();
  });

  it('formats, offers quick fixes from diagnostic data, and answers inlay hints and semantic tokens', async () => {
    const client = start();
    await client.initialize(PUSH_CAPABILITIES);
    const uri = 'file:///tmp/protocol/edit.goals';
    const messy = PLAN.replace('  baseline:', '    Baseline:  ').replace('2026-11-16 review', '2026-11-16   review');
    await client.open(uri, messy);
    const textDocument = { uri };
    const edits = await client.request<{ range: { start: { line: number } }; newText: string }[]>('textDocument/formatting', {
      textDocument,
      options: { tabSize: 2, insertSpaces: true },
    });
    // The canonical layout: a blank line before the goal and the journal, fields at two spaces, a final newline.
    expect(edits.map((e) => [e.range.start.line, e.newText])).toEqual([
      [3, '\ngoal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31'],
      [5, '  baseline: 3 attacks/week on 2026-11-01'],
      [8, '\n2026-11-15 progress panic: 2 attacks/week'],
      [9, '2026-11-16 review panic: 0\n'],
    ]);
    const published = await client.diagnostics(uri);
    const unknownCategory = published.diagnostics.find((d) => d.code === 'unknown-category')!;
    const actions = await client.request<{ title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument,
      range: unknownCategory.range,
      context: { diagnostics: [unknownCategory], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.edit.changes[uri]?.some((e) => e.newText === 'symptom-reduction'));
    expect(fix?.kind).toBe('quickfix');
    expect(actions.every((a) => a.kind === 'quickfix')).toBe(true);
    const hints = await client.request<{ label: string }[]>('textDocument/inlayHint', {
      textDocument,
      range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
    });
    expect(hints.map((h) => h.label).join(' ')).toContain('2026-11-30');
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument });
    // Three occurrences of 'panic' (the definition and two journal references), five integers each.
    expect(tokens.data).toEqual([3, 5, 5, 0, 1, 5, 20, 5, 0, 2, 1, 20, 5, 0, 2]);
    await client.shutdown();
  });

  it('keeps answering while a 1 MB journal is checked, and checks only its newest text', async () => {
    const client = start();
    await client.initialize(PUSH_CAPABILITIES);
    const entries = Array.from({ length: 24_000 }, (_, i) => `2026-11-${String((i % 20) + 1).padStart(2, '0')} progress panic: ${i % 4} attacks/week -- practice ${i}`);
    const big = 'file:///tmp/protocol/big.goals';
    const small = 'file:///tmp/protocol/small.goals';
    await client.open(big, joinLines(PLAN, ...entries));
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: big, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' }],
    });
    await client.open(small, PLAN);
    const order: string[] = [];
    const bigDiagnostics = client.diagnostics(big).then((p) => {
      order.push('big');
      return p;
    });
    await client.request('textDocument/hover', { textDocument: { uri: small }, position: { line: 9, character: 19 } }).then(() => order.push('small hover'));
    const published = await bigDiagnostics;
    expect(order).toEqual(['small hover', 'big']);
    expect(published.version).toBe(2);
    await client.shutdown();
  }, 60_000);

  it('picks up a changed .goalpost.json without a restart', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-lsp-'));
    dirs.push(dir);
    const settings = path.join(dir, '.goalpost.json');
    writeFileSync(settings, '{ "rules": { "unknown-category": "off" } }\n');
    const client = start();
    await client.initialize(PUSH_CAPABILITIES, pathToFileURL(dir).href);
    const uri = pathToFileURL(path.join(dir, 'plan.goals')).href;
    await client.open(uri, PLAN);
    expect((await client.diagnostics(uri)).diagnostics.map((d) => d.code)).not.toContain('unknown-category');
    writeFileSync(settings, '{ "rules": { "unknown-category": "error" } }\n');
    // Clients without file watching (Neovim 0.7) tell the server a plan was saved instead.
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const after = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'unknown-category'));
    expect(after.diagnostics.find((d) => d.code === 'unknown-category')?.severity).toBe(1);
    writeFileSync(settings, '{ "maxActiveGoal": 2 }\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(settings).href, type: 2 }] });
    const broken = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'settings'));
    expect(broken.diagnostics.find((d) => d.code === 'settings')?.message).toContain("'maxActiveGoal' is not a Goalpost setting. Did you mean 'maxActiveGoals'?");
    await client.shutdown();
  });

  it('reads settings from workspace/configuration and logs no document text', async () => {
    const client = start({ today: '2026-11-25', rules: { 'unknown-category': 'off' } });
    await client.initialize(PUSH_CAPABILITIES);
    const uri = 'file:///tmp/protocol/settings.goals';
    await client.open(uri, PLAN);
    const published = await client.diagnostics(uri);
    expect(client.serverRequests).toContain('workspace/configuration');
    expect(published.diagnostics.map((d) => d.code)).not.toContain('unknown-category');
    await client.shutdown();
    expect(client.stderr).not.toContain('Reduce panic');
  });
});
