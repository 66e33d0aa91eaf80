// The protocol's lifecycle, on the real server over stdio: nothing is served before `initialize`,
// nothing after `shutdown`, and the process ends only on `exit` or when its input closes.
import { afterEach, describe, expect, it } from 'vitest';
import { Message, type ResponseMessage } from 'vscode-languageserver/node';
import { Lifecycle } from '../../server/src/lsp/lifecycle';
import { expectHover, ON_GOAL, PLAN } from './fixture';
import { RawServer } from './raw-server';

const URI = 'file:///tmp/robust/lifecycle.goals';
const servers: RawServer[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.kill();
});

function start(): RawServer {
  const server = new RawServer();
  servers.push(server);
  return server;
}

const hover = { textDocument: { uri: URI }, position: ON_GOAL };

describe('before initialize', () => {
  it('answers requests with ServerNotInitialized and drops notifications', async () => {
    const server = start();
    server.open(URI, PLAN);
    expect((await server.request('textDocument/hover', hover)).error).toMatchObject({ code: -32002 });
    expect((await server.request('goalpost/unknown', {})).error).toMatchObject({ code: -32002 });
    await server.initialize();
    // The didOpen sent before initialize was dropped, so the server does not know the document.
    expect(await server.request('textDocument/hover', hover)).toMatchObject({ result: null });
    server.open(URI, PLAN);
    await expectHover(server, URI);
  });

  it('answers a second initialize with InvalidRequest and keeps serving', async () => {
    const server = start();
    await server.initialize();
    expect((await server.request('initialize', { processId: null, rootUri: null, capabilities: {} })).error).toMatchObject({ code: -32600 });
    server.open(URI, PLAN);
    await expectHover(server, URI);
  });
});

describe('after shutdown', () => {
  it('answers requests with InvalidRequest, then exits with code 0 on exit', async () => {
    const server = start();
    await server.initialize();
    server.open(URI, PLAN);
    await expectHover(server, URI);
    expect(await server.request('shutdown')).toMatchObject({ result: null });
    expect((await server.request('textDocument/hover', hover)).error).toMatchObject({ code: -32600 });
    expect((await server.request('shutdown')).error).toMatchObject({ code: -32600 });
    server.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: '' }] });
    expect((await server.request('textDocument/documentSymbol', { textDocument: { uri: URI } })).error).toMatchObject({ code: -32600 });
    expect(server.process.exitCode).toBeNull();
    server.notify('exit');
    expect(await server.exited).toBe(0);
  });

  it('exits with code 0 when its input closes', async () => {
    const server = start();
    await server.initialize();
    await server.request('shutdown');
    server.process.stdin.end();
    expect(await server.exited).toBe(0);
  });
});

describe('the process', () => {
  it('exits with code 1 on exit without shutdown', async () => {
    const server = start();
    await server.initialize();
    server.notify('exit');
    expect(await server.exited).toBe(1);
  });

  it('exits with code 1 on exit before initialize', async () => {
    const server = start();
    server.notify('exit');
    expect(await server.exited).toBe(1);
  });

  it('exits with code 1 when its input closes without shutdown', async () => {
    const server = start();
    await server.initialize();
    server.process.stdin.end();
    expect(await server.exited).toBe(1);
  });
});

describe('the lifecycle gate', () => {
  /** Runs messages through a gate; answers what reached the server and what the gate answered itself. */
  function gate(messages: Message[]): { passed: string[]; answered: ResponseMessage[] } {
    const answered: ResponseMessage[] = [];
    const lifecycle = new Lifecycle((response) => answered.push(response));
    const passed: string[] = [];
    for (const message of messages) lifecycle.handleMessage(message, (m) => void passed.push((m as { method?: string }).method ?? `answer ${(m as ResponseMessage).id}`));
    return { passed, answered };
  }

  it('lets no notification but exit through after shutdown, and every answer from the editor', () => {
    const { passed, answered } = gate([
      { jsonrpc: '2.0', method: 'textDocument/didOpen' } as Message,
      { jsonrpc: '2.0', id: 1, method: 'initialize' } as Message,
      { jsonrpc: '2.0', method: 'textDocument/didOpen' } as Message,
      { jsonrpc: '2.0', id: 2, method: 'shutdown' } as Message,
      { jsonrpc: '2.0', method: 'textDocument/didChange' } as Message,
      { jsonrpc: '2.0', method: '$/setTrace' } as Message,
      { jsonrpc: '2.0', id: 'c1', result: [{}] } as Message,
      { jsonrpc: '2.0', id: 3, method: 'textDocument/hover' } as Message,
      { jsonrpc: '2.0', method: 'exit' } as Message,
    ]);
    expect(passed).toEqual(['initialize', 'textDocument/didOpen', 'shutdown', 'answer c1', 'exit']);
    expect(answered.map((a) => [a.id, a.error?.code])).toEqual([[3, -32600]]);
    expect(Message.isResponse(answered[0])).toBe(true);
  });
});
