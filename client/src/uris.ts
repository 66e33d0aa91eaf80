/** Document URIs as the extension compares and names them. */
import * as vscode from 'vscode';

/** The URI written as text, or undefined when it is not one. */
export function parseUri(text: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(text, true);
  } catch {
    return undefined;
  }
}

/** The uri as VS Code writes it, so that the server's spelling and the editor's compare equal. */
export function normalize(uri: string): string {
  return parseUri(uri)?.toString() ?? uri;
}

/** The file name at the end of a URI, for titles. */
export function fileName(document: vscode.Uri): string {
  return document.path.split('/').pop() || document.toString();
}
