/** The context every core feature takes, made from what the store keeps of a document. */
import type { Config, DocumentContext, Snapshot } from '../core/index';

/** A document as the store holds it (`PlanState` or `DocumentState`): its snapshot, the day and the settings. */
interface StoredDocument {
  readonly snapshot: Snapshot;
  readonly today: string;
  readonly config: Config;
}

/** The core's view of a stored document: the snapshot the store read once, never the text read again. */
export function contextOf(state: StoredDocument): DocumentContext {
  return { snapshot: state.snapshot, today: state.today, config: state.config };
}
