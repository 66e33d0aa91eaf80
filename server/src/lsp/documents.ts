/**
 * Open documents and their analyses. A document is analysed at most once per version and per
 * settings generation, and only when a request needs it, so typing stays cheap.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Snapshot, type Analysis, type Config, type Plan } from '../core/index';
import { ConfigFiles } from '../node/config-file';
import { AnalysisFailed } from './analysis-failure';
import { describeError } from './log';
import { effectiveConfig, todayFor, type EditorSettings } from './settings';

export interface DocumentState {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** The version as the core read it: what every feature takes (with `today` and `config`). */
  readonly snapshot: Snapshot;
  readonly analysis: Analysis;
  readonly config: Config;
  readonly today: string;
  /** Problems in the settings file that applies, shown with the document's diagnostics. */
  readonly settingsProblems: readonly string[];
}

/**
 * A document as far as requests that read only the plan need it (hover, completion, symbols,
 * lenses): available as soon as the text is parsed, before the rules have run, so that on a huge
 * plan they do not wait seconds for every check.
 */
export interface PlanState {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly snapshot: Snapshot;
  readonly plan: Plan;
  readonly config: Config;
  readonly today: string;
}

/** An analysis under way: the key it is for, its parsed plan as soon as it exists, and the whole result. */
interface Run {
  readonly key: string;
  readonly parsed: Promise<PlanState | undefined>;
  readonly done: Promise<DocumentState | undefined>;
}

/** The directory a document's settings file is looked for from; undefined for unsaved documents. */
function directoryOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? path.dirname(fileURLToPath(uri)) : undefined;
  } catch {
    return undefined;
  }
}

/** Lets the event loop answer other messages between two steps of a long analysis. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export class DocumentStore {
  readonly documents = new TextDocuments(TextDocument);
  readonly configFiles = new ConfigFiles();
  private readonly cache = new Map<string, DocumentState>();
  /** The newest snapshot read of each open document, which the next version is read from. */
  private readonly snapshots = new Map<string, Snapshot>();
  /** Analyses under way, so that requests for the same version share one. */
  private readonly running = new Map<string, Run>();
  /** False in an untrusted workspace: `.goalpost.json` files are then not read. */
  readSettingsFiles = true;
  private generation = 0;
  private readonly generationOf = new Map<string, number>();
  /** The version whose check threw, so that it is neither retried on every request nor reported twice. */
  private readonly failed = new Map<string, { key: string; error: AnalysisFailed }>();

  /**
   * `settingsFor` gives the editor settings for a document (those of its workspace folder);
   * `logFailure` is told, once per version, that the core threw while checking a document.
   */
  constructor(
    private readonly settingsFor: (uri: string) => EditorSettings,
    private readonly logFailure: (line: string) => void = () => undefined,
  ) {}

  /** New editor settings or a changed settings file: every analysis is redone on next use. */
  invalidate(): void {
    this.configFiles.clear();
    this.generation += 1;
    this.cache.clear();
    this.failed.clear();
  }

  /**
   * The analysis of an open document, or undefined when it is not open. A long analysis runs in
   * steps with pauses between them, and is given up as soon as a newer version of the text
   * arrives; the newest version is then analysed instead. Rejects with AnalysisFailed when the
   * core throws on this version.
   */
  async get(uri: string): Promise<DocumentState | undefined> {
    for (;;) {
      const current = this.current(uri);
      if (!current || 'analysis' in current) return current;
      const state = await current.done;
      if (state) return state;
      // The text or the settings changed while it ran: go round again for the newest.
    }
  }

  /**
   * The parsed plan of an open document, or undefined when it is not open: from the finished
   * analysis when there is one, else as soon as the running one has parsed the text.
   */
  async getPlan(uri: string): Promise<PlanState | undefined> {
    for (;;) {
      const current = this.current(uri);
      if (!current) return undefined;
      if ('analysis' in current) return { ...current, plan: current.analysis.plan };
      const state = await current.parsed;
      if (state) return state;
      // Changed or failed before the plan was read: the next round says which.
    }
  }

  /** The finished analysis of the current version, if there is one; never starts one. */
  peek(uri: string): DocumentState | undefined {
    const document = this.documents.get(uri);
    const cached = this.cache.get(uri);
    return document && cached && cached.version === document.version && this.generationOf.get(uri) === this.generation ? cached : undefined;
  }

  /** The cached analysis of the current version, or the run that is making it (started if need be). */
  private current(uri: string): DocumentState | Run | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.version === document.version && this.generationOf.get(uri) === this.generation) return cached;
    const key = `${document.version}:${this.generation}`;
    const failure = this.failed.get(uri);
    if (failure?.key === key) throw failure.error;
    const running = this.running.get(uri);
    if (running?.key === key) return running;
    let onParsed: (state: PlanState | undefined) => void = () => undefined;
    const parsed = new Promise<PlanState | undefined>((resolve) => (onParsed = resolve));
    const done = this.analyse(uri, document.version, this.generation, onParsed);
    // Whatever happens to the analysis, nobody waits for a plan that will never come.
    void done.then(
      () => onParsed(undefined),
      () => onParsed(undefined),
    );
    const run: Run = { key, parsed, done };
    this.running.set(uri, run);
    void done
      .finally(() => {
        if (this.running.get(uri) === run) this.running.delete(uri);
      })
      .catch(() => undefined);
    return run;
  }

  private stale(uri: string, version: number, generation: number): boolean {
    return this.documents.get(uri)?.version !== version || this.generation !== generation;
  }

  private async analyse(uri: string, version: number, generation: number, onParsed: (state: PlanState) => void): Promise<DocumentState | undefined> {
    let state: DocumentState | undefined;
    try {
      const parsed = (plan: Omit<PlanState, 'version'>) => onParsed({ ...plan, version });
      state = await this.check(
        uri,
        () => this.documents.get(uri)?.getText(),
        () => this.stale(uri, version, generation),
        parsed,
        () => this.snapshots.get(uri),
        (snapshot) => this.snapshots.set(uri, snapshot),
      );
    } catch (error) {
      const failure = new AnalysisFailed(describeError(error), version);
      // A document closed or changed meanwhile needs no record: its next check starts afresh.
      if (this.stale(uri, version, generation)) return undefined;
      this.failed.set(uri, { key: `${version}:${generation}`, error: failure });
      this.logFailure(`goalpost: checking a plan failed: ${failure.description}`);
      throw failure;
    }
    if (!state) return undefined;
    const current: DocumentState = { ...state, version };
    this.cache.set(uri, current);
    this.generationOf.set(uri, this.generation);
    return current;
  }

  /**
   * Checks the text of a file that is not open (Check All Goal Files), with the settings that apply
   * to it; undefined when the settings change while it runs.
   */
  async checkClosed(uri: string, text: string): Promise<DocumentState | undefined> {
    const generation = this.generation;
    try {
      return await this.check(uri, () => text, () => this.generation !== generation);
    } catch (error) {
      const failure = new AnalysisFailed(describeError(error));
      this.logFailure(`goalpost: checking a plan failed: ${failure.description}`);
      throw failure;
    }
  }

  /** Analyses the text `read` gives once the settings are known, in steps, giving up as soon as `stale` says so. */
  private async check(
    uri: string,
    read: () => string | undefined,
    stale: () => boolean,
    onParsed: (state: Omit<PlanState, 'version'>) => void = () => undefined,
    previous?: () => Snapshot | undefined,
    keep?: (snapshot: Snapshot) => void,
  ): Promise<DocumentState | undefined> {
    const directory = directoryOf(uri);
    const file = directory && this.readSettingsFiles ? await this.configFiles.forDirectory(directory).catch(() => undefined) : undefined;
    const settings = this.settingsFor(uri);
    const config = effectiveConfig(settings, file);
    const today = todayFor(settings);
    const text = read();
    if (text === undefined || stale()) return undefined;
    // Read from the snapshot of the version before: only the lines an edit changed are read again,
    // and entry rules check again only the entries it touched.
    const reading = Snapshot.readInSteps(text, previous?.());
    let lines = reading.next();
    while (!lines.done) {
      await breathe();
      if (stale()) return undefined;
      lines = reading.next();
    }
    const snapshot = lines.value;
    keep?.(snapshot);
    onParsed({ uri, text, snapshot, plan: snapshot.plan, config, today });
    // Requests waiting for the plan are answered before the first rules run.
    await breathe();
    if (stale()) return undefined;
    const steps = snapshot.analyzeInSteps({ today, config });
    let step = steps.next();
    while (!step.done) {
      await breathe();
      if (stale()) return undefined;
      step = steps.next();
    }
    const settingsProblems = [
      ...(file?.problems ?? []).map((p) => `${path.basename(p.file)}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.key ? `${p.key}: ` : ''}${p.message}`),
      ...settings.problems.map((p) => `goalpost.${p.key}: ${p.message}`),
    ];
    return { uri, version: 0, text, snapshot, analysis: step.value, config, today, settingsProblems };
  }

  /** A document was closed: nothing about it is kept. */
  forget(uri: string): void {
    this.cache.delete(uri);
    this.snapshots.delete(uri);
    this.running.delete(uri);
    this.generationOf.delete(uri);
    this.failed.delete(uri);
  }
}
