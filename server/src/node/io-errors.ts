/**
 * File-system errors in a person's words, for every message about a file the CLI or the server could not use.
 * Node's own messages name the system call ("ENOENT: no such file or directory, open '...'"); people want the
 * plain reason, after the path they typed.
 */

const IO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'over the disk quota',
  EROFS: 'the file system is read-only',
  EFBIG: 'too large for the file system',
  EIO: 'the disk could not be read or written (input/output error)',
  EBUSY: 'in use by another program',
  ETXTBSY: 'in use by another program',
  ENXIO: 'is not a file that can be read (a socket or a device without a driver)',
};

/** The error's code, such as `ENOENT`, or undefined for an error that is not the file system's. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Describes a file-system error in a few words, without the system call or the path. */
export function describeIoError(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && IO_REASONS[code] !== undefined) return IO_REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/** Tells whether a file-system error means that nothing is at the path. */
export function isNotFound(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}
