/**
 * Request parameters, checked before a handler sees them. Positions must be zero or more, as the
 * protocol says (InvalidParams otherwise); a position past the end of its line or document is
 * fitted to the text, as the protocol asks ("defaults back to the line length"), so the core only
 * ever sees positions inside the document.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The parts of the parameters a request needs. */
export type Need = 'textDocument' | 'position' | 'positions' | 'range' | 'uri';

interface Position {
  line: number;
  character: number;
}

const MAX_UINTEGER = 2 ** 31 - 1;

function refuse(message: string): never {
  throw new ResponseError(ErrorCodes.InvalidParams, message);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isUinteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_UINTEGER;

function readPosition(value: unknown, name: string): Position {
  if (!isObject(value) || !isUinteger(value.line) || !isUinteger(value.character)) {
    refuse(`${name} must be { line, character } with whole numbers of zero or more.`);
  }
  return { line: value.line, character: value.character };
}

/** The position inside the document nearest to `position`. */
function fit(position: Position, document: TextDocument | undefined): Position {
  return document ? document.positionAt(document.offsetAt(position)) : position;
}

/** The uri a request is about, for finding its document; undefined when it names none. */
export function uriOf(params: unknown): string | undefined {
  if (!isObject(params)) return undefined;
  if (isObject(params.textDocument) && typeof params.textDocument.uri === 'string') return params.textDocument.uri;
  return typeof params.uri === 'string' ? params.uri : undefined;
}

/** Checks what the request needs and fits its positions to `document`; throws InvalidParams. */
export function checkParams<P>(params: P, needs: readonly Need[], document: TextDocument | undefined): P {
  if (needs.length === 0) return params;
  if (!isObject(params)) refuse('The request needs its parameters.');
  const checked: Record<string, unknown> = { ...params };
  for (const need of needs) {
    const value = params[need];
    switch (need) {
      case 'textDocument':
        if (!isObject(value) || typeof value.uri !== 'string') refuse('textDocument.uri must be a string.');
        break;
      case 'uri':
        if (typeof value !== 'string') refuse('uri must be a string.');
        break;
      case 'position':
        checked.position = fit(readPosition(value, 'position'), document);
        break;
      case 'positions':
        if (!Array.isArray(value)) refuse('positions must be a list.');
        checked.positions = value.map((p, i) => fit(readPosition(p, `positions[${i}]`), document));
        break;
      case 'range': {
        if (!isObject(value)) refuse('range must be { start, end }.');
        const start = fit(readPosition(value.start, 'range.start'), document);
        const end = fit(readPosition(value.end, 'range.end'), document);
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) refuse('range.start must not come after range.end.');
        checked.range = { start, end };
        break;
      }
    }
  }
  return checked as P;
}
