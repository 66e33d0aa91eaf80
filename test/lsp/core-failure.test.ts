// When the core throws, the server survives: a failing check publishes one clear error
// diagnostic, a failing request is answered with an error, each is logged in one line without
// document text, and the process never exits. No input makes the core throw today, so the failures
// are injected: into the real server process by a preloaded script (inject-failures.cjs), and into
// a server run in this process by mocking two core modules.
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { connect } from '../../server/src/lsp/connect';
import { startServer } from '../../server/src/lsp/server';
import { streamTransport } from '../../server/src/lsp/transport';
import { joinLines } from '../support/render';
import { expectHover, ON_GOAL, PLAN } from './fixture';
import { RawServer, type Message } from './raw-server';

const FAIL_CHECK = '\u2620 check fails here \u2620';
const FAIL_LOOSE = '\u2620 loose failure \u2620';
const PRINT = '\u2620 print to the console \u2620';
const FAIL_HOVER = 'Hover fails';
/** Words of the failing plans: they must reach no log. */
const SECRET = 'my-private-words';

vi.mock('../../server/src/core/features/hover', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/src/core/features/hover')>();
  return {
    ...real,
    hover: (...args: Parameters<typeof real.hover>) => {
      if (args[0].snapshot.plan.header.title?.text === FAIL_HOVER) throw new TypeError(`cannot read ${SECRET}`);
      return real.hover(...args);
    },
  };
});

const failingPlan = (marker: string) => joinLines(PLAN.replace('Robustness test', SECRET), `# ${marker}`);
const inject = fileURLToPath(new URL('./inject-failures.cjs', import.meta.url));
const servers: RawServer[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.kill();
});

const logs = (server: RawServer) => server.received.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
const published = (uri: string, version: number) => (m: Message) =>
  m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri && (m.params as { version?: number }).version === version;

describe('the real server, when the core throws', () => {
  it('publishes one error diagnostic for a plan it cannot check, answers requests about it with errors, and serves other plans', async () => {
    const server = new RawServer(['--stdio'], ['--require', inject]);
    servers.push(server);
    await server.initialize({ textDocument: { publishDiagnostics: {} } });
    const broken = 'file:///tmp/robust/broken.goals';
    const fine = 'file:///tmp/robust/fine.goals';
    server.open(broken, failingPlan(FAIL_CHECK));
    server.open(fine, PLAN);
    const diagnostics = (await server.waitFor(published(broken, 1))).params as { diagnostics: { code: string; severity: number; message: string }[] };
    expect(diagnostics.diagnostics).toEqual([expect.objectContaining({ code: 'internal-error', severity: 1, message: expect.stringContaining('could not check this plan') })]);
    const answer = await server.request('textDocument/hover', { textDocument: { uri: broken }, position: ON_GOAL });
    expect(answer.error).toEqual({ code: -32803, message: 'Goalpost could not check this plan, so it cannot answer hover.' });
    expect((await server.request('textDocument/documentSymbol', { textDocument: { uri: broken } })).error).toMatchObject({ code: -32803 });
    await expectHover(server, fine);
    // Logged once for the version, however many requests asked about it.
    expect(logs(server).filter((line) => line.includes('checking a plan failed'))).toEqual([expect.stringMatching(/^goalpost: checking a plan failed: RangeError \(Maximum call stack size exceeded\) at /)]);
    // An edit that takes the cause away brings the plan's own diagnostics back.
    server.notify('textDocument/didChange', { textDocument: { uri: broken, version: 2 }, contentChanges: [{ text: PLAN }] });
    const after = (await server.waitFor(published(broken, 2))).params as { diagnostics: { code: string }[] };
    expect(after.diagnostics.map((d) => d.code)).not.toContain('internal-error');
    await expectHover(server, broken);
    expect(JSON.stringify(logs(server)) + server.stderr).not.toContain(SECRET);
  });

  it('logs an exception and a rejection that escape every handler, in one line each, and keeps serving', async () => {
    const server = new RawServer(['--stdio'], ['--require', inject]);
    servers.push(server);
    await server.initialize();
    const uri = 'file:///tmp/robust/loose.goals';
    server.open(uri, failingPlan(FAIL_LOOSE));
    const lines = await server.waitForStderr((all) => all.length >= 2);
    expect(lines).toEqual([
      expect.stringMatching(/^goalpost-language-server: an internal error was caught and the server kept running: Error at /),
      expect.stringMatching(/^goalpost-language-server: an internal error was caught and the server kept running: TypeError at /),
    ]);
    await expectHover(server, uri);
    expect(server.process.exitCode).toBeNull();
    expect(server.stderr).not.toContain(SECRET);
  });
});

describe('the real server, when a library prints to the console', () => {
  it('sends the line to standard error, keeping standard output for the protocol', async () => {
    const server = new RawServer(['--stdio'], ['--require', inject]);
    servers.push(server);
    await server.initialize();
    const uri = 'file:///tmp/robust/prints.goals';
    // A line on standard output would break the frames, and the test's frame reader would throw.
    server.open(uri, joinLines(PLAN, `# ${PRINT}`));
    await server.waitForStderr((lines) => lines.includes('a stray line from a library'));
    await expectHover(server, uri);
  });
});

describe('a server in this process, when a core feature throws', () => {
  /** The server over in-memory streams, with a client connection to it and the log lines it sends. */
  function startInProcess(): { client: MessageConnection; logged: string[] } {
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const transport = streamTransport(toServer, fromServer);
    startServer(connect(transport.reader, transport.writer, () => undefined));
    const client = createMessageConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
    const logged: string[] = [];
    client.onNotification('window/logMessage', ({ message }: { message: string }) => void logged.push(message));
    client.listen();
    return { client, logged };
  }

  it('answers the failing request with RequestFailed and one log line, then serves the next', async () => {
    const { client, logged } = startInProcess();
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
    const uri = 'file:///tmp/robust/hover-fails.goals';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'goals', version: 1, text: PLAN.replace('Robustness test', FAIL_HOVER) } });
    const position = ON_GOAL;
    await expect(client.sendRequest('textDocument/hover', { textDocument: { uri }, position })).rejects.toMatchObject({ code: -32803, message: 'Goalpost could not answer hover.' });
    await expect(client.sendRequest('textDocument/hover', { textDocument: { uri }, position })).rejects.toMatchObject({ code: -32803 });
    expect(logged).toEqual([expect.stringMatching(/^goalpost: hover failed: TypeError at /), expect.stringMatching(/^goalpost: hover failed: TypeError at /)]);
    expect(logged.join('\n')).not.toContain(SECRET);
    const symbols = await client.sendRequest<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toContain('panic');
    client.dispose();
  });
});
