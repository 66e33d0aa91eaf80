/**
 * The connection on any transport, with what vscode-languageserver leaves out: the lifecycle
 * (requests before `initialize` and after `shutdown`), cancelled requests answered while still
 * queued, and an end of input that ends the process (code 0 after `shutdown`, else 1).
 */
import { createConnection, ProposedFeatures, type Connection, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';
import { cancelQueued, Lifecycle } from './lifecycle';

export function connect(reader: MessageReader, writer: MessageWriter, exit: (code: number) => void): Connection {
  const lifecycle = new Lifecycle((response) => void writer.write(response).catch(() => undefined));
  const connection = createConnection(ProposedFeatures.all, reader, writer, { messageStrategy: lifecycle, connectionStrategy: cancelQueued });
  reader.onClose(() => exit(lifecycle.shutDown ? 0 : 1));
  return connection;
}
