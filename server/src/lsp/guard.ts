/**
 * Every request handler runs inside this guard: it checks the parameters, answers a cancelled
 * request with RequestCancelled, and turns any exception (a bug in the core included) into an error
 * answer and one log line without document text, so a failing feature never takes the server down.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisFailed } from './analysis-failure';
import { describeError } from './log';
import { checkParams, uriOf, type Need } from './params';

export type Handler<P, R> = (params: P, token: CancellationToken) => Promise<R>;
/**
 * vscode-jsonrpc calls a handler with the token alone when a request has no parameters, and
 * vscode-languageserver adds progress reporters after the token, so the guarded handler takes its
 * arguments as they come.
 */
export type Guarded<P, R> = (params: P, ...rest: unknown[]) => Promise<R | ResponseError<never>>;
export type Guard = <P, R>(name: string, handler: Handler<P, R>, needs?: readonly Need[]) => Guarded<P, R>;

const cancelled = () => new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
const NEVER_CANCELLED: CancellationToken = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };

const isToken = (value: unknown): value is CancellationToken =>
  typeof value === 'object' && value !== null && typeof (value as CancellationToken).isCancellationRequested === 'boolean';

export function createGuard(connection: Connection, documentOf: (uri: string) => TextDocument | undefined): Guard {
  return <P, R>(name: string, handler: Handler<P, R>, needs: readonly Need[] = []) =>
    async (...args: unknown[]): Promise<R | ResponseError<never>> => {
      // (params, token, ...progress) as a rule; (token) alone for a request without parameters.
      const token = args.find(isToken) ?? NEVER_CANCELLED;
      const raw = (args[0] === token ? undefined : args[0]) as P;
      try {
        if (token.isCancellationRequested) return cancelled();
        const uri = uriOf(raw);
        const params = checkParams(raw, needs, uri === undefined ? undefined : documentOf(uri));
        const result = await handler(params, token);
        return token.isCancellationRequested ? cancelled() : result;
      } catch (error) {
        // A refusal the handler chose (such as an invalid new name) goes to the client as it is.
        if (error instanceof ResponseError) return error as ResponseError<never>;
        // The analysis already logged its failure once; the answer says why there is none.
        if (error instanceof AnalysisFailed) return new ResponseError<never>(LSPErrorCodes.RequestFailed, `Goalpost could not check this plan, so it cannot answer ${name}.`);
        connection.console.error(`goalpost: ${name} failed: ${describeError(error)}`);
        return new ResponseError<never>(LSPErrorCodes.RequestFailed, `Goalpost could not answer ${name}.`);
      }
    };
}
