/**
 * Where the editor's New Goal command puts a goal: after the last goal (or after the header), so
 * that goals stay together above the journal, with a blank line before it as the format lays out.
 */
import type { Position } from '../model';
import { newGoalTemplate } from './completion/journal';
import type { DocumentContext } from './context';
import { EditableDocument } from './document-edits';

export interface NewGoalInsertion {
  readonly position: Position;
  /** A snippet (tab stops in VS Code's syntax) to insert at `position`. */
  readonly snippet: string;
}

/** The new goal's template and where it goes in the document. */
export function newGoalInsertion({ snapshot: { text, plan }, today }: DocumentContext): NewGoalInsertion {
  const doc = new EditableDocument(text);
  const template = newGoalTemplate(plan, today).join(doc.eol);
  const lastGoal = plan.goals.at(-1);
  const lastHeader = plan.header.fields.at(-1);
  const after = lastGoal?.range.end.line ?? lastHeader?.range.end.line;
  if (after === undefined) {
    // No header and no goal: the goal goes first, above anything else in the file.
    const rest = text.trim() === '' ? '' : doc.eol + doc.eol;
    return { position: { line: 0, character: 0 }, snippet: template + rest };
  }
  const line = doc.lines[after]?.text ?? '';
  return { position: { line: after, character: line.length }, snippet: doc.eol + doc.eol + template };
}
