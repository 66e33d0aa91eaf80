/**
 * What every suite-1 test needs: the running extension, plans in the workspace, and waiting on
 * real signals (the server's analysis, the diagnostics collection) instead of sleeping.
 */
import * as vscode from 'vscode';
import type { GoalpostApi } from '../../../client/src/extension';
import { analyze, DEFAULT_CONFIG, documentContext, type Analysis, type DocumentContext, type Position } from '../../../server/src/core/index';

/** The extension under test, as `publisher.name` in package.json. */
export const EXTENSION_ID = 'goalpost.goalpost';

/** How long a single wait may take before the test fails with what it saw, rather than hanging. */
const WAIT_MS = 15_000;

let api: Promise<GoalpostApi> | undefined;

/** The extension's API once its language client runs; activating it once serves every test. */
export function goalpost(): Promise<GoalpostApi> {
  api ??= (async () => {
    const extension = vscode.extensions.getExtension<GoalpostApi>(EXTENSION_ID);
    if (!extension) throw new Error(`The extension ${EXTENSION_ID} is not loaded: is the repository root the extension development path?`);
    const exported = await extension.activate();
    await exported.ready;
    return exported;
  })();
  return api;
}

/** The date the server checks against: the workspace's `goalpost.today`, which fixture.mjs sets. */
export function today(): string {
  const value = vscode.workspace.getConfiguration('goalpost').get<string>('today');
  if (!value) throw new Error('goalpost.today is not set: open the workspace that test/vscode/fixture.mjs creates.');
  return value;
}

/** A file in the (single) workspace folder. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: the suite needs the one test/vscode/fixture.mjs creates.');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Writes a plan into the workspace under a name no other test uses, so tests never share an edited document. */
export async function writePlan(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Reads a workspace file as it is on disk. */
export async function readPlan(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(name)));
}

/** What the server reports when it has analysed a version of a document. */
export type Analyzed = Awaited<ReturnType<GoalpostApi['analyzed']>>;

/**
 * Opens a plan in an editor tab and waits until the server has analysed its current version. The
 * tab matters: VS Code's language client pulls diagnostics only for documents shown in tabs, and
 * `preview: false` keeps the tab open when the next test opens another plan.
 */
export async function openPlan(uri: vscode.Uri): Promise<{ document: vscode.TextDocument; analyzed: Analyzed }> {
  const goalpostApi = await goalpost();
  const { document } = await vscode.window.showTextDocument(uri, { preview: false });
  const analyzed = await goalpostApi.analyzed(uri);
  return { document, analyzed };
}

/** What the core finds in a text, with the settings the workspace gives the server. */
export function analyzeText(text: string): Analysis {
  return analyze(text, { today: today(), config: DEFAULT_CONFIG });
}

/** The context the core's features take for `text`, as the server would make it today. */
export function contextFor(text: string): DocumentContext {
  return documentContext(text, { today: today(), config: DEFAULT_CONFIG });
}

/** The zero-based position of `needle` on the first line that contains `lineText`, plus `offset`. */
export function positionOf(text: string, lineText: string, needle: string, offset = 0): Position {
  const lines = text.split(/\r\n|\r|\n/);
  const line = lines.findIndex((l) => l.includes(lineText));
  if (line < 0) throw new Error(`No line contains "${lineText}".`);
  const character = lines[line]!.indexOf(needle, lines[line]!.indexOf(lineText));
  if (character < 0) throw new Error(`Line ${line + 1} has no "${needle}".`);
  return { line, character: character + offset };
}

export function toVscodePosition(position: Position): vscode.Position {
  return new vscode.Position(position.line, position.character);
}

/** `line:character-line:character`, zero-based, so core and VS Code ranges compare as text. */
export function rangeText(range: { start: Position; end: Position }): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/**
 * Resolves with the document's diagnostics once `settled` accepts them. The language client fills
 * the diagnostics collection a moment after the server's notifications arrive, so a test waits for
 * the collection itself to change; on timeout it fails with what the collection held.
 */
export function diagnosticsWhen(uri: vscode.Uri, settled: (diagnostics: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = vscode.languages.getDiagnostics(uri);
      if (!settled(current)) return false;
      done();
      resolve(current);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}: ${codeOf(d)}`);
      reject(new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}; the collection held ${seen.length}: ${seen.join(', ') || 'nothing'}`));
    }, WAIT_MS);
    function done(): void {
      clearTimeout(timer);
      listener.dispose();
    }
    check();
  });
}

/** A diagnostic's code as text, whether or not the server linked it to a documentation page. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

/**
 * The lines `after` has that `before` has not, when `after` is `before` with lines inserted at one
 * place; throws when anything else changed, so a test learns exactly what an edit did.
 */
export function insertedLines(before: string, after: string): { at: number; lines: string[] } {
  const old = before.split('\n');
  const now = after.split('\n');
  let start = 0;
  while (start < old.length && old[start] === now[start]) start++;
  let tail = 0;
  while (tail < old.length - start && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
  if (start + tail !== old.length) {
    throw new Error(`The edit changed existing lines: line ${start + 1} was "${old[start]}" and is now "${now[start]}".`);
  }
  return { at: start, lines: now.slice(start, now.length - tail) };
}
