// Goalpost's own requests and notification (server/src/lsp/protocol.ts), over the real server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { DidAnalyzeParams, EntryResult, NewGoalResult, PlanStatusResult, ReportResult } from '../../server/src/lsp/protocol';
import { joinLines } from '../support/render';
import { TestClient } from './client';

const PLAN = joinLines(
  'plan: Requests test',
  'start: 2026-11-01',
  'review: every 2 weeks',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  category: symptom-reducton',
  '  baseline: 3 attacks/week on 2026-11-01',
  '  target: 1 attack/week',
  '  due: 2027-01-31',
  '2026-11-15 progress panic: 2 attacks/week',
);

const clients: TestClient[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) if (client.process.exitCode === null) client.process.kill();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const PUSH = { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } };
const PULL = { workspace: { configuration: true }, textDocument: { diagnostic: {} } };

async function start(capabilities: Record<string, unknown>, options: Record<string, unknown> = { didAnalyze: true }, rootUri: string | null = null) {
  const client = new TestClient({ today: '2026-11-25' });
  clients.push(client);
  const analyses: DidAnalyzeParams[] = [];
  client.connection.onNotification('goalpost/didAnalyze', (params: DidAnalyzeParams) => void analyses.push(params));
  await client.initialize(capabilities, rootUri, options);
  /** Resolves once the server has announced the analysis of `version`. */
  const announced = (uri: string, version: number) =>
    new Promise<DidAnalyzeParams>((resolve) => {
      const poll = () => {
        const found = analyses.find((a) => a.uri === uri && a.version === version);
        if (found) resolve(found);
        else setImmediate(poll);
      };
      poll();
    });
  return { client, analyses, announced };
}

describe("Goalpost's own requests", () => {
  it('announce each analysis after pushing its diagnostics, with their counts', async () => {
    const { client, announced } = await start(PUSH);
    const uri = 'file:///tmp/requests/plan.goals';
    await client.open(uri, PLAN);
    const published = await client.diagnostics(uri);
    const params = await announced(uri, 1);
    expect(params).toEqual({ uri, version: 1, diagnostics: published.diagnostics.length, errors: 0, warnings: published.diagnostics.filter((d) => d.severity === 2).length });
    expect(params.warnings).toBeGreaterThan(0);
    await client.shutdown();
  });

  it('announce pulled diagnostics too, and only to clients that asked', async () => {
    const { client, announced } = await start(PULL);
    const uri = 'file:///tmp/requests/pulled.goals';
    await client.open(uri, PLAN);
    const report = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect((await announced(uri, 1)).diagnostics).toBe(report.items.length);

    const quiet = await start(PUSH, {});
    await quiet.client.open(uri, PLAN);
    await quiet.client.diagnostics(uri);
    // The hover is answered after any announcement the analysis would have sent.
    await quiet.client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 6 } });
    expect(quiet.analyses).toEqual([]);
    await client.shutdown();
    await quiet.client.shutdown();
  });

  it('answer the report, the plan status and the new goal’s place for an open plan, and null for others', async () => {
    const { client } = await start(PUSH);
    const uri = 'file:///tmp/requests/report.goals';
    await client.open(uri, PLAN);
    const report = await client.request<ReportResult>('goalpost/report', { uri });
    expect(report?.title).toBe('Requests test');
    expect(report?.goals.map((g) => [g.id, g.measurements.map((m) => m.value)])).toEqual([['panic', [2]]]);
    const status = await client.request<PlanStatusResult>('goalpost/planStatus', { uri });
    expect(status).toEqual({ text: '1 goal · a review is overdue', tooltip: 'panic: Review overdue by 10 days (due 2026-11-15)', overdue: true });
    const newGoal = await client.request<NewGoalResult>('goalpost/newGoal', { uri });
    expect(newGoal?.position).toEqual({ line: 7, character: '  due: 2027-01-31'.length });
    expect(await client.request('goalpost/report', { uri: 'file:///tmp/requests/closed.goals' })).toBeNull();
    await client.shutdown();
  });

  it('check a value while it is typed, and give the edit that records it', async () => {
    const { client } = await start(PUSH);
    const uri = 'file:///tmp/requests/entry.goals';
    await client.open(uri, PLAN);
    const bad = await client.request<EntryResult>('goalpost/entry', { uri, goal: 'panic', kind: 'progress', value: 'lots', dryRun: true });
    expect(bad).toEqual({ ok: false, problem: "A measurement starts with a number, like '3 attacks/week' or '6/10' (found 'lots')." });
    const good = await client.request<EntryResult>('goalpost/entry', { uri, goal: 'panic', kind: 'progress', value: '1 attack/week' });
    expect(good).toEqual({
      ok: true,
      line: '2026-11-25 progress panic: 1 attack/week',
      version: 1,
      edits: [{ range: { start: { line: 8, character: 41 }, end: { line: 8, character: 41 } }, newText: '\n2026-11-25 progress panic: 1 attack/week' }],
    });
    const closed = await client.request<EntryResult>('goalpost/entry', { uri: 'file:///tmp/requests/closed.goals', goal: 'panic', kind: 'progress', value: '1' });
    expect(closed).toEqual({ ok: false, problem: 'Open the plan in the editor first.' });
    await client.shutdown();
  });

  it('leave .goalpost.json unread in an untrusted workspace', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-trust-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, '.goalpost.json'), '{ "rules": { "unknown-category": "off" } }\n');
    const uri = pathToFileURL(path.join(dir, 'plan.goals')).href;
    const codes = async (trusted: boolean) => {
      const { client } = await start(PUSH, { didAnalyze: true, trusted }, pathToFileURL(dir).href);
      await client.open(uri, PLAN);
      const published = await client.diagnostics(uri);
      await client.shutdown();
      return published.diagnostics.map((d) => d.code);
    };
    expect(await codes(true)).not.toContain('unknown-category');
    expect(await codes(false)).toContain('unknown-category');
  });
});

describe('checking every goal file of the workspace', () => {
  it('pushes the findings of files that are not open, and keeps them when an opened file closes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-check-all-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'closed.goals'), PLAN);
    writeFileSync(path.join(dir, 'clean.goals'), PLAN.replace('symptom-reducton', 'symptom-reduction'));
    const closed = pathToFileURL(path.join(dir, 'closed.goals')).href;
    const clean = pathToFileURL(path.join(dir, 'clean.goals')).href;
    // A client that could pull, asking for pushed diagnostics as the VS Code extension does.
    const { client } = await start(PULL, { didAnalyze: true, pushDiagnostics: true }, pathToFileURL(dir).href);
    const pushed = [client.diagnostics(closed), client.diagnostics(clean)];
    const result = await client.request<{ files: number; errors: number; warnings: number; unreadable: string[] }>('goalpost/checkWorkspace', {});
    const [closedFindings, cleanFindings] = (await Promise.all(pushed)).map((p) => p.diagnostics);
    expect(closedFindings!.map((d) => d.code)).toContain('unknown-category');
    expect(cleanFindings!.map((d) => d.code)).not.toContain('unknown-category');
    const warnings = [...closedFindings!, ...cleanFindings!].filter((d) => d.severity === 2).length;
    expect(result).toEqual({ files: 2, errors: 0, warnings, unreadable: [] });

    // Opening and closing a checked file shows its saved text's findings again instead of clearing them.
    await client.open(clean, PLAN);
    await client.diagnostics(clean, (p) => p.diagnostics.some((d) => d.code === 'unknown-category'));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: clean } });
    const afterClose = await client.diagnostics(clean, (p) => !p.diagnostics.some((d) => d.code === 'unknown-category'));
    expect(afterClose.diagnostics.map((d) => d.code)).not.toContain('unknown-category');
    await client.shutdown();
  });

  it('is refused to a client that pulls its diagnostics', async () => {
    const { client } = await start(PULL);
    await expect(client.request('goalpost/checkWorkspace', {})).rejects.toThrow(/needs pushed diagnostics/);
    await client.shutdown();
  });
});
