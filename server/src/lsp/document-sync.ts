/**
 * Keeps the open documents in step with the editor through vscode-languageserver's TextDocuments,
 * with each notification checked first. TextDocuments takes a change as it comes: a text that is
 * not a string becomes the word "undefined" in the document, and a range of strings empties it. A
 * notification that is not valid is dropped with one log line instead. Changes for documents that
 * are not open, and ranges past the end (fitted to the text), are handled by TextDocuments itself.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPosition = (value: unknown) => isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character);
const isRange = (value: unknown) => isObject(value) && isPosition(value.start) && isPosition(value.end);

/** What is wrong with the identifier, or undefined. */
function documentProblem(value: unknown, versioned: boolean): string | undefined {
  if (!isObject(value) || typeof value.uri !== 'string') return 'textDocument.uri is not a string';
  if (versioned && !Number.isInteger(value.version)) return 'textDocument.version is not a whole number';
  return undefined;
}

function openProblem(params: unknown): string | undefined {
  if (!isObject(params)) return 'it has no parameters';
  return documentProblem(params.textDocument, true) ?? (typeof (params.textDocument as { text?: unknown }).text === 'string' ? undefined : 'textDocument.text is not a string');
}

function changeProblem(params: unknown): string | undefined {
  if (!isObject(params)) return 'it has no parameters';
  const problem = documentProblem(params.textDocument, true);
  if (problem) return problem;
  if (!Array.isArray(params.contentChanges)) return 'contentChanges is not a list';
  const bad = params.contentChanges.findIndex((change) => !isObject(change) || typeof change.text !== 'string' || ('range' in change && !isRange(change.range)));
  return bad < 0 ? undefined : `contentChanges[${bad}] is not a text with an optional range of whole-number positions`;
}

function closeProblem(params: unknown): string | undefined {
  return isObject(params) ? documentProblem(params.textDocument, false) : 'it has no parameters';
}

/** `documents.listen(connection)`, with open, change and close notifications checked first. */
export function listenToDocuments(documents: TextDocuments<TextDocument>, connection: Connection, log: (line: string) => void): void {
  const checked = <P>(method: string, problemOf: (params: unknown) => string | undefined, handler: (params: P) => void) => (params: P) => {
    const problem = problemOf(params);
    if (problem) return log(`goalpost: ignored a ${method} notification that is not valid: ${problem}.`);
    return handler(params);
  };
  const filtered = Object.create(connection) as Connection;
  filtered.onDidOpenTextDocument = (handler) => connection.onDidOpenTextDocument(checked('textDocument/didOpen', openProblem, handler));
  filtered.onDidChangeTextDocument = (handler) => connection.onDidChangeTextDocument(checked('textDocument/didChange', changeProblem, handler));
  filtered.onDidCloseTextDocument = (handler) => connection.onDidCloseTextDocument(checked('textDocument/didClose', closeProblem, handler));
  documents.listen(filtered);
}
