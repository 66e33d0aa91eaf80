/**
 * The protocol's lifecycle, enforced before any handler runs: until `initialize` requests are
 * answered ServerNotInitialized and notifications dropped; after `shutdown` requests are answered
 * InvalidRequest and notifications ignored, until `exit`. vscode-languageserver itself serves
 * every request in every state, so this sits in its connection as the message strategy.
 */
import { ErrorCodes, LSPErrorCodes, Message, type ConnectionOptions, type ResponseMessage } from 'vscode-languageserver/node';

type Handle = NonNullable<ConnectionOptions['messageStrategy']>['handleMessage'];

export class Lifecycle {
  private state: 'new' | 'running' | 'shut down' = 'new';

  constructor(private readonly send: (response: ResponseMessage) => void) {}

  /** True once `shutdown` was received: then `exit`, or the input closing, ends the process with code 0. */
  get shutDown(): boolean {
    return this.state === 'shut down';
  }

  readonly handleMessage: Handle = (message, next) => {
    if (Message.isRequest(message)) {
      const refusal = this.refusal(message.method);
      if (refusal) return this.send({ jsonrpc: '2.0', id: message.id, error: refusal });
      if (message.method === 'initialize') this.state = 'running';
      if (message.method === 'shutdown') this.state = 'shut down';
      return next(message);
    }
    // `exit` is obeyed in every state; other notifications only while running. Answers always pass.
    if (Message.isNotification(message) && message.method !== 'exit' && this.state !== 'running') return;
    return next(message);
  };

  private refusal(method: string): { code: number; message: string } | undefined {
    if (this.state === 'new' && method !== 'initialize') {
      return { code: ErrorCodes.ServerNotInitialized, message: `The server is not initialized yet: send initialize before ${method}.` };
    }
    if (this.state === 'running' && method === 'initialize') return { code: ErrorCodes.InvalidRequest, message: 'The server is already initialized.' };
    if (this.state === 'shut down') return { code: ErrorCodes.InvalidRequest, message: `The server is shutting down and answers no more requests (${method}).` };
    return undefined;
  }
}

/** Answers a cancelled request still waiting in the queue at once, instead of running it first. */
export const cancelQueued: NonNullable<ConnectionOptions['connectionStrategy']> = {
  cancelUndispatched: (message) =>
    Message.isRequest(message) ? { jsonrpc: '2.0', id: message.id, error: { code: LSPErrorCodes.RequestCancelled, message: 'The request was cancelled.' } } : undefined,
};

