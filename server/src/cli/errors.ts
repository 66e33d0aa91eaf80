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

// Node's own messages for these codes name the system call ("ENOENT: no such file or directory, open '...'");
// users want the plain reason, after the path they typed.
const IO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
};

/** Describes a file-system error in a few words, without the system call or the path. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && IO_REASONS[code] !== undefined) return IO_REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/** Tells whether a file-system error means that nothing is at the path. */
export function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
