/**
 * Open documents and their analyses. A document is analysed at most once per version and per
 * settings generation, and only when a request needs it, so typing stays cheap.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type Config } from '../core/index';
import { ConfigFiles } from '../node/config-file';
import { effectiveConfig, todayFor, type EditorSettings } from './settings';

export interface DocumentState {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly analysis: Analysis;
  readonly config: Config;
  readonly today: string;
  /** Problems in the settings file that applies, shown with the document's diagnostics. */
  readonly settingsProblems: readonly string[];
}

/** The directory a document's settings file is looked for from; undefined for unsaved documents. */
function directoryOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? path.dirname(fileURLToPath(uri)) : undefined;
  } catch {
    return undefined;
  }
}

export class DocumentStore {
  readonly documents = new TextDocuments(TextDocument);
  readonly configFiles = new ConfigFiles();
  private readonly cache = new Map<string, DocumentState>();
  private settings: EditorSettings;
  private generation = 0;
  private readonly generationOf = new Map<string, number>();

  constructor(settings: EditorSettings) {
    this.settings = settings;
  }

  get editorSettings(): EditorSettings {
    return this.settings;
  }

  /** New editor settings or a changed settings file: every analysis is redone on next use. */
  invalidate(settings: EditorSettings = this.settings): void {
    this.settings = settings;
    this.configFiles.clear();
    this.generation += 1;
    this.cache.clear();
  }

  /** The analysis of an open document, or undefined when it is not open. */
  async get(uri: string): Promise<DocumentState | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.version === document.version && this.generationOf.get(uri) === this.generation) return cached;
    const directory = directoryOf(uri);
    const file = directory ? await this.configFiles.forDirectory(directory).catch(() => undefined) : undefined;
    const config = effectiveConfig(this.settings, file);
    const today = todayFor(this.settings);
    // The document may have changed while the settings file was read: analyse what is current now.
    const current = this.documents.get(uri);
    if (!current) return undefined;
    const text = current.getText();
    const settingsProblems = [
      ...(file?.problems ?? []).map((p) => `${path.basename(p.file)}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.key ? `${p.key}: ` : ''}${p.message}`),
      ...this.settings.problems.map((p) => `goalpost.${p.key}: ${p.message}`),
    ];
    const state: DocumentState = { uri, version: current.version, text, analysis: analyze(text, { today, config }), config, today, settingsProblems };
    this.cache.set(uri, state);
    this.generationOf.set(uri, this.generation);
    return state;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.generationOf.delete(uri);
  }
}
