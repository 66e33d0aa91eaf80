/**
 * The server's reader for stdio: vscode-jsonrpc's MessageReader over the frame scanner. Where
 * vscode-jsonrpc's StreamMessageReader stops reading for good at a bad header, this one reports
 * the broken frame in one line (never its content), answers it where JSON-RPC says to, and reads on.
 */
import type { Readable } from 'node:stream';
import { AbstractMessageReader, Disposable, ErrorCodes, type DataCallback } from 'vscode-languageserver/node';
import { FrameScanner, MAX_BODY_BYTES, type FrameEvent } from './frame-scanner';
import { checkMessage, type Refusal } from './message-shape';

const PARSE_ERROR: Refusal['reply'] = { id: null, code: ErrorCodes.ParseError, message: 'Parse error: the message was not valid JSON.' };
const MIB = 1024 * 1024;

export class FrameReader extends AbstractMessageReader {
  private readonly scanner: FrameScanner;
  private readonly decoder = new TextDecoder('utf-8');

  /** `refuse` is told of each broken frame or message: a line for the log, and the answer owed, if any. */
  constructor(
    private readonly input: Readable,
    private readonly refuse: (refusal: Refusal) => void,
    private readonly maxBody = MAX_BODY_BYTES,
  ) {
    super();
    this.scanner = new FrameScanner(maxBody);
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer | string) => {
      for (const event of this.scanner.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)) this.handle(event, callback);
    };
    const onError = (error: Error) => this.fireError(error);
    const onEnd = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('end', onEnd);
    this.input.on('close', onEnd);
    return Disposable.create(() => {
      this.input.off('data', onData);
      this.input.off('error', onError);
      this.input.off('end', onEnd);
      this.input.off('close', onEnd);
    });
  }

  private handle(event: FrameEvent, callback: DataCallback): void {
    switch (event.kind) {
      case 'bad-header':
        return this.refuse({ problem: `skipped a frame with a malformed header (${event.reason}); reading on from the next Content-Length header` });
      case 'too-large':
        return this.refuse({ problem: `skipped a message of ${describeSize(event.length)}, more than the ${this.maxBody / MIB} MiB the server reads` });
      case 'cut-short':
        return this.refuse({ problem: `a message of ${event.body.length} bytes ended before its Content-Length of ${event.declared}, where the next message began`, reply: PARSE_ERROR });
      case 'body':
        return this.decode(event.body, callback);
    }
  }

  private decode(body: Buffer, callback: DataCallback): void {
    let value: unknown;
    try {
      value = JSON.parse(this.decoder.decode(body));
    } catch {
      // JSON.parse's own message quotes the text it read, so it is not logged.
      return this.refuse({ problem: `a message of ${body.length} bytes was not valid JSON`, reply: PARSE_ERROR });
    }
    const checked = checkMessage(value);
    if ('problem' in checked) return this.refuse(checked);
    try {
      callback(checked.message);
    } catch (error) {
      this.refuse({ problem: `a message could not be handled (${error instanceof Error ? error.name : 'unknown error'})` });
    }
  }
}

function describeSize(length: number): string {
  return Number.isSafeInteger(length) ? `${length} bytes` : 'an impossible size';
}
