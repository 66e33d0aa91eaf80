/**
 * The findings of entry rules (`entryRule`), kept per journal entry from one check to the next.
 * They are valid for as long as the entry, the entry just above it and the entries' inputs stay the
 * same: the date checked against, the settings, the rules run, and the plan outside its ordinary
 * entries, which the caller describes as one string.
 */
import type { Entry } from '../model';
import type { Finding } from './rule';

/** What the entry rules found about one entry, rule by rule, and the entry that was above it. */
export interface EntryResult {
  readonly above: Entry | undefined;
  readonly found: readonly (readonly Finding[])[];
}

export class EntryMemo {
  private inputs: string | undefined;
  private results = new WeakMap<Entry, EntryResult>();

  /** The results kept for a check with these inputs; inputs that differ from the last check's drop everything kept. */
  resultsFor(inputs: string): WeakMap<Entry, EntryResult> {
    if (inputs !== this.inputs) {
      this.inputs = inputs;
      this.results = new WeakMap();
    }
    return this.results;
  }
}
