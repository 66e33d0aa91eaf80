// Kill tests: `fmt --write`, `report -o` and `export --fhir -o` are killed at random moments, many times, while they
// write over a large-ish plan's files. After every kill the file holds its old content or its new content, byte for
// byte, never a mix; a temporary file a SIGKILL leaves is no more readable than the result, and the next write
// removes it; a SIGTERM leaves none. GOALPOST_KILL_RUNS sets the number of kills per command (default 8).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TODAY, launcher, root } from './run-goalpost';

const RUNS = Number(process.env.GOALPOST_KILL_RUNS ?? 8);
const TEMP = /\.goalpost-tmp$/;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A plan of `copies` times the sample's goals and journal, each copy with its own goal ids. */
function largePlan(copies: number): string {
  const lines = readFileSync(path.join(root, 'samples/anxiety-panic.goals'), 'utf8').split('\n');
  const firstGoal = lines.findIndex((line) => line.startsWith('goal '));
  const firstEntry = lines.findIndex((line, i) => i > firstGoal && /^\d{4}-\d{2}-\d{2} /.test(line));
  const rename = (text: string, n: number) => text.replace(/\b(panic|commute|breathing)\b/g, `$1${n}`);
  const copy = (from: number, to: number) => Array.from({ length: copies }, (_, n) => rename(lines.slice(from, to).join('\n'), n));
  return [lines.slice(0, firstGoal).join('\n'), ...copy(firstGoal, firstEntry), ...copy(firstEntry, lines.length)].join('\n');
}

/** A deterministic pseudo-random generator, so that a failing sequence of kills can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  /** The file the command writes, in its folder. */
  readonly target: string;
  /** What is in the folder before each run: the plan, and the target's old content. */
  readonly plan: string;
  readonly old: string;
  /** The target's permissions before and after: the plan is private, and so is everything made from it. */
  readonly mode: number;
}

const PLAN = largePlan(2);
const MANGLED = PLAN.replace(/^ {2}(\S)/gm, '   $1').replace(/^goal /gm, 'Goal ');
const CASES: readonly Case[] = [
  { name: 'fmt --write', args: ['fmt', '--write', 'plan.goals'], target: 'plan.goals', plan: MANGLED, old: MANGLED, mode: 0o600 },
  { name: 'report -o', args: ['report', '--today', TODAY, '-o', 'out.html', 'plan.goals'], target: 'out.html', plan: PLAN, old: '<p>last week’s report</p>\n', mode: 0o600 },
  // The export's ids come from the plan's real path; a fixed seed makes runs in different folders agree.
  { name: 'export --fhir -o', args: ['export', '--fhir', '--today', TODAY, '--id-seed', 'kill-test', '-o', 'out.json', 'plan.goals'], target: 'out.json', plan: PLAN, old: '{"last":"export"}\n', mode: 0o600 },
];

/** Puts the plan and the target's old content in place, as before the run; leftovers of earlier runs stay. */
function prepare(dir: string, c: Case): void {
  writeFileSync(path.join(dir, 'plan.goals'), c.plan);
  chmodSync(path.join(dir, 'plan.goals'), 0o600);
  if (c.target !== 'plan.goals') {
    writeFileSync(path.join(dir, c.target), c.old);
    chmodSync(path.join(dir, c.target), c.mode);
  }
}

/** Runs the command to its end in a fresh folder: the new content, and how long a run takes. */
function complete(c: Case): { expected: string; ms: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-kill-'));
  dirs.push(dir);
  prepare(dir, c);
  const start = Date.now();
  const run = spawnSync(process.execPath, [launcher, ...c.args], { cwd: dir, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return { expected: readFileSync(path.join(dir, c.target), 'utf8'), ms: Date.now() - start };
}

type Moment = 'timed' | 'on-write';

/**
 * Starts the command and kills it: after a random share of a whole run's time, or as soon as it starts writing
 * (the first change in the folder, to its temporary file or to the target itself), at once or a few milliseconds
 * later, which is when a half-written file would show.
 */
function runAndKill(dir: string, c: Case, moment: Moment, signal: NodeJS.Signals, delay: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher, ...c.args], { cwd: dir, stdio: 'ignore' });
    const kill = () => child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const watcher = watch(dir, (_event, name) => {
      if (moment !== 'on-write' || !name || !(TEMP.test(name) || name === c.target)) return;
      watcher.close();
      if (delay === 0) kill();
      else timer = setTimeout(kill, delay);
    });
    if (moment === 'timed') timer = setTimeout(kill, delay);
    child.on('error', reject);
    child.on('exit', () => {
      watcher.close();
      clearTimeout(timer);
      resolve(child.pid!);
    });
  });
}

// The three commands run side by side, each in its own folder, to keep the suite quick.
describe.concurrent('killed writes leave the old content or the new, never half', () => {
  for (const c of CASES) {
    it(`${c.name}, killed ${RUNS} times at random moments`, async () => {
      const { expected, ms } = complete(c);
      expect(expected).not.toBe(c.old);
      const seed = Math.floor(Math.random() * 2 ** 31);
      const next = random(seed);
      const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-kill-'));
      dirs.push(dir);
      const outcomes = { old: 0, new: 0, tempsLeft: 0 };
      for (let i = 0; i < RUNS; i++) {
        prepare(dir, c);
        const moment: Moment = i % 2 === 0 ? 'on-write' : 'timed';
        const signal: NodeJS.Signals = i % 4 === 3 ? 'SIGTERM' : 'SIGKILL';
        const delay = moment === 'timed' ? Math.floor(next() * ms * 1.2) : [0, 0, 1, 2, 5][Math.floor(next() * 5)]!;
        const pid = await runAndKill(dir, c, moment, signal, delay);

        const where = `${c.name}, run ${i} (seed ${seed}, ${moment} ${delay} ms, ${signal})`;
        const now = readFileSync(path.join(dir, c.target), 'utf8');
        expect(now === c.old || now === expected, `${where}: the file is neither the old content nor the new`).toBe(true);
        expect(statSync(path.join(dir, c.target)).mode & 0o777, where).toBe(c.mode);
        outcomes[now === expected ? 'new' : 'old'] += 1;
        const temps = readdirSync(dir).filter((name) => TEMP.test(name));
        const own = temps.filter((name) => name.includes(`.${pid}.`));
        if (signal === 'SIGTERM') expect(own, `${where}: a SIGTERM removes the temporary file`).toEqual([]);
        for (const temp of temps) {
          const mode = statSync(path.join(dir, temp)).mode & 0o777;
          expect(mode & ~c.mode, `${where}: ${temp} has mode ${mode.toString(8)}`).toBe(0);
        }
        outcomes.tempsLeft += own.length;
      }
      // One more run to its end: the new content, and nothing left of the killed runs.
      prepare(dir, c);
      expect(spawnSync(process.execPath, [launcher, ...c.args], { cwd: dir }).status).toBe(0);
      expect(readFileSync(path.join(dir, c.target), 'utf8')).toBe(expected);
      expect(readdirSync(dir).filter((name) => TEMP.test(name))).toEqual([]);
      console.log(`kill test: ${c.name}: ${RUNS} kills (seed ${seed}), ${outcomes.old} left the old content, ${outcomes.new} the new; ${outcomes.tempsLeft} temporary files left and then removed; a whole run takes ${ms} ms`);
    }, 120_000);
  }
});
