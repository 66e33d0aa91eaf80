/**
 * What every editor feature takes first: one version of a document as the core read it, the day it
 * is seen from and the settings that apply. A request adds only what it is about (a position, a
 * range), so the features share one front door instead of each its own list of arguments.
 */
import { DEFAULT_CONFIG, type Config } from '../config';
import { Snapshot } from '../snapshot';

export interface DocumentContext {
  /** The document's version: its text, lines and plan, each read once (`snapshot.ts`). */
  readonly snapshot: Snapshot;
  /** The local date, `YYYY-MM-DD`; no feature reads the clock. */
  readonly today: string;
  readonly config: Config;
}

/** The context of a text read afresh, for the CLI and the tests; the language server keeps its snapshots. */
export function documentContext(text: string, options: { readonly today: string; readonly config?: Config }): DocumentContext {
  return { snapshot: Snapshot.read(text), today: options.today, config: options.config ?? DEFAULT_CONFIG };
}
