/**
 * The progress chart: one webview panel per `.goals` document, beside the editor, drawn from the
 * server's `goalpost/report` answer and redrawn each time the server has analysed the document again.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { fileName, normalize, parseUri } from '../uris';
import type { GoalpostServer, ReportData } from '../server-api';
import { renderChartMain, renderChartPage, renderMessageMain, renderMessagePage, type ChartPageOptions, type PanelMessage } from './chart-html';

/** The webview type of the chart panels; `package.json` names it in `onWebviewPanel:goalpost.chart`. */
export const CHART_VIEW_TYPE = 'goalpost.chart';

/** Analyses come once per keystroke while someone types; waiting this long redraws the chart once instead. */
const REFRESH_DELAY_MS = 200;

const NOT_READ: PanelMessage = {
  heading: 'The chart is not ready yet',
  text: 'Goalpost has not read this file yet. The chart appears here as soon as it has.',
};

const FAILED: PanelMessage = {
  heading: 'The chart could not be drawn',
  text: 'Goalpost could not read the plan just now. The chart tries again the next time the file changes.',
};

/** What the panel shows: the report of the plan, or a message saying why there is none. */
type Content = { readonly kind: 'report'; readonly report: ReportData } | { readonly kind: 'message'; readonly message: PanelMessage };

/** The chart panels, one per document, and the serializer that brings them back after a window reload. */
export class ChartPanels implements vscode.Disposable {
  private readonly panels = new Map<string, ChartPanel>();
  private readonly media: vscode.Uri;
  private readonly subscription: vscode.Disposable;

  constructor(
    extensionUri: vscode.Uri,
    private readonly server: GoalpostServer,
  ) {
    this.media = vscode.Uri.joinPath(extensionUri, 'client', 'media');
    this.subscription = server.onDidAnalyze(({ uri }) => this.panels.get(normalize(uri))?.scheduleRefresh());
  }

  /** Opens the chart of a document beside the editor, or brings its open chart forward; with a goal, scrolls to that goal. */
  async show(document: vscode.Uri, goal?: string): Promise<void> {
    const open = this.panels.get(document.toString());
    if (open) {
      await open.reveal(goal);
      return;
    }
    // Like the Markdown preview, the chart opens beside the text and leaves the cursor where it was.
    const panel = vscode.window.createWebviewPanel(
      CHART_VIEW_TYPE,
      `Progress: ${fileName(document)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // A hidden chart is cheap to rebuild from its HTML and the state its script keeps, so it is not kept alive.
      { ...this.webviewOptions(), enableFindWidget: true, retainContextWhenHidden: false },
    );
    await this.adopt(panel, document, goal);
  }

  /** Restores the charts that were open when the window was reloaded; their state holds the document's uri. */
  registerSerializer(): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(CHART_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        const document = documentOf(state);
        if (document === undefined || this.panels.has(document.toString())) {
          panel.dispose();
          return;
        }
        panel.webview.options = this.webviewOptions();
        await this.adopt(panel, document);
      },
    });
  }

  dispose(): void {
    this.subscription.dispose();
    for (const chart of [...this.panels.values()]) chart.close();
    this.panels.clear();
  }

  /** Scripts are on only for the page's own script, which the policy admits by its nonce; nothing outside the media folder loads. */
  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [this.media] };
  }

  private async adopt(panel: vscode.WebviewPanel, document: vscode.Uri, goal?: string): Promise<void> {
    const key = document.toString();
    const chart = new ChartPanel(panel, document, this.server, this.media, goal, () => {
      if (this.panels.get(key) === chart) this.panels.delete(key);
    });
    this.panels.set(key, chart);
    await chart.refresh();
  }
}

/** One panel: loads the report, writes the page, and sends the page new content while it is on screen. */
class ChartPanel {
  private content: Content | undefined;
  private planTitle: string | undefined;
  /** True while the page on screen shows newer content than `webview.html`, which VS Code rebuilds it from. */
  private stale = false;
  /** A goal asked for while the page was not live; sent when the page says it is ready. */
  private pendingFocus: string | undefined;
  private opened = false;
  private disposed = false;
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly document: vscode.Uri,
    private readonly server: GoalpostServer,
    private readonly media: vscode.Uri,
    private focusGoal: string | undefined,
    onDispose: () => void,
  ) {
    this.subscriptions = [
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      // A hidden page is discarded; giving it the newest HTML now means it comes back current.
      panel.onDidChangeViewState(() => {
        if (!panel.visible && this.stale) this.writeHtml();
      }),
      panel.onDidDispose(() => {
        this.disposed = true;
        clearTimeout(this.timer);
        for (const subscription of this.subscriptions) subscription.dispose();
        onDispose();
      }),
    ];
  }

  /** Redraws a little later, once the analyses of a burst of typing have settled. */
  scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  /** Loads the report and shows it, or a message when there is none; never throws. */
  async refresh(): Promise<void> {
    const sequence = ++this.sequence;
    const content = await this.load();
    // A later refresh has started meanwhile: its answer is the newer one.
    if (sequence !== this.sequence || this.disposed) return;
    this.display(content);
  }

  async reveal(goal: string | undefined): Promise<void> {
    const live = this.panel.visible;
    this.panel.reveal(undefined, true);
    if (goal === undefined) return;
    this.focusGoal = goal;
    const delivered = live && (await this.panel.webview.postMessage({ type: 'focus', goal }));
    if (!delivered) this.pendingFocus = goal;
  }

  close(): void {
    this.panel.dispose();
  }

  private async load(): Promise<Content> {
    try {
      // Opening the document (without an editor) makes sure the language server has it, for
      // instance when the chart is restored after a reload before its file is shown again.
      if (!this.opened) await vscode.workspace.openTextDocument(this.document);
      this.opened = true;
      const report = await this.server.report(this.document.toString());
      return report ? { kind: 'report', report } : { kind: 'message', message: NOT_READ };
    } catch (error) {
      return { kind: 'message', message: { ...FAILED, detail: error instanceof Error ? error.message : String(error) } };
    }
  }

  private display(content: Content): void {
    const first = this.content === undefined;
    this.content = content;
    if (content.kind === 'report') this.planTitle = content.report.title;
    this.panel.title = this.title();
    if (first || !this.panel.visible) {
      this.writeHtml();
    } else {
      // Replacing the HTML would reload the page and lose the reader's place; the page script swaps the content instead.
      this.stale = true;
      void this.panel.webview.postMessage({ type: 'update', html: this.mainHtml(content) });
    }
  }

  private receive(message: unknown): void {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'ready') return;
    // The page was built from `webview.html`; what it missed while it loaded is sent now.
    if (this.stale && this.content) void this.panel.webview.postMessage({ type: 'update', html: this.mainHtml(this.content) });
    if (this.pendingFocus !== undefined) {
      void this.panel.webview.postMessage({ type: 'focus', goal: this.pendingFocus });
      this.pendingFocus = undefined;
    }
  }

  private writeHtml(): void {
    if (this.disposed || this.content === undefined) return;
    this.stale = false;
    const webview = this.panel.webview;
    const options: ChartPageOptions = {
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'chart.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'chart.js')).toString(),
      documentUri: this.document.toString(),
      ...(this.focusGoal !== undefined && { focusGoal: this.focusGoal }),
    };
    webview.html = this.content.kind === 'report' ? renderChartPage(this.content.report, options) : renderMessagePage(this.title(), this.content.message, options);
  }

  private mainHtml(content: Content): string {
    return content.kind === 'report' ? renderChartMain(content.report, this.focusGoal) : renderMessageMain(content.message);
  }

  /** `Progress: <plan title>`, or the file's name until the plan has been read. */
  private title(): string {
    return `Progress: ${this.planTitle ?? fileName(this.document)}`;
  }
}

/** The document a restored panel showed, from the state its page script saved. */
function documentOf(state: unknown): vscode.Uri | undefined {
  const uri = typeof state === 'object' && state !== null ? (state as { uri?: unknown }).uri : undefined;
  return typeof uri === 'string' ? parseUri(uri) : undefined;
}
