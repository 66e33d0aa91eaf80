/**
 * The findings of entry rules (`entryRule`), kept per journal entry from one check to the next, and
 * of group rules (`groupRule`), kept per group. They are valid for as long as the entry and the
 * entry just above it (or the group's entries) and the entries' inputs stay the same: the date checked against, the settings, the rules run, and the plan outside its ordinary
 * entries, which the caller describes as one string.
 */
import type { Entry } from '../model';
import type { Finding } from './rule';

/** What the entry rules found about one entry, rule by rule, and the entry that was above it. */
export interface EntryResult {
  readonly above: Entry | undefined;
  /** Rule by rule, in the order the rules run; undefined when no rule found anything. */
  readonly found: readonly (readonly Finding[])[] | undefined;
}

/** What a group rule found about one group of entries, and the entries it was. */
export interface GroupResult {
  readonly entries: readonly Entry[];
  readonly found: readonly Finding[];
}

export class EntryMemo {
  private inputs: string | undefined;
  private results = new WeakMap<Entry, EntryResult>();
  private groups = new Map<string, Map<string, GroupResult>>();

  /** The results kept for a check with these inputs; inputs that differ from the last check's drop everything kept. */
  resultsFor(inputs: string): WeakMap<Entry, EntryResult> {
    this.use(inputs);
    return this.results;
  }

  /** The groups a group rule found about in the last check with these inputs, by group. */
  groupsFor(inputs: string, ruleId: string): ReadonlyMap<string, GroupResult> {
    this.use(inputs);
    return this.groups.get(ruleId) ?? new Map();
  }

  /** What a group rule found in this check, kept for the next (only the groups this version has). */
  keepGroups(ruleId: string, groups: Map<string, GroupResult>): void {
    this.groups.set(ruleId, groups);
  }

  private use(inputs: string): void {
    if (inputs === this.inputs) return;
    this.inputs = inputs;
    this.results = new WeakMap();
    this.groups = new Map();
  }
}
