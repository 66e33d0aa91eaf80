// npx must never fetch `goalpost` from a registry: in a plans repository without goalpost installed, a bare
// `npx goalpost` downloads whatever package has that name and runs it. Every hook, snippet and generated file runs
// `npx --offline --no-install goalpost`, which runs the local install or fails, without a single request.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRE_COMMIT_CONFIG } from '../../server/src/cli/init';
import { root } from './run-goalpost';

/** Every way of running a package by name that can fetch it: npx, npm exec, pnpm dlx, yarn dlx, bunx. */
const RUNNER = /\b(npx|npm\s+(?:exec|x)|pnpm\s+dlx|yarn\s+dlx|bunx)\s+((?:--?[\w-]+(?:=\S+)?\s+)*)(goalpost(?:-language-server)?)\b/g;

/** The runs of goalpost by package runner in a text, each with the flags before the name. */
function runnerCalls(text: string): { runner: string; flags: string[]; line: string }[] {
  return [...text.matchAll(RUNNER)].map((match) => ({
    runner: match[1]!.replace(/\s+/g, ' '),
    flags: match[2]!.trim().split(/\s+/).filter(Boolean),
    line: text.slice(text.lastIndexOf('\n', match.index) + 1, text.indexOf('\n', match.index)),
  }));
}

/** What the user reads or runs: the docs, the READMEs, the hook definitions and what `goalpost init` writes. */
function shippedTexts(): [string, string][] {
  const docs = readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
  const files = [...docs, 'README.md', 'client/README.md', '.pre-commit-hooks.yaml'];
  return [...files.map((file): [string, string] => [file, readFileSync(path.join(root, file), 'utf8')]), ['goalpost init: .pre-commit-config.yaml', PRE_COMMIT_CONFIG]];
}

describe('no hook, snippet or generated file lets npx fetch goalpost', () => {
  it('runs goalpost through npx only with --offline and --no-install', () => {
    const offending: string[] = [];
    for (const [file, text] of shippedTexts()) {
      for (const call of runnerCalls(text)) {
        const safe = call.runner === 'npx' && call.flags.includes('--no-install') && call.flags.includes('--offline');
        if (!safe) offending.push(`${file}: ${call.line.trim()}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('finds the runs it checks, so that the check above means something', () => {
    expect(runnerCalls('- run: npx goalpost check plans\n')).toEqual([{ runner: 'npx', flags: [], line: '- run: npx goalpost check plans' }]);
    expect(runnerCalls('x | npm exec --yes goalpost-language-server -- --stdio\n')[0]?.flags).toEqual(['--yes']);
    const hooks = runnerCalls(PRE_COMMIT_CONFIG).map((call) => call.line.trim());
    expect(hooks).toEqual(['entry: npx --offline --no-install goalpost fmt --write', 'entry: npx --offline --no-install goalpost check']);
    expect(runnerCalls(readFileSync(path.join(root, 'docs/cli.md'), 'utf8')).length).toBeGreaterThan(2);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The real npx, pointed at a registry on this machine that counts the requests it gets and has no packages.

let registry: Server;
let requests: string[] = [];
let registryUrl = '';
const temps: string[] = [];

beforeAll(async () => {
  registry = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
  await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
  registryUrl = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => registry.close(resolve));
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder; with `installed`, goalpost is in its node_modules, as `npm install --save-dev goalpost` puts it. */
function project(installed: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-npx-'));
  temps.push(dir);
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "plans", "private": true }\n');
  if (installed) {
    mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
    symlinkSync(root, path.join(dir, 'node_modules/goalpost'));
    symlinkSync('../goalpost/server/bin/goalpost.js', path.join(dir, 'node_modules/.bin/goalpost'));
  }
  return dir;
}

/**
 * Runs npx in `dir` with a cache of its own and the counting registry; returns the exit code and stdout.
 * Asynchronously: the registry answers from this process, which must not be blocked while npx waits for it.
 */
function npx(dir: string, args: readonly string[]): Promise<{ status: number | null; stdout: string }> {
  requests = [];
  const env = {
    ...process.env,
    npm_config_registry: registryUrl,
    npm_config_cache: path.join(dir, '.npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  return new Promise((resolve) => {
    execFile('npx', [...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env }, (error, stdout) => {
      resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout });
    });
  });
}

describe('npx --offline --no-install goalpost', () => {
  it('runs the goalpost installed in the project, without a request', async () => {
    const run = await npx(project(true), ['--offline', '--no-install', 'goalpost', '--version']);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.status).toBe(0);
    expect(requests).toEqual([]);
  });

  it('fails without goalpost installed, and still makes no request', async () => {
    const run = await npx(project(false), ['--offline', '--no-install', 'goalpost', '--version']);
    expect(run.status).not.toBe(0);
    expect(requests).toEqual([]);
  });

  it('where a bare npx goalpost, and npx --no-install alone, ask the registry for the package', async () => {
    for (const flags of [[], ['--no-install']]) {
      const run = await npx(project(false), [...flags, 'goalpost', '--version']);
      expect(run.status, flags.join(' ')).not.toBe(0);
      expect(requests.some((url) => url.includes('goalpost')), flags.join(' ')).toBe(true);
    }
  });
});
