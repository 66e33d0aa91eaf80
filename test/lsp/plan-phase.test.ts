// Requests that read only the plan (hover, completion, symbols, lenses) are answered as soon as the
// text is parsed, without waiting for the rules: here the rules never finish, and hover, symbols
// and completion still answer, while code actions, which need the findings, wait.
import { describe, expect, it, vi } from 'vitest';
import { startInProcess } from './in-process';
import { ON_GOAL, PLAN } from './fixture';

let checksStarted = 0;
vi.mock('../../server/src/core/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/src/core/index')>();
  // A check that never ends, as a very long one looks to a request that arrives meanwhile.
  real.Snapshot.prototype.analyzeInSteps = function* (): Generator<void, never> {
    checksStarted += 1;
    for (;;) yield;
  };
  return real;
});

describe('a server whose rules are still running', () => {
  it('answers hover, document symbols and completion from the parsed plan', async () => {
    const client = await startInProcess();
    const uri = 'untitled:plan-phase';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'goals', version: 1, text: PLAN } });

    const hover = (await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: ON_GOAL })) as { contents: { value: string } } | null;
    expect(hover?.contents.value).toMatch(/\*\*\w+\*\*/);
    const symbols = (await client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[];
    expect(symbols.length).toBeGreaterThan(0);
    const completion = (await client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } })) as { items: unknown[] };
    expect(completion.items.length).toBeGreaterThan(0);
    expect(checksStarted).toBeGreaterThan(0);

    // Code actions need the findings, so they are still waiting for the check.
    let actionsAnswered = false;
    void client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: ON_GOAL, end: ON_GOAL }, context: { diagnostics: [] } }).then(
      () => (actionsAnswered = true),
      () => undefined, // rejected when the connection closes below, still unanswered
    );
    await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: ON_GOAL });
    expect(actionsAnswered).toBe(false);
    client.dispose();
  });
});
