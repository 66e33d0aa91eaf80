// Requests and edits no careful editor sends, and loads no person types, against the real server
// over stdio: unknown methods, documents never opened, positions and edits off the end of the text,
// a burst of edits with cancellations, a 5 MB paste and a plan of 100,000 goals. Each ends with a
// hover answered correctly. Timings are printed, never asserted.
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, DEFAULT_CONFIG } from '../../server/src/core/index';
import { expectHover, ON_GOAL, PLAN } from './fixture';
import { RawServer, type Message } from './raw-server';

const TODAY = '2026-11-25';
const URI = 'file:///tmp/robust/hostile.goals';
const servers: RawServer[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.kill();
});

async function start(): Promise<RawServer> {
  const server = new RawServer();
  servers.push(server);
  await server.initialize({ textDocument: { publishDiagnostics: {} } }, { settings: { today: TODAY } });
  return server;
}

const position = { line: 0, character: 0 };
const range = { start: position, end: position };
const options = { tabSize: 2, insertSpaces: true };

/** Every request about a document, with parameters that place `at` and `span` in it. */
function documentRequests(uri: string, at: unknown = position, span: unknown = range): [string, unknown][] {
  const textDocument = { uri };
  return [
    ['textDocument/hover', { textDocument, position: at }],
    ['textDocument/completion', { textDocument, position: at }],
    ['textDocument/formatting', { textDocument, options }],
    ['textDocument/rangeFormatting', { textDocument, range: span, options }],
    ['textDocument/codeAction', { textDocument, range: span, context: { diagnostics: [] } }],
    ['textDocument/inlayHint', { textDocument, range: span }],
    ['textDocument/semanticTokens/full', { textDocument }],
    ['textDocument/semanticTokens/range', { textDocument, range: span }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/selectionRange', { textDocument, positions: [at] }],
    ['textDocument/codeLens', { textDocument }],
    ['textDocument/definition', { textDocument, position: at }],
    ['textDocument/references', { textDocument, position: at, context: { includeDeclaration: true } }],
    ['textDocument/documentHighlight', { textDocument, position: at }],
    ['textDocument/prepareRename', { textDocument, position: at }],
    ['textDocument/rename', { textDocument, position: at, newName: 'calm' }],
    ['textDocument/diagnostic', { textDocument }],
    ['goalpost/report', { uri }],
    ['goalpost/planStatus', { uri }],
    ['goalpost/newGoal', { uri }],
    ['goalpost/entry', { uri, goal: 'panic', kind: 'progress', value: '1 attacks/week' }],
  ];
}

const takesPositions = (params: unknown) => ['position', 'positions', 'range'].some((key) => key in (params as object));

/** The next diagnostics published for `uri` at `version`. */
function diagnosticsAt(server: RawServer, uri: string, version: number): Promise<Message> {
  return server.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === uri && (m.params as { version?: number }).version === version);
}

/** Codes and ranges of the published diagnostics, next to those the core gives for `text`. */
function compareWithCore(published: Message, text: string): [string[], string[]] {
  const at = (d: { code?: unknown; range: { start: { line: number; character: number }; end: { line: number; character: number } } }) =>
    `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
  const server = (published.params as { diagnostics: Parameters<typeof at>[0][] }).diagnostics.map(at).sort();
  const core = analyze(text, { today: TODAY, config: DEFAULT_CONFIG }).diagnostics.map(at).sort();
  return [server, core];
}

describe('methods the server does not have', () => {
  it('are answered MethodNotFound as requests and ignored as notifications, $/ ones included', async () => {
    const server = await start();
    server.open(URI, PLAN);
    expect((await server.request('goalpost/noSuchThing', {})).error).toMatchObject({ code: -32601 });
    expect((await server.request('textDocument/noSuchThing', { textDocument: { uri: URI } })).error).toMatchObject({ code: -32601 });
    const seen = server.received.length;
    for (const method of ['goalpost/noSuchThing', '$/noSuchThing', '$/progress', '$/setTrace', 'textDocument/noSuchThing']) server.notify(method, { value: 1 });
    await expectHover(server, URI);
    // Nothing answers a notification, and nothing is logged about one.
    expect(server.received.slice(seen).filter((m) => m.method !== 'textDocument/publishDiagnostics')).toHaveLength(1);
    expect(server.stderr).toBe('');
  });
});

describe('documents never opened', () => {
  it('get empty answers to every request, and changes to them are ignored', async () => {
    const server = await start();
    const never = 'file:///tmp/robust/never-opened.goals';
    server.notify('textDocument/didChange', { textDocument: { uri: never, version: 2 }, contentChanges: [{ text: PLAN }] });
    server.notify('textDocument/didClose', { textDocument: { uri: never } });
    for (const [method, params] of documentRequests(never)) {
      const answer = await server.request(method, params);
      expect(answer.error, method).toBeUndefined();
      expect([null, [], { data: [] }, { kind: 'full', items: [] }, { ok: false, problem: 'Open the plan in the editor first.' }], method).toContainEqual(answer.result);
    }
    server.open(URI, PLAN);
    await expectHover(server, URI);
  });
});

describe('positions outside the document', () => {
  it('past the end of a line or of the document are fitted to the text; negative ones are InvalidParams', async () => {
    const server = await start();
    server.open(URI, PLAN);
    const outside = [
      { line: 9, character: 5000 },
      { line: 5000, character: 0 },
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
    ];
    for (const at of outside) {
      for (const [method, params] of documentRequests(URI, at, { start: { line: 3, character: 4000 }, end: at })) {
        expect((await server.request(method, params)).error, `${method} at ${JSON.stringify(at)}`).toBeUndefined();
      }
    }
    // Past the end of the line is the end of the line: the hover there is the one at the end of line 9.
    const hoverAt = async (at: unknown) => (await server.request('textDocument/hover', { textDocument: { uri: URI }, position: at })).result;
    expect(await hoverAt({ line: 9, character: 5000 })).toEqual(await hoverAt({ line: 9, character: PLAN.split('\n')[9]!.length }));
    for (const at of [{ line: -1, character: 0 }, { line: 0, character: -3 }, { line: 1.5, character: 0 }, { line: '2', character: 0 }]) {
      for (const [method, params] of documentRequests(URI, at, { start: at, end: at }).filter(([, p]) => takesPositions(p))) {
        expect((await server.request(method, params)).error, `${method} at ${JSON.stringify(at)}`).toMatchObject({ code: -32602 });
      }
    }
    expect((await server.request('textDocument/rangeFormatting', { textDocument: { uri: URI }, range: { start: { line: 5, character: 0 }, end: { line: 2, character: 0 } }, options })).error).toMatchObject({ code: -32602 });
    await expectHover(server, URI);
  });
});

describe('edits', () => {
  it('past the end, overlapping, reversed or negative are applied as the text document library fits them', async () => {
    const server = await start();
    server.open(URI, PLAN);
    const contentChanges = [
      { range: { start: { line: 50, character: 3 }, end: { line: 70, character: 0 } }, text: '\n2026-11-20 progress panic: 1 attacks/week' },
      { range: { start: { line: 3, character: 200 }, end: { line: 3, character: 300 } }, text: ' kindly' },
      { range: { start: { line: 4, character: 2 }, end: { line: 4, character: 12 } }, text: 'categry: ' },
      { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 6 } }, text: '  cat' },
      { range: { start: { line: 9, character: 5 }, end: { line: 8, character: 0 } }, text: '' },
      { range: { start: { line: -4, character: -1 }, end: { line: 0, character: 0 } }, text: '# pasted\n' },
    ];
    server.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges });
    const mirror = TextDocument.update(TextDocument.create(URI, 'goals', 1, PLAN), contentChanges, 2);
    const [published, expected] = compareWithCore(await diagnosticsAt(server, URI, 2), mirror.getText());
    expect(published).toEqual(expected);
    server.notify('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text: PLAN }] });
    await diagnosticsAt(server, URI, 3);
    await expectHover(server, URI);
  });

  it('that are not valid are dropped with one log line, and the document stays as it was', async () => {
    const server = await start();
    server.open(URI, PLAN);
    server.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: { line: 'x', character: 0 }, end: position }, text: '' }] });
    server.notify('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text: 42 }] });
    server.notify('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/robust/bad.goals', languageId: 'goals', version: 1 } });
    await expectHover(server, URI);
    const logged = server.received.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
    expect(logged).toEqual([
      'goalpost: ignored a textDocument/didChange notification that is not valid: contentChanges[0] is not a text with an optional range of whole-number positions.',
      'goalpost: ignored a textDocument/didChange notification that is not valid: contentChanges[0] is not a text with an optional range of whole-number positions.',
      'goalpost: ignored a textDocument/didOpen notification that is not valid: textDocument.text is not a string.',
    ]);
  });

  it('in a burst of 1,000, with requests between them cancelled, leave every request answered', async () => {
    const server = await start();
    server.open(URI, PLAN);
    let mirror = TextDocument.create(URI, 'goals', 1, PLAN);
    const requests: { id: number; cancelled: boolean }[] = [];
    const started = Date.now();
    for (let version = 2; version <= 1001; version++) {
      // Typing at the end of the title, one character at a time.
      const end = mirror.positionAt(mirror.getText().indexOf('\n'));
      const change = { range: { start: end, end }, text: String.fromCharCode(97 + (version % 26)) };
      mirror = TextDocument.update(mirror, [change], version);
      server.notify('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [change] });
      if (version % 10 === 0) {
        const id = server.sendRequest(version % 20 === 0 ? 'textDocument/hover' : 'textDocument/documentSymbol', { textDocument: { uri: URI }, position: ON_GOAL });
        const cancelled = version % 30 === 0;
        if (cancelled) server.notify('$/cancelRequest', { id });
        requests.push({ id, cancelled });
      }
    }
    const answers = await Promise.all(requests.map(({ id }) => server.response(id)));
    const cancelledAnswers = answers.filter((a, i) => requests[i]!.cancelled);
    expect(cancelledAnswers.every((a) => a.error?.code === -32800 || a.result !== undefined)).toBe(true);
    expect(answers.filter((a, i) => !requests[i]!.cancelled).every((a) => a.error === undefined)).toBe(true);
    const [published, expected] = compareWithCore(await diagnosticsAt(server, URI, 1001), mirror.getText());
    expect(published).toEqual(expected);
    console.log(`1,000 edits with ${requests.length} requests (${cancelledAnswers.filter((a) => a.error).length} of ${cancelledAnswers.length} cancelled ones answered RequestCancelled): diagnostics of the last version after ${Date.now() - started} ms`);
    await expectHover(server, URI);
  });
});

describe('large documents', () => {
  /** Hovers over `uri` one after the other until `done` settles; the slowest answer, in ms. */
  async function slowestHoverUntil(server: RawServer, uri: string, done: Promise<unknown>): Promise<{ count: number; slowest: number }> {
    let finished = false;
    void done.then(() => (finished = true));
    let count = 0;
    let slowest = 0;
    while (!finished) {
      const asked = Date.now();
      await expectHover(server, uri);
      slowest = Math.max(slowest, Date.now() - asked);
      count += 1;
    }
    return { count, slowest };
  }

  it('a 5 MB paste in one change is checked while another plan is served', async () => {
    const server = await start();
    const small = 'file:///tmp/robust/small.goals';
    server.open(URI, PLAN);
    server.open(small, PLAN);
    await expectHover(server, small);
    const lines: string[] = [];
    for (let size = 0, j = 0; size < 5 * 1024 * 1024; j++) {
      lines.push(`2026-11-${String((j % 20) + 1).padStart(2, '0')} progress panic: ${j % 4} attacks/week -- pasted note ${j} about the breathing practice`);
      size += lines[j]!.length + 1;
    }
    const paste = `\n${lines.join('\n')}`;
    const started = Date.now();
    server.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: paste }] });
    const published = diagnosticsAt(server, URI, 2);
    const { count, slowest } = await slowestHoverUntil(server, small, published);
    const diagnostics = (await published).params as { diagnostics: unknown[] };
    console.log(`5 MB paste (${lines.length} lines): ${diagnostics.diagnostics.length} diagnostics after ${Date.now() - started} ms; ${count} hovers on another plan meanwhile, the slowest in ${slowest} ms`);
    await expectHover(server, URI);
  }, 180_000);

  it('a plan of 100,000 goals is checked while another plan is served', async () => {
    const server = await start();
    const small = 'file:///tmp/robust/small.goals';
    server.open(small, PLAN);
    await expectHover(server, small);
    const goals = ['plan: A hundred thousand goals', 'start: 2026-11-01'];
    for (let i = 0; i < 100_000; i++) goals.push(`goal g${i}: Walk for ${(i % 50) + 10} minutes a day by 2027-01-31`, `  target: ${(i % 50) + 10} minutes/day`);
    const big = 'file:///tmp/robust/hundred-thousand.goals';
    const started = Date.now();
    server.open(big, goals.join('\n'));
    const firstHover = server.request('textDocument/hover', { textDocument: { uri: big }, position: { line: 2, character: 6 } }).then((answer) => ({ answer, after: Date.now() - started }));
    const { count, slowest } = await slowestHoverUntil(server, small, firstHover);
    const { answer, after } = await firstHover;
    expect((answer.result as { contents: { value: string } }).contents.value).toContain('**g0**');
    const published = (await diagnosticsAt(server, big, 1)).params as { diagnostics: unknown[] };
    console.log(
      `100,000 goals (${(goals.join('\n').length / 1e6).toFixed(1)} MB): first hover after ${after} ms, ${published.diagnostics.length} diagnostics after ${Date.now() - started} ms; ${count} hovers on another plan meanwhile, the slowest in ${slowest} ms`,
    );
    await expectHover(server, small);
  }, 300_000);
});
