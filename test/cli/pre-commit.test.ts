// The hooks of .pre-commit-hooks.yaml, run by the real pre-commit framework (Debian package `pre-commit`, which
// .ci/run installs) in a temporary Git repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { joinLines, launcher, root } from './run-goalpost';

/*
 * pre-commit installs a `language: node` hook with `npm install`, `npm pack` and `npm install -g` of the tarball.
 * That works because package.json's `files` ships the bundle (server/dist is git-ignored) and the repository's
 * .npmrc sets `foreground-scripts=false`, so `npm pack` prints nothing but the tarball's name, which pre-commit 3.0
 * reads from its stdout.
 */

const PLAN = joinLines(
  'plan: Recovery plan for Alex R.',
  'client: Alex R.',
  'start: 2026-11-01',
  '',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  category: symptom-reduction',
  '  baseline: 3 attacks/week on 2026-11-01',
  '  target: 1 attack/week',
  '  due: 2027-01-31',
);
const FLAWED = joinLines('goal panic Reduce attacks');
const MANGLED = PLAN.replace('  category', '      CATEGORY').replace('  due', '\tdue');

const temps: string[] = [];
// The hook environments hold a whole npm install: removing them takes a while.
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 120_000);

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-pre-commit-'));
  temps.push(dir);
  return dir;
}

const GIT_IDENTITY = ['-c', 'user.name=Goalpost Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false'];

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...GIT_IDENTITY, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A Git repository holding a copy of the working tree (tracked and new files, without what Git ignores), and its commit. */
function snapshotRepository(): { dir: string; sha: string } {
  const dir = tempDir();
  const files = git(root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  git(dir, 'init', '-q');
  // `git ls-files` lists deleted files too; copy what is there.
  execFileSync('tar', ['--null', '--ignore-failed-read', '-T', '-', '-cf', path.join(dir, '.snapshot.tar')], {
    cwd: root,
    input: files.filter((file) => existsSync(path.join(root, file))).join('\0'),
  });
  execFileSync('tar', ['-xf', '.snapshot.tar'], { cwd: dir });
  rmSync(path.join(dir, '.snapshot.tar'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'snapshot');
  return { dir, sha: git(dir, 'rev-parse', 'HEAD').trim() };
}

/** A project repository with the given .pre-commit-config.yaml, its hooks installed into a private PRE_COMMIT_HOME. */
function project(config: string): { dir: string; commit(file: string, text: string): { status: number | null; output: string } } {
  const dir = tempDir();
  const env = { ...process.env, PRE_COMMIT_HOME: path.join(dir, '.pre-commit-home'), PRE_COMMIT_COLOR: 'never' };
  git(dir, 'init', '-q');
  writeFileSync(path.join(dir, '.gitignore'), '.pre-commit-home/\n');
  writeFileSync(path.join(dir, '.pre-commit-config.yaml'), config);
  const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: dir, env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`pre-commit install failed:\n${install.stdout}${install.stderr}`);
  git(dir, 'add', '.gitignore', '.pre-commit-config.yaml');
  git(dir, 'commit', '-q', '--no-verify', '-m', 'config');
  return {
    dir,
    commit(file, text) {
      writeFileSync(path.join(dir, file), text);
      git(dir, 'add', file);
      const run = spawnSync('git', [...GIT_IDENTITY, 'commit', '-m', `add ${file}`], { cwd: dir, env, encoding: 'utf8' });
      return { status: run.status, output: run.stdout + run.stderr };
    },
  };
}

describe('pre-commit hooks', () => {
  it(
    'installs the hooks from this repository with the system Node, refuses a flawed plan and formats a mangled one',
    () => {
      const source = snapshotRepository();
      const repo = project(
        joinLines(
          'repos:',
          `  - repo: ${source.dir}`,
          `    rev: ${source.sha}`,
          '    hooks:',
          '      - id: goalpost-check',
          '        language_version: system',
          '      - id: goalpost-fmt',
          '        language_version: system',
        ),
      );
      const flawed = repo.commit('flawed.goals', FLAWED);
      expect(flawed.status).toBe(1);
      expect(flawed.output).toMatch(/goalpost check\.+Failed/);
      expect(flawed.output).toMatch(/flawed\.goals:1:12 {2}error {2}.*\[syntax-error\]/);
      git(repo.dir, 'rm', '-q', '--cached', 'flawed.goals');

      const mangled = repo.commit('plan.goals', MANGLED);
      expect(mangled.status).toBe(1);
      expect(mangled.output).toMatch(/goalpost fmt\.+Failed/);
      expect(mangled.output).toContain('files were modified by this hook');
      expect(readFileSync(path.join(repo.dir, 'plan.goals'), 'utf8')).toBe(PLAN);

      // The formatted plan, staged again, commits.
      const good = repo.commit('plan.goals', PLAN);
      expect(good.output).toMatch(/goalpost check\.+Passed/);
      expect(good.status).toBe(0);
      expect(git(repo.dir, 'log', '--format=%s', '-1').trim()).toBe('add plan.goals');
    },
    600_000,
  );

  it(
    'runs the check as a local hook: refuses a flawed plan with its findings, commits a good one',
    () => {
      const repo = project(
        joinLines(
          'repos:',
          '  - repo: local',
          '    hooks:',
          '      - id: goalpost-check',
          '        name: goalpost check',
          `        entry: ${JSON.stringify(`${process.execPath} ${launcher} check`)}`,
          '        language: system',
          '        files: \\.goals$',
        ),
      );
      const flawed = repo.commit('flawed.goals', FLAWED);
      expect(flawed.status).toBe(1);
      expect(flawed.output).toMatch(/flawed\.goals:1:12 {2}error {2}.*\[syntax-error\]/);
      git(repo.dir, 'rm', '-q', '--cached', 'flawed.goals');

      const good = repo.commit('plan.goals', PLAN);
      expect(good.output).toMatch(/goalpost check\.+Passed/);
      expect(good.status).toBe(0);
    },
    120_000,
  );
});
