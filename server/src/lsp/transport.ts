/**
 * The reader and writer for the transport named on the command line. Standard input is read with
 * the server's own frame reader, which survives broken frames; IPC, socket and pipe transports are
 * vscode-languageserver's own (VS Code starts the server with `--node-ipc`).
 */
import type { Readable, Writable } from 'node:stream';
import {
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { FrameReader } from './frame-reader';
import { logLine } from './log';

export interface Transport {
  readonly reader: MessageReader;
  readonly writer: MessageWriter;
}

/** JSON-RPC over a pair of byte streams; broken frames are logged and answered, then reading goes on. */
export function streamTransport(input: Readable, output: Writable, log: (line: string) => void = logLine): Transport {
  const writer = new StreamMessageWriter(output);
  const reader = new FrameReader(input, ({ problem, reply }) => {
    log(problem);
    if (!reply) return;
    const response: ResponseMessage = { jsonrpc: '2.0', id: reply.id, error: { code: reply.code, message: reply.message } };
    void writer.write(response).catch(() => undefined);
  });
  return { reader, writer };
}

/** The value of `--name=value` or `--name value`. */
function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (at < 0) return undefined;
  return argv[at] === name ? argv[at + 1] : argv[at]!.slice(name.length + 1);
}

export function transportFromArguments(argv: readonly string[]): Transport | undefined {
  if (argv.includes('--stdio')) return streamTransport(process.stdin, process.stdout);
  if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
  const port = Number(option(argv, '--socket'));
  if (Number.isInteger(port) && port > 0) {
    const [reader, writer] = createServerSocketTransport(port);
    return { reader, writer };
  }
  const pipe = option(argv, '--pipe');
  if (pipe) {
    const [reader, writer] = createServerPipeTransport(pipe);
    return { reader, writer };
  }
  return undefined;
}
