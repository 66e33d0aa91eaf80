// An editor that refuses the server's own requests, or answers them with garbage: the server
// logs it in one line, goes on without what it asked for, and never exits.
import { afterEach, describe, expect, it } from 'vitest';
import { expectHover, PLAN } from './fixture';
import { RawServer, type Answer, type Message } from './raw-server';

const URI = 'file:///tmp/robust/refusals.goals';
const SECRET = 'words-from-the-editor';
const REFUSED: Answer = { error: { code: -32603, message: SECRET } };
const servers: RawServer[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.kill();
});

function start(): RawServer {
  const server = new RawServer();
  servers.push(server);
  return server;
}

const isLog = (words: string) => (m: Message) => m.method === 'window/logMessage' && (m.params as { message: string }).message.includes(words);

describe('an editor that refuses', () => {
  it('every refresh, registration and configuration request leaves the server serving', async () => {
    const server = start();
    for (const method of ['client/registerCapability', 'workspace/configuration', 'workspace/diagnostic/refresh', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh']) {
      server.answers.set(method, REFUSED);
    }
    await server.initialize({
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        diagnostics: { refreshSupport: true },
        codeLens: { refreshSupport: true },
        inlayHint: { refreshSupport: true },
        semanticTokens: { refreshSupport: true },
      },
      textDocument: { diagnostic: {} },
    });
    // Refused registrations do not stop the settings being asked for.
    await server.waitFor(isLog('did not answer workspace/configuration'));
    server.open(URI, PLAN);
    // Pushed settings change what the lenses and hints show: the server asks for all three again.
    server.notify('workspace/didChangeConfiguration', { settings: { goalpost: { today: '2026-11-25' } } });
    for (const method of ['workspace/diagnostic/refresh', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh']) await server.waitFor(isLog(`did not answer ${method}`));
    expect(server.serverRequests.filter((m) => m === 'client/registerCapability')).toHaveLength(2);
    // Semantic tokens depend on the text alone, so settings never make the server ask for them again.
    expect(server.serverRequests).not.toContain('workspace/semanticTokens/refresh');
    await expectHover(server, URI);
    const pulled = await server.request('textDocument/diagnostic', { textDocument: { uri: URI } });
    expect(pulled.result).toMatchObject({ kind: 'full' });
    expect(server.process.exitCode).toBeNull();
    expect(server.stderr).toBe('');
    expect(JSON.stringify(server.received)).not.toContain(SECRET);
  });
});

describe('an editor that answers workspace/configuration with garbage', () => {
  async function started(): Promise<RawServer> {
    const server = start();
    server.answers.set('workspace/configuration', { result: [{ today: '2026-11-25' }] });
    await server.initialize({ workspace: { configuration: true } });
    server.open(URI, PLAN);
    await server.waitFor((m) => m.method === 'textDocument/publishDiagnostics');
    return server;
  }

  /** Asks the server to read its settings again, answered with `answer`; resolves once it has. */
  async function reload(server: RawServer, answer: Answer, done: (m: Message) => boolean): Promise<Message> {
    const from = server.received.length;
    server.answers.set('workspace/configuration', answer);
    server.notify('workspace/didChangeConfiguration', { settings: null });
    return server.waitFor(done, from);
  }

  const published = (m: Message) => m.method === 'textDocument/publishDiagnostics';

  it.each([
    ['a number', { result: 42 }],
    ['a list of a number', { result: [5] }],
    ['a list of a string', { result: [SECRET] }],
  ])('(%s) reads as no settings', async (_name, answer) => {
    const server = await started();
    const diagnostics = await reload(server, answer, published);
    expect((diagnostics.params as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)).not.toContain('settings');
    await expectHover(server, URI);
  });

  it('of settings with values of the wrong kind reports each as a settings problem', async () => {
    const server = await started();
    const diagnostics = await reload(server, { result: [{ rules: 'loud', maxActiveGoals: 'many', today: { day: 1 } }] }, published);
    const messages = (diagnostics.params as { diagnostics: { code: string; message: string }[] }).diagnostics.filter((d) => d.code === 'settings').map((d) => d.message);
    expect(messages).toHaveLength(3);
    expect(messages.join('\n')).toContain('goalpost.today');
    await expectHover(server, URI);
  });

  it('that has neither a result nor an error is taken as a refusal', async () => {
    const server = await started();
    await reload(server, { raw: '{"jsonrpc":"2.0","id":$ID}' }, isLog('did not answer workspace/configuration (error -32600)'));
    await expectHover(server, URI);
  });

  it('that is not JSON is answered with a parse error, and the server serves on', async () => {
    const server = await started();
    await reload(server, { raw: `{"jsonrpc":"2.0","id":$ID,"result":[{"today":"${SECRET}"` }, (m) => m.id === null && m.error?.code === -32700);
    await expectHover(server, URI);
    expect(server.stderr).not.toContain(SECRET);
  });
});
