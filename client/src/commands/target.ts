/**
 * Which plan and which goal a command acts on: the arguments a code lens passes, or the active
 * editor and a quick pick of the plan's goals when the command comes from the palette.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../language-client';
import type { GoalpostServer, ReportData } from '../server-api';

type GoalReport = ReportData['goals'][number];

/** The plan last shown in an editor, for commands run from a view that is not an editor. */
let lastPlan: vscode.TextDocument | undefined;

/** Remembers the last `.goals` document that was in the active editor. */
export function trackActivePlan(): vscode.Disposable {
  const remember = (editor: vscode.TextEditor | undefined) => {
    if (editor?.document.languageId === LANGUAGE_ID) lastPlan = editor.document;
  };
  remember(vscode.window.activeTextEditor);
  return vscode.window.onDidChangeActiveTextEditor(remember);
}

/** The `.goals` document a command is about, opened if need be; undefined after telling the person why. */
export async function targetDocument(uri?: string | vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri) {
    const parsed = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
    return vscode.workspace.openTextDocument(parsed);
  }
  // From the walkthrough or a webview no text editor is active: the plan beside it, or the one
  // last worked on, is meant.
  const editors = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors];
  const plan = editors.find((editor) => editor?.document.languageId === LANGUAGE_ID)?.document ?? (lastPlan?.isClosed ? undefined : lastPlan);
  if (plan) return plan;
  const tab = planTab();
  if (tab) return vscode.workspace.openTextDocument(tab);
  void vscode.window.showInformationMessage('Open a .goals file first: this command works on the plan in the active editor.');
  return undefined;
}

/** A `.goals` file open in a tab, those of the active tab group first. */
function planTab(): vscode.Uri | undefined {
  const groups = [vscode.window.tabGroups.activeTabGroup, ...vscode.window.tabGroups.all];
  for (const tab of groups.flatMap((group) => group.tabs)) {
    if (tab.input instanceof vscode.TabInputText && tab.input.uri.path.endsWith('.goals')) return tab.input.uri;
  }
  return undefined;
}

/** The plan's report, or undefined after saying why there is none. */
export async function planReport(server: GoalpostServer, document: vscode.TextDocument): Promise<ReportData | undefined> {
  const report = await server.report(document.uri.toString());
  if (!report) void vscode.window.showWarningMessage(`Goalpost cannot read ${vscode.workspace.asRelativePath(document.uri)} yet. Is it a .goals file?`);
  return report ?? undefined;
}

/**
 * The goal named by `id`, or the one the person picks from the plan's open goals. Goals already
 * achieved or dropped are left out of the list: nothing more is logged for them.
 */
export async function pickGoal(report: ReportData, title: string, id?: string): Promise<GoalReport | undefined> {
  if (id) {
    const goal = report.goals.find((g) => g.id === id);
    if (!goal) void vscode.window.showWarningMessage(`This plan has no goal '${id}'.`);
    return goal;
  }
  const open = report.goals.filter((g) => g.status === 'active' || g.status === 'paused');
  if (open.length === 0) {
    void vscode.window.showInformationMessage('This plan has no open goals.');
    return undefined;
  }
  if (open.length === 1) return open[0];
  const items = open.map((goal) => ({ label: goal.id, description: goal.statement, detail: goal.progress, goal }));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Which goal?', matchOnDescription: true });
  return picked?.goal;
}
