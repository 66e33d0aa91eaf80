/** New Goal: the whole documentation template, inserted after the last goal, to tab through. */
import * as vscode from 'vscode';
import type { ServerRequests } from '../language-client';
import { targetDocument } from './target';

export async function newGoal(server: ServerRequests, uri?: string | vscode.Uri): Promise<boolean> {
  const document = await targetDocument(uri);
  if (!document) return false;
  const insertion = await server.newGoal(document.uri.toString());
  if (!insertion) return false;
  const editor = await vscode.window.showTextDocument(document);
  const at = new vscode.Position(insertion.position.line, insertion.position.character);
  const inserted = await editor.insertSnippet(new vscode.SnippetString(insertion.snippet), at);
  if (inserted) editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return inserted;
}
