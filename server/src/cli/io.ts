/** Where the CLI writes, and the little it needs from its process; tests and the launcher each supply one. */
export interface Io {
  /** The directory that relative paths start from, and that printed paths are relative to. */
  readonly cwd: string;
  /** Whether to show stack traces of internal errors (`GOALPOST_DEBUG=1`). */
  readonly debug: boolean;
  out(text: string): void;
  err(text: string): void;
}

/** Creates the Io of the running process. */
export function createProcessIo(): Io {
  // A reader that stops early (`goalpost check | head -1`) closes the pipe; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`goalpost: cannot write the output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
  return {
    cwd: process.cwd(),
    debug: Boolean(process.env.GOALPOST_DEBUG),
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  };
}
