// Closed documents leave nothing behind. In this process, a server's analyses of closed
// documents are garbage once they close (WeakRefs to them clear after a collection). Against the
// real server process, its resident memory, read from /proc, comes back to near where it started
// after large plans are opened and closed. Numbers are printed; the bound is generous and untimed.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Snapshot } from '../../server/src/core/index';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinLines } from '../support/render';
import { startInProcess } from './in-process';
import { expectHover, ON_GOAL, PLAN } from './fixture';
import { RawServer } from './raw-server';

const analysed: WeakRef<object>[] = [];
vi.mock('../../server/src/core/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/src/core/index')>();
  // The server reads first (serving plan-only requests from it), then checks: record every check.
  const check = real.Snapshot.prototype.analyzeInSteps;
  real.Snapshot.prototype.analyzeInSteps = function* (this: Snapshot, options) {
    const analysis = yield* check.call(this, options);
    analysed.push(new WeakRef(analysis.plan));
    return analysis;
  };
  return real;
});

/** A journal of `entries` lines under PLAN: about 90 bytes a line. */
function largePlan(entries: number, tag: string): string {
  const lines = Array.from({ length: entries }, (_, i) => `2026-11-${String((i % 20) + 1).padStart(2, '0')} progress panic: ${i % 4} attacks/week -- ${tag} note ${i}`);
  return joinLines(PLAN, ...lines);
}

const servers: RawServer[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.kill();
});

describe('a server in this process', () => {
  it('keeps no analysis of a closed document, saved, unsaved or outside the workspace', async () => {
    const client = await startInProcess({ textDocument: { publishDiagnostics: {} } });
    const uris = ['file:///tmp/robust/outside-the-workspace.goals', 'untitled:Untitled-1', 'file:///tmp/robust/other.goals'];
    for (const [i, uri] of uris.entries()) {
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'goals', version: 1, text: largePlan(2000, `doc ${i}`) } });
      // Requests that analyse the document and record it in the workspace index.
      await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: ON_GOAL });
      await client.sendRequest('textDocument/references', { textDocument: { uri }, position: ON_GOAL, context: { includeDeclaration: true } });
      await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    // A request afterwards lets the server finish with the closes.
    await client.sendRequest('workspace/symbol', { query: 'panic' });
    expect(analysed.length).toBeGreaterThanOrEqual(uris.length);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // A WeakRef read keeps its target alive until the end of that job, so collect in a later one.
    const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
    const alive = () => analysed.filter((ref) => ref.deref() !== undefined).length;
    for (let round = 0; round < 10; round++) {
      gc();
      await tick();
      if (alive() === 0) break;
      await tick();
    }
    expect(alive()).toBe(0);
    client.dispose();
  });
});

describe('the real server process', () => {
  const residentMegabytes = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

  it('comes back to near its starting memory after large plans are opened and closed', async () => {
    const server = new RawServer();
    servers.push(server);
    await server.initialize({ textDocument: { publishDiagnostics: {} } }, { settings: { today: '2026-11-25' } });
    const small = 'file:///tmp/robust/small.goals';
    server.open(small, PLAN);
    for (let i = 0; i < 5; i++) await expectHover(server, small);
    const start = residentMegabytes(server.pid);
    let peak = start;
    for (let k = 0; k < 3; k++) {
      const uri = `file:///tmp/robust/large-${k}.goals`;
      const from = server.received.length;
      server.open(uri, largePlan(40_000, `plan ${k}`));
      await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri, from);
      await expectHover(server, uri);
      peak = Math.max(peak, residentMegabytes(server.pid));
      server.notify('textDocument/didClose', { textDocument: { uri } });
    }
    // The large plans made the server grow, or the test would prove nothing.
    expect(peak - start).toBeGreaterThan(100);
    const bound = start + 50;
    let after = residentMegabytes(server.pid);
    for (let waited = 0; after > bound && waited < 30_000; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await expectHover(server, small);
      after = residentMegabytes(server.pid);
    }
    console.log(`resident memory: ${start.toFixed(0)} MB at the start, ${peak.toFixed(0)} MB with a 3.5 MB plan open, ${after.toFixed(0)} MB after the three were closed`);
    expect(after).toBeLessThanOrEqual(bound);
    await expectHover(server, small);
  }, 120_000);
});
