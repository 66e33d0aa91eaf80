/** Where the CLI writes, and the little it needs from its process; tests and the launcher each supply one. */
export interface Io {
  /** The directory that relative paths start from, and that printed paths are relative to. */
  readonly cwd: string;
  /** Whether to show stack traces of internal errors (`GOALPOST_DEBUG=1`). */
  readonly debug: boolean;
  /** The environment variables the output depends on (`NO_COLOR`, `FORCE_COLOR`, `TERM`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal, where colour helps; a pipe or a file gets plain text. */
  readonly stdoutIsTerminal: boolean;
  /** Whether stderr is a terminal, where a progress line may be drawn during long runs. */
  readonly stderrIsTerminal: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Reads standard input, for the path `-`: all of it, or the first `maxBytes` bytes and one more, if it holds more. */
  readStdin(maxBytes: number): Promise<Buffer>;
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
    env: process.env,
    stdoutIsTerminal: process.stdout.isTTY === true,
    stderrIsTerminal: process.stderr.isTTY === true,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readStdin: async (maxBytes) => {
      // Closed standard input reads as empty: Node opens /dev/null in its place.
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        chunks.push(bytes);
        total += bytes.length;
        // Stop reading an endless or huge stream as soon as it is too long to be a plan.
        if (total > maxBytes) break;
      }
      return Buffer.concat(chunks, total).subarray(0, maxBytes + 1);
    },
  };
}
