/**
 * A progress line for long runs, on stderr and only when stderr is a terminal: a log or a pipe gets none,
 * and the line is erased before the results are printed.
 */
import type { Io } from './io';

/** How many files make a run long enough to show progress. */
const MIN_FILES = 100;
/** How often the line may change, so that drawing it never slows the check down. */
const INTERVAL_MS = 100;

export interface Progress {
  /** Says that `done` files of the total have been checked. */
  update(done: number): void;
  /** Erases the line, if one was drawn. */
  finish(): void;
}

/** A Progress for checking `total` files; it draws nothing for short runs or when stderr is not a terminal. */
export function createProgress(io: Pick<Io, 'err' | 'stderrIsTerminal' | 'env'>, total: number): Progress {
  if (!io.stderrIsTerminal || total < MIN_FILES || io.env.TERM === 'dumb') return { update: () => {}, finish: () => {} };
  let drawnAt = -Infinity;
  const draw = (done: number) => {
    io.err(`\r${done}/${total} files checked`);
    drawnAt = Date.now();
  };
  draw(0);
  return {
    update: (done) => {
      if (Date.now() - drawnAt >= INTERVAL_MS) draw(done);
    },
    finish: () => io.err('\r\u001b[K'),
  };
}
