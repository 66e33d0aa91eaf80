/**
 * The editor's `goalpost.*` settings and the nearest `.goalpost.json`: the same options the CLI
 * reads, so the editor and CI agree. Where a settings file applies it wins, because it is the plan's
 * shared policy in the repository; only rule severities merge, the file's over the editor's.
 */
import { format } from 'date-fns';
import { DEFAULT_CONFIG, RULE_INFO, readConfig, toDate, type Config, type ConfigProblem } from '../core/index';
import type { ConfigFile } from '../node/config-file';
import { filePath, isInside } from './paths';

/** What the server reads from `workspace/configuration` for section `goalpost`. */
export interface EditorSettings {
  readonly config: Config;
  readonly problems: readonly ConfigProblem[];
  /** A fixed date to check against (`goalpost.today`), for demos and tests; else the local date. */
  readonly today?: string;
  /**
   * The reading preferences this editor set itself (`goalpost.voice`, `goalpost.budget`): they are
   * the reader's, not the plan's, so they win over a settings file's.
   */
  readonly personal?: Partial<Pick<Config, 'voice' | 'budget'>>;
}

export const DEFAULT_SETTINGS: EditorSettings = { config: DEFAULT_CONFIG, problems: [] };

/** The settings that mirror `.goalpost.json`; the extension's manifest declares each as `goalpost.<key>`. */
export const CONFIG_KEYS = ['rules', 'maxActiveGoals', 'defaultReview', 'vagueWords', 'gasRho', 'voice', 'budget'];

/**
 * The settings that are the reader's own preference rather than the plan's policy. They do not
 * change which checks run, so an untrusted folder may set them too.
 */
export const PERSONAL_KEYS = ['voice', 'budget'] as const;

/** Reads the `goalpost` section as a client sends it; unknown or invalid values are reported, not ignored. */
export function readEditorSettings(section: unknown): EditorSettings {
  if (typeof section !== 'object' || section === null) return DEFAULT_SETTINGS;
  const raw = section as Record<string, unknown>;
  const configPart = Object.fromEntries(Object.entries(raw).filter(([key, value]) => CONFIG_KEYS.includes(key) && value !== null && value !== undefined));
  const { config, problems } = readConfig(configPart, RULE_INFO.map((r) => r.id));
  const today = typeof raw.today === 'string' && toDate(raw.today) ? raw.today : undefined;
  const todayProblem: ConfigProblem[] =
    raw.today !== undefined && raw.today !== null && today === undefined ? [{ key: 'today', message: 'today must be a real date written YYYY-MM-DD, such as 2026-11-25.' }] : [];
  const personal = Object.fromEntries(PERSONAL_KEYS.filter((key) => configPart[key] !== undefined && !problems.some((p) => p.key === key)).map((key) => [key, config[key]]));
  return { config, problems: [...problems, ...todayProblem], ...(today && { today }), ...(Object.keys(personal).length > 0 && { personal }) };
}

/**
 * The settings a document is checked with: the settings file's where there is one, else the
 * editor's; the editor's own reading preferences (voice, budget) win either way.
 */
export function effectiveConfig(editor: EditorSettings, file: ConfigFile | undefined): Config {
  if (!file) return editor.config;
  return { ...file.config, rules: { ...editor.config.rules, ...file.config.rules }, ...editor.personal };
}

/** The date documents are checked against. */
export function todayFor(settings: EditorSettings): string {
  return settings.today ?? format(new Date(), 'yyyy-MM-dd');
}

/**
 * The editor settings of each workspace folder, since a multi-root workspace may set them per folder.
 * A document takes those of the innermost folder that holds it; one outside every folder, or not a
 * file, takes the settings the editor gives without a folder.
 */
export class FolderSettings {
  private outside: EditorSettings = DEFAULT_SETTINGS;
  /** By the folder's path; `uri` is the one the editor named it by, which scopes the requests for its settings. */
  private readonly folders = new Map<string, { readonly uri: string; settings: EditorSettings }>();

  /** The workspace folders, by the uris the editor named them. */
  uris(): string[] {
    return [...this.folders.values()].map((folder) => folder.uri);
  }

  /** The workspace folders, as paths. */
  paths(): string[] {
    return [...this.folders.keys()];
  }

  /** Adds a folder, with the settings outside folders until its own are read; false when it is not on disk or already there. */
  add(uri: string): boolean {
    const folder = filePath(uri);
    if (folder === undefined || this.folders.has(folder)) return false;
    this.folders.set(folder, { uri, settings: this.outside });
    return true;
  }

  remove(uri: string): void {
    const folder = filePath(uri);
    if (folder !== undefined) this.folders.delete(folder);
  }

  /** Sets the settings of the folder `uri`, or, without one, those of documents outside every folder. */
  set(uri: string | undefined, settings: EditorSettings): void {
    if (uri === undefined) this.outside = settings;
    else {
      const folder = this.folders.get(filePath(uri) ?? '');
      if (folder) folder.settings = settings;
    }
  }

  /** Sets the same settings everywhere, as the initialization options do. */
  setAll(settings: EditorSettings): void {
    this.outside = settings;
    for (const folder of this.folders.values()) folder.settings = settings;
  }

  /** The settings for a document: those of the innermost folder that holds it, else those outside folders. */
  settingsFor(documentUri: string): EditorSettings {
    const file = filePath(documentUri);
    if (file === undefined) return this.outside;
    const holders = this.paths().filter((folder) => isInside(folder, file));
    const innermost = holders.sort((a, b) => b.length - a.length)[0];
    return innermost === undefined ? this.outside : (this.folders.get(innermost)?.settings ?? this.outside);
  }
}
