// Runs code-server (VS Code for the browser) and Debian's Chromium for end-to-end tests.
//
//   ensureCodeServer(): Promise<string>
//     Resolves with the code-server cache directory, running test/e2e/install-code-server.sh when
//     the cache is absent (minutes on a cold machine; CI runs the script before the tests).
//   startCodeServer({ workspace, extensions?, settings?, query?, env? }): Promise<CodeServer>
//     Installs each .vsix in `extensions` with --install-extension into a fresh extensions dir,
//     writes `settings` over a few quiet defaults into a fresh user-data dir, starts code-server on
//     a free 127.0.0.1 port with no auth, and resolves once GET /healthz answers. `url` opens the
//     workbench on the `workspace` folder; `query` (e.g. "a=1&b=2") is appended to it.
//     `stop()` kills the whole process tree and removes the temporary directories.
//   openWorkbench(url): Promise<{ browser, page }>
//     Launches /usr/bin/chromium (or $GOALPOST_CHROMIUM) through playwright-core, headless, with a
//     fresh profile, opens `url` and resolves once the workbench's status bar is visible.
//     The caller closes `browser`.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export interface CodeServerOptions {
  /** The folder the workbench opens. */
  workspace: string;
  /** Paths of .vsix files to install before starting. */
  extensions?: string[];
  /** User settings, written over the defaults below. */
  settings?: Record<string, unknown>;
  /** Extra query parameters for the workbench URL, without the leading `?` or `&`. */
  query?: string;
  /** Extra environment for code-server, which passes it on to the extension host. */
  env?: Record<string, string>;
}

export interface CodeServer {
  url: string;
  port: number;
  userDataDir: string;
  stop(): Promise<void>;
}

const installScript = fileURLToPath(new URL('./install-code-server.sh', import.meta.url));
const chromiumPath = process.env.GOALPOST_CHROMIUM ?? '/usr/bin/chromium';

/** Settings that keep the workbench quiet and predictable: no trust prompt, welcome page or tips. */
const quietSettings: Record<string, unknown> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'chat.disableAIFeatures': true,
  'window.restoreWindows': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Tests decide when a file is written; code-server's default would save after a second's pause.
  'files.autoSave': 'off',
};

/**
 * Servers not stopped yet. A detached group outlives its parent, so if the test process exits
 * without reaching stop() (an interrupted run), it kills them on the way out.
 */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

/** Resolves with the code-server cache directory, installing it first when it is absent. */
export async function ensureCodeServer(): Promise<string> {
  const result = await run('bash', [installScript]);
  if (result.status !== 0) {
    throw new Error(`code-server is not installed and ${installScript} failed (exit ${result.status}):\n${result.stderr}`);
  }
  return result.stdout.trim().split('\n').at(-1)!;
}

/** Starts code-server on a free port with fresh directories; resolves once it answers /healthz. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const installDir = await ensureCodeServer();
  const node = path.join(installDir, 'node_modules/node/bin/node');
  const entry = path.join(installDir, 'node_modules/code-server/out/node/entry.js');
  const home = mkdtempSync(path.join(os.tmpdir(), 'goalpost-code-server-'));
  const userDataDir = path.join(home, 'user-data');
  const extensionsDir = path.join(home, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir);
  writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify({ ...quietSettings, ...options.settings }, null, 2));
  // code-server would otherwise read and write ~/.config/code-server and ~/.local/share.
  const env = { ...process.env, ...options.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data') };
  const common = ['--config', path.join(home, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  for (const vsix of options.extensions ?? []) {
    if (!existsSync(vsix)) throw new Error(`the extension to install does not exist: ${vsix}`);
    const result = await run(node, [entry, ...common, '--install-extension', vsix], { env });
    if (result.status !== 0 || !/successfully installed/i.test(result.stdout)) {
      rmSync(home, { recursive: true, force: true });
      throw new Error(`code-server could not install ${vsix} (exit ${result.status}):\n${result.stdout}${result.stderr}`);
    }
  }

  const port = await findFreePort();
  const args = [entry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'];
  // A process group of its own lets stop() kill code-server together with its extension host.
  const child = spawn(node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  // The last lines are enough to say why a start failed, and the log stays small over a long run.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  const stop = async (): Promise<void> => {
    await killGroup(child);
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  const query = [`folder=${encodeURIComponent(options.workspace)}`, options.query].filter(Boolean).join('&');
  return { url: `http://127.0.0.1:${port}/?${query}`, port, userDataDir, stop };
}

/** Launches headless Chromium on `url` and resolves once the workbench has drawn its status bar. */
export async function openWorkbench(url: string): Promise<{ browser: Browser; page: Page }> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is not installed at ${chromiumPath}: apt-get install chromium`);
  // Playwright gives each launch a fresh temporary profile and removes it on close.
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });
    return { browser, page };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Runs a command to its end without blocking the event loop: an install can take minutes, and the
 * test runner's worker must keep answering meanwhile.
 */
function run(command: string, args: string[], options: SpawnOptions = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls /healthz until it answers 200, failing early with code-server's output when it exits. */
async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet: poll again.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Sends SIGTERM to the process group, then SIGKILL if it has not exited within five seconds. */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  // Children that outlive their parent (an extension host shutting down) still belong to the group.
  signal('SIGKILL');
}
