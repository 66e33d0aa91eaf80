// A language server in this process, over in-memory streams, with a JSON-RPC client connected and
// initialised: for tests that mock a core module (vi.mock applies to the server this imports).
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { connect } from '../../server/src/lsp/connect';
import { startServer } from '../../server/src/lsp/server';
import { streamTransport } from '../../server/src/lsp/transport';

/** Starts a server in this process and returns a client that has sent `initialize` and `initialized`. */
export async function startInProcess(capabilities: object = {}): Promise<MessageConnection> {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const transport = streamTransport(toServer, fromServer);
  startServer(connect(transport.reader, transport.writer, () => undefined));
  const client = createMessageConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities });
  await client.sendNotification('initialized', {});
  return client;
}
