/**
 * Which JSON values are JSON-RPC messages. vscode-jsonrpc logs a value it cannot place in full
 * (document text included) and leaves the sender waiting, and a `$/cancelRequest` without an id
 * throws inside it; so every value is checked here first, and the ones that are not messages are
 * answered as JSON-RPC 2.0 says (Invalid Request, with the request's id where it can be told).
 */
import { ErrorCodes, type Message } from 'vscode-languageserver/node';

export type RequestId = number | string;

/** A value refused, with one line for the log (never its content) and the error answer, if any is due. */
export interface Refusal {
  readonly problem: string;
  readonly reply?: { readonly id: RequestId | null; readonly code: number; readonly message: string };
}

const isId = (value: unknown): value is RequestId => (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function invalid(problem: string, id: RequestId | null = null): Refusal {
  return { problem, reply: { id, code: ErrorCodes.InvalidRequest, message: `Invalid request: ${problem}.` } };
}

/** The message to hand on, or why the value is refused. */
export function checkMessage(value: unknown): { message: Message } | Refusal {
  if (Array.isArray(value)) return invalid('a batch (a JSON array) is not part of the Language Server Protocol');
  if (!isObject(value)) return invalid('the JSON value is not an object');
  if (value.jsonrpc !== undefined && value.jsonrpc !== '2.0') return invalid('"jsonrpc" must be "2.0"', isId(value.id) ? value.id : null);
  if ('method' in value) return checkCall(value);
  return checkResponse(value);
}

/** A request (with an id) or a notification (without). */
function checkCall(value: Record<string, unknown>): { message: Message } | Refusal {
  const hasId = 'id' in value;
  if (hasId && !isId(value.id)) return invalid('the id must be a number or a string');
  const id = hasId ? (value.id as RequestId) : null;
  const notice = (problem: string): Refusal => (hasId ? invalid(problem, id) : { problem: `a notification was dropped: ${problem}` });
  if (typeof value.method !== 'string') return notice('"method" must be a string');
  if (value.params !== undefined && value.params !== null && typeof value.params !== 'object') return notice('"params" must be an object or an array');
  if (value.method === '$/cancelRequest' && !(isObject(value.params) && isId(value.params.id))) return notice('$/cancelRequest needs the id of the request to cancel');
  return { message: value as unknown as Message };
}

/**
 * An answer to one of the server's own requests. One with neither a result nor an error is turned
 * into an error answer, so the request it belongs to fails instead of waiting for ever.
 */
function checkResponse(value: Record<string, unknown>): { message: Message } | Refusal {
  const answers = value.result !== undefined || (value.error !== undefined && value.error !== null);
  if (isId(value.id) && !answers) {
    return { message: { jsonrpc: '2.0', id: value.id, error: { code: ErrorCodes.InvalidRequest, message: 'The answer had neither a result nor an error.' } } as Message };
  }
  if (isId(value.id) && answers) return { message: value as unknown as Message };
  // The editor could not tie its error to a request; vscode-jsonrpc would log the whole error.
  if (value.id === null && answers) return { problem: 'the editor sent an error answer without a request id' };
  return invalid('it has no "method", so it must be an answer with an id and a result or an error');
}
