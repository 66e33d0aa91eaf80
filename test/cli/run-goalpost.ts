// What the CLI tests share: running the built launcher as users run it, and fixture folders in a temp dir.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_INFO } from '../../server/src/core/index';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const launcher = path.join(root, 'server/bin/goalpost.js');
export const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

/** The date the tests check on, unless a test is about the date. */
export const TODAY = '2026-11-25';

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Standard input, for the path `-`. */
  readonly input?: string;
  /** Variables on top of the test's environment, which has no colour variables of its own. */
  readonly env?: Readonly<Record<string, string>>;
  readonly uid?: number;
  readonly gid?: number;
}

/** Runs the built CLI with the given arguments, from the given directory. */
export function runGoalpost(args: readonly string[], cwd: string, options: RunOptions = {}): Run {
  // The colour of the output must not depend on how the test runner was started.
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [launcher, ...args], {
    cwd,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...inherited, ...options.env },
    ...(options.uid !== undefined && { uid: options.uid, gid: options.gid }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function joinLines(...lines: string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * The text of a `.goalpost.json` that switches every rule off except those given, so that a test sees only the
 * findings it is about, whatever rules are added to Goalpost later. Format problems are always reported.
 */
export function settings(rules: Readonly<Record<string, string>> = {}, other: Readonly<Record<string, unknown>> = {}): string {
  const off = Object.fromEntries(RULE_INFO.map((rule) => [rule.id, 'off']));
  return `${JSON.stringify({ rules: { ...off, ...rules }, ...other }, null, 2)}\n`;
}

const tempDirs: string[] = [];

/**
 * Writes files (path → content) into a fresh temp dir and returns the dir.
 * Unless the files include their own, or `rulesOff` is false, a `.goalpost.json` with every rule off goes at the top.
 */
export function writeFixtures(files: Readonly<Record<string, string>>, { rulesOff = true } = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-cli-'));
  tempDirs.push(dir);
  const all = '.goalpost.json' in files || !rulesOff ? files : { '.goalpost.json': settings(), ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Removes the fixture dirs; each test file calls it after each test. */
export function removeFixtures(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** One finding line, `file:line:col  severity  message  [code]`, and nothing else. */
export const FINDING = /^(.+):(\d+):(\d+) {2}(error|warning|info|hint) {2}(\S.*) {2}\[([a-z0-9-]+)\]$/;

/** The findings of a text run as `file:line:col severity code`, one string each, for compact assertions. */
export function findingsOf(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = FINDING.exec(line);
      if (!match) throw new Error(`not a finding line: ${JSON.stringify(line)}`);
      const [, file, lineNumber, column, severity, , code] = match;
      return `${file}:${lineNumber}:${column} ${severity} ${code}`;
    });
}
