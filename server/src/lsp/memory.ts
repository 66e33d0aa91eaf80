/**
 * Gives memory back once a large document is closed. V8 collects garbage when it needs room, not
 * when memory becomes free, so without this a server that has closed a 5 MB plan would keep a heap
 * of hundreds of megabytes until the next large allocation, for as long as the editor runs. A full
 * collection a moment after the close returns it to the system. Node offers `gc` only behind a flag;
 * setting the flag at run time and taking `gc` from a fresh context is how jest's leak detector gets it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Documents smaller than this leave too little behind to be worth a full collection. */
const LARGE_DOCUMENT_CHARS = 1024 * 1024;
/** Long enough for the close's own work (clearing diagnostics, re-reading the file) to finish first. */
const FIRST_DELAY_MS = 1000;
const LAST_DELAY_MS = 8000;

function findCollector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

export class MemoryRelease {
  private collect: (() => void) | undefined | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** A document of `length` characters was closed: collect soon, once for a run of closes. */
  closed(length: number): void {
    if (length < LARGE_DOCUMENT_CHARS) return;
    if (this.collect === null) this.collect = findCollector();
    if (!this.collect) return;
    clearTimeout(this.timer);
    const collect = this.collect;
    // V8 hands freed pages back to the system only at a later collection, so there are several,
    // spaced out: after 1, 2, 4 and 8 seconds.
    const round = (delay: number) => {
      this.timer = setTimeout(() => {
        collect();
        if (delay < LAST_DELAY_MS) round(delay * 2);
      }, delay);
      // A pending collection never keeps the process alive.
      this.timer.unref();
    };
    round(FIRST_DELAY_MS);
  }
}
