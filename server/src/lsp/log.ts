/**
 * One-line descriptions of failures for the server's logs. Messages of errors thrown by the core or
 * by JSON.parse can quote the text they were reading, and plans hold people's health goals, so a
 * log line names the kind of error and where it was thrown, never its message.
 */

/** Messages that V8 writes without any of the input in them, kept because they say what happened. */
const SAFE_MESSAGES = new Set(['Maximum call stack size exceeded', 'Invalid array length', 'Invalid string length', 'Array buffer allocation failed']);

/** `RangeError (Maximum call stack size exceeded) at server.cjs:1234:56`: no document text. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${error === null ? 'null' : typeof error}`;
  const kind = SAFE_MESSAGES.has(error.message) ? `${error.name} (${error.message})` : error.name;
  const frame = /\(?([^\s()]+:\d+:\d+)\)?\s*$/m.exec(error.stack?.split('\n').find((line) => /^\s+at /.test(line)) ?? '');
  const where = frame?.[1]?.split(/[\\/]/).pop();
  return where ? `${kind} at ${where}` : kind;
}

/** Writes one line to standard error: the editor keeps it in the server's log, apart from the protocol. */
export function logLine(line: string): void {
  process.stderr.write(`goalpost-language-server: ${line.replace(/[\r\n]+/g, ' ')}\n`);
}
