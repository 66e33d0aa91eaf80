// Keyboard-first helpers that drive the VS Code workbench in a Playwright page. Each waits for a
// visible sign that the workbench took its input (a focused row, an active tab), never for a time.
import type { Page } from 'playwright-core';

/** Runs a command by its title from the command palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  const input = await openQuickInput(page, 'F1');
  await input.fill(`>${title}`);
  // The list updates as the filter is typed; Enter must reach the row for this exact command.
  await page.locator('.quick-input-list .monaco-list-row.focused .label-name', { hasText: exactly(title) }).waitFor();
  await page.keyboard.press('Enter');
}

/** Opens a workspace file with Quick Open (Ctrl+P), optionally at a 1-based line and column. */
export async function openFile(page: Page, name: string, line?: number, column?: number): Promise<void> {
  const input = await openQuickInput(page, 'Control+P');
  await input.fill(line === undefined ? name : `${name}:${line}:${column ?? 1}`);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label^="${name}"]`).waitFor();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  if (line !== undefined) await waitForCursor(page, line, column ?? 1);
}

/** The status bar's "Ln, Col" item is the editor's own word on where the cursor is. */
export async function waitForCursor(page: Page, line: number, column: number): Promise<void> {
  await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
}

/** The rendered editor line whose text contains `text`, for reading its tokens. */
export function viewLine(page: Page, text: string) {
  return page.locator('.editor-instance .monaco-editor .view-line', { hasText: text });
}

/** Text and computed colour of each token span on a rendered editor line. */
export async function lineTokens(page: Page, text: string): Promise<{ text: string; className: string; color: string }[]> {
  const line = viewLine(page, text).first();
  await line.waitFor();
  // Monaco renders spaces as no-break spaces; give them back as plain ones.
  return line.locator('span > span').evaluateAll((spans) =>
    spans.map((span) => ({ text: (span.textContent ?? '').replace(/\u00a0/g, ' '), className: span.className, color: span.ownerDocument.defaultView!.getComputedStyle(span).color })),
  );
}

async function openQuickInput(page: Page, key: string) {
  // Escape first, so that a hover, a suggestion list or an earlier quick input cannot swallow the key.
  await page.keyboard.press('Escape');
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  return input;
}

/** A regular expression that matches `text` and nothing more. */
export function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
