#!/usr/bin/env node
// Set-up for `npm run test:all`: installs what the suites of system-suites.mjs need and that npm
// cannot install, then packages the extension and installs code-server for the editor suites.
//
// - Debian packages (Neovim, Chromium, pre-commit, and the headers code-server builds against) are
//   installed with apt-get when this runs as root or with password-less sudo. Otherwise it stops at
//   once with one line naming the exact command to run, rather than letting five suites fail later.
// - code-server goes into ~/.cache/goalpost (test/e2e/install-code-server.sh; a no-op when cached).
// - `npm run package` builds the bundles and the .vsix that the end-to-end suite installs.
//
// Every step says what it does on stderr; the exit code is 0 only when everything is ready.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_BUILD_PACKAGES, SYSTEM_SUITES } from './system-suites.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CODE_SERVER_SCRIPT = 'test/e2e/install-code-server.sh';

function say(message) {
  process.stderr.write(`prepare-system: ${message}\n`);
}

/** Stops with one line that says what to do; the caller's suites never start. */
function stop(message) {
  process.stderr.write(`prepare-system: ${message}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  say(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) stop(`could not start ${command}: ${result.error.message}`);
  return result.status === 0;
}

function succeeds(command, args) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** Whether code-server is already in its cache, so its build headers are not needed. */
function codeServerCached() {
  const version = /^CODE_SERVER_VERSION=(\S+)$/m.exec(readFileSync(path.join(root, CODE_SERVER_SCRIPT), 'utf8'))?.[1];
  const cacheRoot = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return version !== undefined && existsSync(path.join(cacheRoot, 'goalpost', `code-server-${version}`, '.goalpost-install-complete'));
}

function neededPackages() {
  const packages = new Set(SYSTEM_SUITES.flatMap((suite) => suite.packages));
  if (!codeServerCached()) for (const name of CODE_SERVER_BUILD_PACKAGES) packages.add(name);
  return [...packages];
}

function installPackages() {
  const needed = neededPackages();
  if (!succeeds('dpkg', ['--version'])) {
    // Not Debian: the suites only need the commands, so accept them from any package manager.
    const commands = { neovim: 'nvim', chromium: 'chromium', 'pre-commit': 'pre-commit', git: 'git' };
    const absent = needed.filter((name) => commands[name] && !succeeds('sh', ['-c', `command -v ${commands[name]}`]));
    if (absent.length > 0) stop(`install ${absent.join(', ')} with your package manager, then rerun \`npm run test:all\` (or run \`npm test\`, which needs only npm)`);
    return;
  }
  const missing = needed.filter((name) => !succeeds('dpkg', ['-s', name]));
  if (missing.length === 0) {
    say('Debian packages: all present');
    return;
  }
  const install = ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = isRoot ? [] : succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n'] : null;
  if (prefix === null) {
    stop(`missing Debian packages ${missing.join(' ')}: run \`sudo apt-get update && sudo ${install.join(' ')}\`, then rerun \`npm run test:all\``);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const [command, ...rest] = [...prefix, 'apt-get', 'update', '-qq'];
  if (!run(command, rest, { env })) stop('apt-get update failed (see above); check the network to the Debian mirror and rerun');
  const [installCommand, ...installArgs] = [...prefix, ...install];
  if (!run(installCommand, installArgs, { env })) stop(`apt-get could not install ${missing.join(' ')} (see above)`);
}

installPackages();
if (!run('npm', ['run', '--silent', 'package'])) stop('`npm run package` failed (see above)');
if (!run('bash', [CODE_SERVER_SCRIPT], { stdio: ['ignore', 'ignore', 'inherit'] })) stop(`${CODE_SERVER_SCRIPT} could not install code-server (see above)`);
say('ready');
