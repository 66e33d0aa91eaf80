/**
 * The errors the CLI reports as plain lines with exit code 2: bad arguments, missing paths, unreadable files.
 * Anything else that reaches the top level is a bug in Goalpost and is reported as an internal error.
 */
export class UsageError extends Error {
  /** The problems to print, one line each; `message` joins them. */
  readonly lines: readonly string[];

  constructor(lines: string | readonly string[]) {
    const all = typeof lines === 'string' ? [lines] : [...lines];
    super(all.join('\n'));
    this.name = 'UsageError';
    this.lines = all;
  }
}

// How file-system errors are worded is shared with the language server's reading of files.
export { describeIoError, isNotFound } from '../node/io-errors';
