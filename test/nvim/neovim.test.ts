// Neovim as a second LSP client: its built-in client (Debian's neovim 0.7), headless, drives the
// real server through test/nvim/probe.lua. CI installs neovim (see .ci/run).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const home = mkdtempSync(path.join(os.tmpdir(), 'goalpost-nvim-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

interface ProbeResult {
  diagnostics_arrived: boolean;
  diagnostics: { line: number; code: string }[];
  hover: { contents: { value: string } };
  code_lenses: { command: { title: string } }[];
  completion: string[];
}

function probe(sample: string): ProbeResult {
  const plan = path.join(home, 'plans', sample);
  mkdirSync(path.dirname(plan), { recursive: true });
  copyFileSync(path.join(root, 'samples', sample), plan);
  // Neovim's state stays in the temp dir, never in the user's home.
  const xdg = Object.fromEntries(['CACHE', 'STATE', 'DATA', 'CONFIG'].map((k) => [`XDG_${k}_HOME`, path.join(home, k.toLowerCase())]));
  const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(root, 'test/nvim/probe.lua')}`, '-c', 'cquit 1'], {
    encoding: 'utf8',
    input: '',
    timeout: 60_000,
    env: { ...process.env, ...xdg, GOALPOST_PLAN: plan, GOALPOST_SERVER: path.join(root, 'server/bin/goalpost-language-server.js') },
  });
  if (result.error) throw new Error(`could not run nvim (is Debian's neovim installed?): ${result.error.message}`);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as ProbeResult;
}

describe('Neovim 0.7 built-in LSP client', () => {
  it('receives diagnostics, a hover, code lenses and completions for a plan', () => {
    const result = probe('flawed.goals');
    expect(result.diagnostics_arrived).toBe(true);
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['vague-goal', 'invalid-date', 'review-overdue', 'unknown-goal']));
    expect(result.hover.contents.value).toMatch(/^\*\*better\*\*/);
    const titles = result.code_lenses.map((l) => l.command.title);
    expect(titles.some((t) => t.startsWith('Baseline '))).toBe(true);
    expect(titles.some((t) => t.startsWith('Review overdue by '))).toBe(true);
    expect(result.completion).toEqual(expect.arrayContaining(['symptom-reduction', 'behavioral', 'identity-meaning']));
  }, 90_000);
});
