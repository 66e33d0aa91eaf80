/**
 * The code lenses' commands for editors other than VS Code, through `workspace/executeCommand`:
 * Log Progress, Record Review and Add Baseline write their line with `workspace/applyEdit`, so a lens
 * is not read-only in Neovim, Sublime Text or Emacs. The line comes from the same core feature as the
 * VS Code commands (`journalEntry`), checked before anything is written.
 *
 * Arguments: `[uri, goal, value?, note?]`, as the lenses carry `[uri, goal]`. An editor can add the
 * value it asked the person for; without one, a review asks for its level with `window/showMessageRequest`,
 * and progress or a baseline says in one line what to write, since the protocol has no text prompt.
 *
 * The VS Code extension registers these command ids itself, with its own input boxes, and says so
 * (`clientCommands`); it is offered none, because its client would register the ids a second time.
 */
import { ErrorCodes, MessageType, ResponseError, ShowMessageNotification, type ClientCapabilities, type Connection, type ExecuteCommandParams, type WorkspaceEdit } from 'vscode-languageserver/node';
import { findGoal, formatLevel, GAS_LEVELS, journalEntry, LEVEL_MEANINGS, type EntryKind } from '../core/index';
import { contextOf } from './context';
import type { DocumentState } from './documents';
import type { EditorRequests } from './editor-requests';
import type { Guard } from './guard';
import { LENS_COMMANDS } from './lens-commands';
import type { GoalpostInitializationOptions } from './protocol';

const KINDS: Readonly<Record<string, EntryKind>> = {
  [LENS_COMMANDS['log-progress']]: 'progress',
  [LENS_COMMANDS['record-review']]: 'review',
  [LENS_COMMANDS['add-baseline']]: 'baseline',
};

const TITLES: Record<EntryKind, string> = { progress: 'Log progress', review: 'Record a review', baseline: 'Add a baseline' };

/** What a command did: the line it wrote, or why it wrote nothing (also shown to the person). */
export interface CommandResult {
  readonly applied: boolean;
  readonly line?: string;
  readonly problem?: string;
}

/** The `executeCommandProvider` capability, for clients that can apply an edit and do not run the lens commands themselves. */
export function lensCommandCapabilities(capabilities: ClientCapabilities, options: GoalpostInitializationOptions): { executeCommandProvider?: { commands: string[] } } {
  if (options.clientCommands === true || capabilities.workspace?.applyEdit !== true) return {};
  return { executeCommandProvider: { commands: Object.keys(KINDS) } };
}

interface Arguments {
  readonly uri: string;
  readonly goal: string;
  readonly value?: string;
  readonly note?: string;
}

const isText = (value: unknown): value is string | number => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** The command's arguments, or InvalidParams naming what they should be. */
function readArguments(args: unknown): Arguments {
  const [uri, goal, value, note] = Array.isArray(args) ? (args as unknown[]) : [];
  const optional = (v: unknown) => v === undefined || v === null || isText(v);
  if (typeof uri !== 'string' || typeof goal !== 'string' || !optional(value) || !optional(note)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'The arguments are the plan uri, the goal id, then optionally the value and a remark, as text.');
  }
  return { uri, goal, ...(isText(value) && { value: String(value) }), ...(isText(note) && { note: String(note) }) };
}

export function registerLensCommands(connection: Connection, stateOf: (uri: string) => Promise<DocumentState | undefined>, guard: Guard, editor: EditorRequests, capabilities: () => ClientCapabilities): void {
  /** Tells the person why nothing was written, in one line, and answers the same. */
  const warn = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  const refuse = (problem: string): CommandResult => {
    warn(problem);
    return { applied: false, problem };
  };

  /** The level for a review, asked with a message whose actions are the goal's own scale where it has one. */
  async function askLevel(state: DocumentState, goalId: string): Promise<{ value: string } | undefined> {
    const scale = findGoal(state.snapshot.plan, goalId)?.scale ?? [];
    const meaning = (level: number) => scale.find((l) => l.level === level)?.text.text ?? LEVEL_MEANINGS[level];
    const choices = [...GAS_LEVELS].reverse().map((level) => ({ title: `${formatLevel(level)}: ${meaning(level)}`, value: formatLevel(level) }));
    choices.push({ title: 'Reviewed, no level', value: '' });
    const message = `Review of '${goalId}': which level describes where it stands today?`;
    const picked = await editor.ask('window/showMessageRequest', () => connection.window.showInformationMessage(message, ...choices.map(({ title }) => ({ title }))));
    const choice = choices.find((c) => c.title === picked?.title);
    return choice && { value: choice.value };
  }

  async function run(kind: EntryKind, args: Arguments): Promise<CommandResult> {
    const state = await stateOf(args.uri);
    if (!state) return refuse('Open the plan in the editor first.');
    let value = args.value;
    if (value === undefined && kind === 'review') {
      const chosen = await askLevel(state, args.goal);
      if (!chosen) return { applied: false };
      value = chosen.value;
    }
    if (value === undefined) {
      // The protocol cannot ask for text, so the person is told the line to write instead.
      const where = kind === 'progress' ? `the line '${state.today} progress ${args.goal}:' and the value at the end of the plan` : `'baseline:' and the value under '${args.goal}'`;
      return refuse(`This editor did not ask for the value; write ${where}.`);
    }
    const request = { kind, goal: args.goal, value, date: state.today, ...(args.note !== undefined && { note: args.note }) };
    const answer = journalEntry(contextOf(state), request);
    if (!answer.ok) return refuse(answer.problem);
    // With a version, an editor where the person typed since refuses the edit instead of misplacing it.
    const edit: WorkspaceEdit = capabilities().workspace?.workspaceEdit?.documentChanges
      ? { documentChanges: [{ textDocument: { uri: args.uri, version: state.version }, edits: [...answer.edits] }] }
      : { changes: { [args.uri]: [...answer.edits] } };
    const applied = await editor.ask('workspace/applyEdit', () => connection.workspace.applyEdit({ label: `${TITLES[kind]} for '${args.goal}'`, edit }));
    if (applied?.applied !== true) return refuse('Goalpost could not write the line: the plan changed meanwhile, or cannot be edited. Try again.');
    if (answer.warning) warn(answer.warning);
    return { applied: true, line: answer.line };
  }

  connection.onExecuteCommand(
    guard('the command', async (params: ExecuteCommandParams): Promise<CommandResult> => {
      const kind = typeof params?.command === 'string' && Object.hasOwn(KINDS, params.command) ? KINDS[params.command] : undefined;
      if (!kind) throw new ResponseError(ErrorCodes.InvalidParams, `Goalpost has no command of that name; it has ${Object.keys(KINDS).join(', ')}.`);
      return run(kind, readArguments(params.arguments));
    }),
  );
}
