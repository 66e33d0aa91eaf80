// The chart panels against a small stand-in for the VS Code API: one panel per document, messages
// instead of errors, refreshes after the server's analyses (fake timers, no waiting), and panels
// restored after a reload. What only a real editor can show is left to the extension-host suite.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentContext, reportData, type ReportData } from '../../server/src/core/index';
import type { DidAnalyzeParams, GoalpostServer } from '../../client/src/server-api';

/** The parts of `vscode.Uri` the panels use. */
class FakeUri {
  constructor(readonly value: string) {}
  get path(): string {
    return this.value.replace(/^[a-z-]+:\/\/[^/]*/, '');
  }
  toString(): string {
    return this.value;
  }
  static parse(value: string): FakeUri {
    return new FakeUri(value);
  }
  static joinPath(base: FakeUri, ...parts: string[]): FakeUri {
    return new FakeUri([base.value, ...parts].join('/'));
  }
}

/** A listener list with VS Code's `Event` shape. */
function emitter<T>() {
  const listeners = new Set<(value: T) => void>();
  const event = (listener: (value: T) => void) => {
    listeners.add(listener);
    return { dispose: () => listeners.delete(listener) };
  };
  return { event, fire: (value: T) => [...listeners].forEach((l) => l(value)) };
}

/** A webview panel that records what the panels do to it. */
class FakePanel {
  title: string;
  visible = true;
  disposed = false;
  readonly posted: unknown[] = [];
  readonly messages = emitter<unknown>();
  readonly viewState = emitter<void>();
  readonly disposal = emitter<void>();
  readonly webview = {
    html: '',
    options: {} as Record<string, unknown>,
    cspSource: 'https://webview.test',
    asWebviewUri: (uri: FakeUri) => new FakeUri(`https://webview.test${uri.path}`),
    postMessage: async (message: unknown) => {
      if (!this.visible) return false;
      this.posted.push(message);
      return true;
    },
    onDidReceiveMessage: this.messages.event,
  };
  readonly onDidChangeViewState = this.viewState.event;
  readonly onDidDispose = this.disposal.event;
  constructor(
    title: string,
    readonly options: Record<string, unknown> = {},
  ) {
    this.title = title;
    this.webview.options = options;
  }
  reveal(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
    this.viewState.fire();
  }
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.disposal.fire();
  }
}

const created: FakePanel[] = [];
let serializer: { deserializeWebviewPanel(panel: FakePanel, state: unknown): Promise<void> } | undefined;

vi.mock('vscode', () => ({
  Uri: FakeUri,
  ViewColumn: { Beside: -2 },
  window: {
    createWebviewPanel: (_viewType: string, title: string, _column: unknown, options: Record<string, unknown>) => {
      const panel = new FakePanel(title, options);
      created.push(panel);
      return panel;
    },
    registerWebviewPanelSerializer: (_viewType: string, s: typeof serializer) => {
      serializer = s;
      return { dispose: () => (serializer = undefined) };
    },
  },
  workspace: { openTextDocument: async (uri: FakeUri) => ({ uri }) },
}));

const { CHART_VIEW_TYPE, ChartPanels } = await import('../../client/src/chart/chart-panel');

const TODAY = '2026-11-25';
const PLAN = readFileSync(new URL('../../samples/anxiety-panic.goals', import.meta.url), 'utf8');
const DOCUMENT = 'file:///work/plans/priya.goals';
const EXTENSION = new FakeUri('file:///ext');

function reportOf(text: string): ReportData {
  const context = documentContext(text, { today: TODAY });
  return reportData(context, context.snapshot.analyze({ today: TODAY }).diagnostics);
}

/** A server whose answer each test sets, and whose analyses it announces. */
function fakeServer(answer: () => Promise<ReportData | null>) {
  const analyzed = emitter<DidAnalyzeParams>();
  const report = vi.fn(answer);
  const server = {
    report,
    planStatus: async () => null,
    entry: async () => ({ ok: false as const, problem: 'not in these tests' }),
    onDidAnalyze: analyzed.event,
  } as unknown as GoalpostServer;
  return { server, report, analyze: (uri = DOCUMENT) => analyzed.fire({ uri, version: 2, diagnostics: 0, errors: 0, warnings: 0 }) };
}

const nonceOf = (html: string) => /script-src 'nonce-([^']+)'/.exec(html)?.[1];

beforeEach(() => {
  created.length = 0;
  serializer = undefined;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('chart panels', () => {
  it('open one panel per document, titled with the plan and under the strict policy', async () => {
    const { server } = fakeServer(async () => reportOf(PLAN));
    const charts = new ChartPanels(EXTENSION as never, server);
    await charts.show(new FakeUri(DOCUMENT) as never);
    await charts.show(new FakeUri(DOCUMENT) as never, 'commute');
    expect(created).toHaveLength(1);
    const [panel] = created;
    expect(panel!.title).toBe('Progress: Back on the number 12 bus – panic plan for Priya N.');
    expect(panel!.options).toMatchObject({ enableScripts: true, enableForms: false, retainContextWhenHidden: false, localResourceRoots: [new FakeUri('file:///ext/client/media')] });
    expect(panel!.webview.html).toContain(`script-src 'nonce-${nonceOf(panel!.webview.html)}';`);
    expect(panel!.webview.html).toContain('<link rel="stylesheet" href="https://webview.test/ext/client/media/chart.css">');
    expect(panel!.webview.html).toContain(`data-document="${DOCUMENT}"`);
    expect(panel!.posted).toEqual([{ type: 'focus', goal: 'commute' }]);
    charts.dispose();
    expect(panel!.disposed).toBe(true);
  });

  it('show a message when the server does not know the document', async () => {
    const { server } = fakeServer(async () => null);
    await new ChartPanels(EXTENSION as never, server).show(new FakeUri(DOCUMENT) as never);
    expect(created[0]!.title).toBe('Progress: priya.goals');
    expect(created[0]!.webview.html).toContain('<h1>The chart is not ready yet</h1>');
  });

  it('show a message when the server fails, and do not throw', async () => {
    const { server } = fakeServer(async () => {
      throw new Error('Request goalpost/report failed.');
    });
    await expect(new ChartPanels(EXTENSION as never, server).show(new FakeUri(DOCUMENT) as never)).resolves.toBeUndefined();
    expect(created[0]!.webview.html).toContain('<h1>The chart could not be drawn</h1>');
    expect(created[0]!.webview.html).toContain('<p class="note">Request goalpost/report failed.</p>');
  });

  it('send new content to a visible panel once after a burst of analyses', async () => {
    vi.useFakeTimers();
    const { server, report, analyze } = fakeServer(async () => reportOf(PLAN));
    await new ChartPanels(EXTENSION as never, server).show(new FakeUri(DOCUMENT) as never);
    const panel = created[0]!;
    const html = panel.webview.html;
    analyze();
    analyze();
    analyze('file:///work/plans/other.goals');
    analyze();
    await vi.runAllTimersAsync();
    expect(report).toHaveBeenCalledTimes(2);
    expect(panel.posted).toHaveLength(1);
    expect(panel.posted[0]).toMatchObject({ type: 'update', html: expect.stringContaining('<h1>Back on the number 12 bus – panic plan for Priya N.</h1>') });
    // The page keeps its place: its HTML is not replaced while it is on screen.
    expect(panel.webview.html).toBe(html);
    // Once hidden, the page VS Code will rebuild it from gets the newest content.
    panel.hide();
    expect(panel.webview.html).not.toBe(html);
  });

  it('rewrite a hidden panel instead of sending it messages', async () => {
    vi.useFakeTimers();
    let title = 'First title';
    const { server, analyze } = fakeServer(async () => reportOf(PLAN.replace(/^plan: .*$/m, `plan: ${title}`)));
    await new ChartPanels(EXTENSION as never, server).show(new FakeUri(DOCUMENT) as never);
    const panel = created[0]!;
    const first = panel.webview.html;
    panel.hide();
    title = 'Second title';
    analyze();
    await vi.runAllTimersAsync();
    expect(panel.posted).toEqual([]);
    expect(panel.title).toBe('Progress: Second title');
    expect(panel.webview.html).toContain('<h1>Second title</h1>');
    expect(nonceOf(panel.webview.html)).not.toBe(nonceOf(first));
  });

  it('send a goal asked for while hidden once the page says it is ready', async () => {
    const { server } = fakeServer(async () => reportOf(PLAN));
    const charts = new ChartPanels(EXTENSION as never, server);
    await charts.show(new FakeUri(DOCUMENT) as never);
    const panel = created[0]!;
    panel.hide();
    await charts.show(new FakeUri(DOCUMENT) as never, 'breathing');
    expect(panel.posted).toEqual([]);
    panel.messages.fire({ type: 'ready' });
    expect(panel.posted).toEqual([{ type: 'focus', goal: 'breathing' }]);
  });

  it('restore a panel from the state its page saved, and close one with no document', async () => {
    const { server } = fakeServer(async () => reportOf(PLAN));
    const charts = new ChartPanels(EXTENSION as never, server);
    charts.registerSerializer();
    expect(CHART_VIEW_TYPE).toBe('goalpost.chart');
    const restored = new FakePanel('Progress: old title');
    await serializer!.deserializeWebviewPanel(restored, { uri: DOCUMENT, scrollY: 420, focusGoal: 'commute' });
    expect(restored.webview.options).toMatchObject({ enableScripts: true, localResourceRoots: [new FakeUri('file:///ext/client/media')] });
    expect(restored.title).toBe('Progress: Back on the number 12 bus – panic plan for Priya N.');
    expect(restored.webview.html).toContain(`data-document="${DOCUMENT}"`);
    // Showing the same document now reveals the restored panel rather than opening another.
    await charts.show(new FakeUri(DOCUMENT) as never);
    expect(created).toHaveLength(0);
    const empty = new FakePanel('Progress');
    await serializer!.deserializeWebviewPanel(empty, undefined);
    expect(empty.disposed).toBe(true);
  });
});
