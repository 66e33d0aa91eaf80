// Broken frames and values that are not messages, sent to the real server over stdio: each is
// answered as JSON-RPC says where its boundary is known, logged in one line without its content,
// and the server reads on from the next well-formed frame.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectHover, PLAN } from './fixture';
import { frame, RawServer, type Message } from './raw-server';

/** A word in every broken frame: it must never reach a log. */
const SECRET = 'panic-attack-diary';
const URI = 'file:///tmp/robust/plan.goals';

let server: RawServer;
beforeEach(async () => {
  server = new RawServer();
  await server.initialize();
  server.open(URI, PLAN);
  await expectHover(server, URI);
});
afterEach(() => server.kill());

/** Messages received after `from`, before the answer to the hover that follows the broken input. */
async function afterBrokenInput(send: () => void): Promise<{ replies: Message[]; log: string[] }> {
  const seen = server.received.length;
  const logged = server.stderrLines.length;
  send();
  await expectHover(server, URI);
  const replies = server.received.slice(seen).filter((m) => m.id === null || typeof m.id === 'string');
  const log = await server.waitForStderr((lines) => lines.length > logged);
  return { replies, log: log.slice(logged) };
}

const body = JSON.stringify({ jsonrpc: '2.0', id: 'lost', method: 'textDocument/hover', params: { note: SECRET } });

describe('a broken frame', () => {
  it.each([
    ['a non-numeric Content-Length', `Content-Length: twelve\r\n\r\n${body}`, 'Content-Length is not a whole number of bytes'],
    ['a negative Content-Length', `Content-Length: -20\r\n\r\n${body}`, 'Content-Length is not a whole number of bytes'],
    ['no Content-Length', `Content-Type: application/json\r\n\r\n${body}`, 'the header has no Content-Length'],
    ['LF-only header lines', `Content-Length: ${body.length}\n\n${body}`, 'header lines must end with CR LF, not LF alone'],
    ['a huge Content-Length', `Content-Length: 99999999999999999999\r\n\r\n${body}`, 'more than the 64 MiB the server reads'],
  ])('with %s is skipped and logged in one line, and the next frame is served', async (_name, broken, logged) => {
    const { replies, log } = await afterBrokenInput(() => server.writeRaw(broken));
    // Where the frame ends is not known, so nothing can be answered: the request in it is lost.
    expect(replies).toEqual([]);
    expect(log).toHaveLength(1);
    expect(log[0]).toContain(logged);
    expect(server.stderr).not.toContain(SECRET);
  });

  it('of invalid JSON is answered with a parse error (id null), and the next frame is served', async () => {
    const { replies, log } = await afterBrokenInput(() => server.writeRaw(frame(`{"jsonrpc":"2.0","id":"x","method":"${SECRET}`)));
    expect(replies).toEqual([{ jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.any(String) } }]);
    expect(log).toEqual([expect.stringContaining('was not valid JSON')]);
    expect(server.stderr).not.toContain(SECRET);
  });

  it('whose Content-Length overstates its body is answered with a parse error, and the frame inside it is served', async () => {
    const { replies, log } = await afterBrokenInput(() => server.writeRaw(`Content-Length: 5000\r\n\r\n{"note":"${SECRET}"}`));
    expect(replies).toEqual([{ jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.any(String) } }]);
    expect(log).toEqual([expect.stringContaining('ended before its Content-Length of 5000')]);
    expect(server.stderr).not.toContain(SECRET);
  });
});

describe('a JSON value that is not a message', () => {
  it.each([
    ['a number', '42'],
    ['null', 'null'],
    ['a string', JSON.stringify(SECRET)],
    ['an object that is neither request, notification nor answer', JSON.stringify({ note: SECRET })],
    ['a batch', JSON.stringify([{ jsonrpc: '2.0', id: 7, method: 'shutdown' }, { note: SECRET }])],
    ['a request whose id is an object', JSON.stringify({ jsonrpc: '2.0', id: { note: SECRET }, method: 'textDocument/hover' })],
  ])('(%s) is answered with Invalid Request, id null', async (_name, json) => {
    const { replies, log } = await afterBrokenInput(() => server.writeRaw(frame(json)));
    expect(replies).toEqual([{ jsonrpc: '2.0', id: null, error: { code: -32600, message: expect.any(String) } }]);
    expect(log).toHaveLength(1);
    expect(server.stderr).not.toContain(SECRET);
  });

  it('a request whose params are not structured is answered with Invalid Request under its own id', async () => {
    const { replies } = await afterBrokenInput(() => server.send({ id: 'flat', method: 'textDocument/hover', params: 5 }));
    expect(replies).toEqual([{ jsonrpc: '2.0', id: 'flat', error: { code: -32600, message: expect.any(String) } }]);
  });

  it.each([
    ['a $/cancelRequest without an id', { method: '$/cancelRequest' }],
    ['a notification whose method is not a string', { method: 7, params: { note: SECRET } }],
    ['an error answer without an id', { id: null, error: { code: 1, message: SECRET } }],
  ])('(%s) is dropped with one log line', async (_name, message) => {
    const { replies, log } = await afterBrokenInput(() => server.send(message as Message));
    expect(replies).toEqual([]);
    expect(log).toHaveLength(1);
    expect(server.stderr).not.toContain(SECRET);
  });
});

it('serves a frame split into single bytes, and one with an upper-case header and a Content-Type', async () => {
  const request = JSON.stringify({ jsonrpc: '2.0', id: 'split', method: 'textDocument/hover', params: { textDocument: { uri: URI }, position: { line: 9, character: 19 } } });
  for (const byte of Buffer.from(frame(request))) server.writeRaw(Buffer.from([byte]));
  expect((await server.response('split')).result).toMatchObject({ contents: { kind: 'markdown' } });
  server.writeRaw(`CONTENT-LENGTH: ${request.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${request.replace('"split"', '"typed"')}`);
  expect((await server.response('typed')).result).toMatchObject({ contents: { kind: 'markdown' } });
  expect(server.stderrLines).toEqual([]);
});
