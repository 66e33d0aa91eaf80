/**
 * Log Progress, Record Review and Add Baseline: ask for the goal and the value (unless a code lens
 * or a caller passed them), let the server check and place the line, and apply its edit.
 */
import * as vscode from 'vscode';
import { formatLevel, GAS_LEVELS, LEVEL_MEANINGS } from '../../../server/src/core/report/index';
import type { EntryKind, EntryResult, GoalpostServer, ReportData } from '../server-api';
import { planReport, pickGoal, targetDocument } from './target';

type GoalReport = ReportData['goals'][number];

const TITLES: Record<EntryKind, string> = { progress: 'Log progress', review: 'Record a review', baseline: 'Add a baseline' };

/** Runs one of the three commands; resolves once the edit is applied (false when nothing was written). */
export async function recordEntry(server: GoalpostServer, kind: EntryKind, uri?: string | vscode.Uri, goalId?: string, value?: string): Promise<boolean> {
  const document = await targetDocument(uri);
  if (!document) return false;
  const report = await planReport(server, document);
  if (!report) return false;
  const goal = await pickGoal(report, TITLES[kind], goalId);
  if (!goal) return false;
  const params = { uri: document.uri.toString(), goal: goal.id, kind };
  const chosen = value !== undefined ? { value } : kind === 'review' ? await pickReview(goal) : await askValue(server, kind, goal, params);
  if (chosen === undefined) return false;
  // The edit is for the text the server saw; if the person typed since, ask again for the new text.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const result = await server.entry({ ...params, ...chosen });
    if (!result.ok || result.version === document.version) return applyEntry(document, result);
  }
  void vscode.window.showWarningMessage('The plan kept changing while Goalpost placed the new line; nothing was written. Try again.');
  return false;
}

/** Picked for a review in words: no GAS level, with an optional remark asked for next. */
const NO_LEVEL = 'no-level';

/**
 * What a review records: a level from a list that shows what each level means for this goal, or
 * "reviewed, no level" with an optional remark. A goal without a GAS scale is offered the review in
 * words first, since a level means nothing without a scale.
 */
async function pickReview(goal: GoalReport): Promise<{ value: string; note?: string } | undefined> {
  const latest = goal.levels.at(-1);
  const meaning = (value: number) => goal.scale.find((l) => l.value === value)?.text;
  const scored = goal.scale.length > 0 || goal.levels.length > 0;
  const inWords = {
    label: 'Reviewed, no level',
    description: scored ? 'looked at it together; say how it went in words' : `'${goal.id}' has no GAS scale: say how it went in words`,
    level: NO_LEVEL,
  };
  // Best first, as a scale is read from the top.
  const levels = [...GAS_LEVELS].reverse().map((value) => {
    const level = formatLevel(value);
    return {
      label: level,
      description: meaning(value) ?? LEVEL_MEANINGS[value],
      detail: latest?.value === value ? `Where '${goal.id}' stood on ${latest.date}` : undefined,
      level,
    };
  });
  const picked = await vscode.window.showQuickPick(scored ? [...levels, inWords] : [inWords, ...levels], {
    title: `Review '${goal.id}'`,
    placeHolder: scored ? 'Which level describes where the goal stands today?' : 'How do you want to record this review?',
    matchOnDescription: true,
  });
  if (picked === undefined) return undefined;
  if (picked.level !== NO_LEVEL) return { value: picked.level };
  const remark = await vscode.window.showInputBox({
    title: `Review '${goal.id}'`,
    prompt: 'How did it go? A few words, or leave it empty.',
    placeHolder: 'such as: on track, talked it through',
    ignoreFocusOut: true,
  });
  return remark === undefined ? undefined : { value: '', note: remark };
}

/** The value for a progress line or a baseline, checked by the server as it is typed. */
async function askValue(server: GoalpostServer, kind: EntryKind, goal: GoalReport, params: { uri: string; goal: string; kind: EntryKind }): Promise<{ value: string } | undefined> {
  const example = goal.latest?.text ?? goal.baseline?.text ?? goal.target?.text;
  const value = await vscode.window.showInputBox({
    title: `${TITLES[kind]} for '${goal.id}'`,
    prompt: kind === 'baseline' ? 'Where things stand before the work starts, in the unit the goal is measured in.' : `Today's value for: ${goal.statement}`,
    placeHolder: example ? `such as ${example}` : 'such as 2 attacks/week',
    ignoreFocusOut: true,
    validateInput: async (text) => {
      if (text.trim() === '') return undefined;
      const answer = await server.entry({ ...params, value: text, dryRun: true });
      if (!answer.ok) return { message: answer.problem, severity: vscode.InputBoxValidationSeverity.Error };
      return answer.warning ? { message: answer.warning, severity: vscode.InputBoxValidationSeverity.Warning } : undefined;
    },
  });
  return value === undefined ? undefined : { value };
}

/** Applies the server's edit and shows the new line; says why when there is nothing to apply. */
async function applyEntry(document: vscode.TextDocument, result: EntryResult): Promise<boolean> {
  if (!result.ok) {
    void vscode.window.showWarningMessage(result.problem);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    const range = new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character);
    edit.replace(document.uri, range, e.newText);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage('Goalpost could not change the file (is it read-only?).');
    return false;
  }
  // Run from the walkthrough or a lens in another view, the plan may not be on screen: show the new line.
  const editor =
    vscode.window.visibleTextEditors.find((e) => e.document === document) ??
    (await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false }));
  const line = findLine(document, result.line);
  if (line !== undefined) editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (result.warning) void vscode.window.showWarningMessage(result.warning);
  return true;
}

/** The last line whose text is `text`, ignoring indentation. */
function findLine(document: vscode.TextDocument, text: string): number | undefined {
  for (let line = document.lineCount - 1; line >= 0; line -= 1) if (document.lineAt(line).text.trim() === text.trim()) return line;
  return undefined;
}
