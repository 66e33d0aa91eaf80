// Settings per workspace folder: in a multi-root workspace each folder is checked with its own
// `goalpost` section (`workspace/configuration` with its scopeUri), a document outside every folder
// with the section asked for without one, and a client that cannot be asked still works.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { TestClient, type ConfigurationItem, type PublishedDiagnostics } from './client';

const TODAY = '2026-11-25';
const VAGUE = joinLines('plan: Folder settings', 'start: 2026-11-01', 'goal calm: Feel better about myself');
const PUSH = { textDocument: { publishDiagnostics: {} } };
const PULL_AND_PUSH = { workspace: { configuration: true }, ...PUSH };

const clients: TestClient[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) if (client.process.exitCode === null) client.process.kill();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder with the subfolders `names`, as uris. */
function folders(...names: string[]): string[] {
  const root = mkdtempSync(path.join(os.tmpdir(), 'goalpost-folders-'));
  dirs.push(root);
  return names.map((name) => {
    mkdirSync(path.join(root, name), { recursive: true });
    return pathToFileURL(path.join(root, name)).href;
  });
}

function start(settings: ConstructorParameters<typeof TestClient>[0]): TestClient {
  const client = new TestClient(settings);
  clients.push(client);
  return client;
}

/** Pushes a `goalpost` section, as clients that push their settings do. */
const push = (client: TestClient, section: unknown) => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { goalpost: section } });

/** The severity of the vague-goal finding (undefined when there is none). */
const vague = (p: PublishedDiagnostics) => p.diagnostics.find((d) => d.code === 'vague-goal')?.severity;
const codes = (p: PublishedDiagnostics) => p.diagnostics.map((d) => d.code);

describe('settings per workspace folder', () => {
  it('checks each document with the settings of its innermost folder, or those outside every folder', async () => {
    const [a, b, inner] = folders('a', 'b', 'a/inner');
    // Each scope sets vague-goal differently from its default (a warning), so each answer shows.
    const answers = new Map<string | undefined, unknown>([
      [undefined, { today: TODAY, rules: { 'vague-goal': 'info' } }],
      [a, { today: TODAY, rules: { 'vague-goal': 'error' } }],
      [b, { today: TODAY, rules: { 'vague-goal': 'off' }, maxActiveGoals: 'many' }],
      [inner, { today: TODAY, rules: { 'vague-goal': 'hint' } }],
    ]);
    const client = start((item: ConfigurationItem) => answers.get(item.scopeUri));
    await client.initialize(PULL_AND_PUSH, a!, undefined, [a!, b!, inner!]);
    const [inA, inB, inInner, outside] = [`${a}/plan.goals`, `${b}/plan.goals`, `${inner}/plan.goals`, 'untitled:Untitled-1'];
    for (const uri of [inA, inB, inInner, outside]) await client.open(uri, VAGUE);

    // Each wait is a check: it times out unless diagnostics with that severity arrive.
    const published = { inA: await client.diagnostics(inA, (p) => vague(p) === 1), inB: await client.diagnostics(inB, (p) => vague(p) === undefined) };
    await client.diagnostics(inInner, (p) => vague(p) === 4);
    const outsideFolders = await client.diagnostics(outside, (p) => vague(p) === 3);
    // A mistake in a folder's settings is shown on that folder's documents only.
    expect(published.inB.diagnostics.find((d) => d.code === 'settings')?.message).toContain('goalpost.maxActiveGoals');
    expect(codes(published.inA)).not.toContain('settings');
    expect(codes(outsideFolders)).not.toContain('settings');
    expect(client.configurationItems.map((item) => item.scopeUri)).toEqual(expect.arrayContaining([undefined, a, b, inner]));
    expect(client.configurationItems.every((item) => item.section === 'goalpost')).toBe(true);

    // Pushed settings (VS Code pushes the section of no folder in particular) do not override a
    // folder's own answer: the server asks every scope again, and outside documents take the new answer.
    answers.set(undefined, { today: TODAY, rules: { 'vague-goal': 'error' } });
    const from = client.publishedCount;
    await push(client, { today: TODAY, rules: { 'vague-goal': 'warning' } });
    await client.diagnostics(outside, (p) => vague(p) === 1, from);
    const pulled = async (uri: string) =>
      (await client.request<{ items: PublishedDiagnostics['diagnostics'] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    expect((await pulled(inB)).map((d) => d.code)).not.toContain('vague-goal');
    expect((await pulled(inA)).find((d) => d.code === 'vague-goal')?.severity).toBe(1);
    await client.shutdown();
  });

  it('applies initialization-option and pushed settings to every folder of a client without workspace/configuration', async () => {
    const [a, b] = folders('a', 'b');
    const client = start({});
    await client.initialize(PUSH, a!, { settings: { today: TODAY, rules: { 'vague-goal': 'error' } } }, [a!, b!]);
    const [inA, inB] = [`${a}/plan.goals`, `${b}/plan.goals`];
    await client.open(inA, VAGUE);
    await client.open(inB, VAGUE);
    expect(vague(await client.diagnostics(inA))).toBe(1);
    expect(vague(await client.diagnostics(inB))).toBe(1);

    await push(client, { today: TODAY, rules: { 'vague-goal': 'off' } });
    expect(codes(await client.diagnostics(inA, (p) => vague(p) === undefined))).not.toContain('settings');
    expect(codes(await client.diagnostics(inB, (p) => vague(p) === undefined))).not.toContain('settings');
    expect(client.serverRequests).not.toContain('workspace/configuration');
    await client.shutdown();
  });

  it('follows workspace folders as they are added and removed', async () => {
    const [a, b] = folders('a', 'b');
    writeFileSync(new URL(`${b}/other.goals`), joinLines('plan: Other', 'start: 2026-11-01', 'goal elsewhere: Walk 20 minutes every day'));
    const answers = new Map<string | undefined, unknown>([
      [undefined, { today: TODAY, rules: { 'vague-goal': 'info' } }],
      [a, { today: TODAY }],
      [b, { today: TODAY, rules: { 'vague-goal': 'off' } }],
    ]);
    const client = start((item: ConfigurationItem) => answers.get(item.scopeUri));
    const { capabilities } = await client.initialize({ workspace: { configuration: true, workspaceFolders: true }, ...PUSH }, a!, undefined, [a!]);
    expect(capabilities.workspace).toEqual({ workspaceFolders: { supported: true, changeNotifications: true } });
    const inB = `${b}/plan.goals`;
    await client.open(inB, VAGUE);
    await client.diagnostics(inB, (p) => vague(p) === 3);
    const symbols = () => client.request<{ name: string }[]>('workspace/symbol', { query: 'elsewhere' });
    expect(await symbols()).toEqual([]);

    let from = client.publishedCount;
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: b, name: 'b' }], removed: [] } });
    await client.diagnostics(inB, (p) => vague(p) === undefined, from);
    expect((await symbols()).map((s) => s.name)).toEqual(['elsewhere']);

    from = client.publishedCount;
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: b, name: 'b' }] } });
    await client.diagnostics(inB, (p) => vague(p) === 3, from);
    expect(await symbols()).toEqual([]);
    await client.shutdown();
  });
});
