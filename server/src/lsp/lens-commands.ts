/**
 * The editor commands behind the code lenses: what each lens action is called in the editor, and
 * the arguments it carries, `[uri]` for the plan's chart and `[uri, goal]` for a goal's. The VS Code
 * extension registers these ids; `commands.ts` runs the three that write a line, for other editors.
 */
import type { Command } from 'vscode-languageserver/node';
import type { LensAction, LensActionKind } from '../core/index';

export const LENS_COMMANDS: Readonly<Record<LensActionKind, string>> = {
  'log-progress': 'goalpost.logProgress',
  'record-review': 'goalpost.recordReview',
  'show-chart': 'goalpost.showChart',
  'add-baseline': 'goalpost.addBaseline',
};

/** The command a lens of the document `uri` runs; without an action, a title only (a command with no id). */
export function lensCommand(title: string, action: LensAction | undefined, uri: string): Command {
  if (!action) return { title, command: '' };
  return { title, command: LENS_COMMANDS[action.kind], arguments: action.goal === undefined ? [uri] : [uri, action.goal] };
}
