/**
 * Long fuzz runs outside vitest: `npm run fuzz -- --runs N [--seed S] [--path P] [--scale ci|long]`.
 * test/fuzz/fuzz.mjs bundles this file with esbuild and runs it in Node. It checks every property
 * of properties.ts on N inputs, times parse and analysis of each, and prints how many inputs it
 * tried, each failure with the seed and path that replay it, and the slowest inputs with their
 * sizes and times. Inputs slower than a bound linear in their size count as failures too.
 * Counterexamples and the slowest inputs are written to files, whose folder it prints.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/index';
import { fuzzInputs, SAMPLES, type FuzzInput, type Scale } from './arbitraries';
import { PropertyFailure } from './check';
import { analyses, formattingKeepsWords, fixesKeepWords, rangesInside, readsIncrementally, TODAY } from './properties';

interface Options {
  runs: number;
  seed: number;
  path?: string;
  scale: Scale;
  slowest: number;
  shrinkSeconds: number;
  out: string;
}

const USAGE = 'usage: npm run fuzz -- [--runs N] [--seed S] [--path P] [--scale ci|long] [--slowest K] [--shrink SECONDS] [--out DIR]';

function readOptions(argv: readonly string[]): Options {
  const options: Options = { runs: 10_000, seed: Date.now() % 2 ** 31, scale: 'long', slowest: 10, shrinkSeconds: 60, out: '' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i]!, argv[i + 1]];
    const number = () => {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} takes a whole number. ${USAGE}`);
      i++;
      return n;
    };
    if (flag === '--runs') options.runs = number();
    else if (flag === '--seed') options.seed = number();
    else if (flag === '--slowest') options.slowest = number();
    else if (flag === '--shrink') options.shrinkSeconds = number();
    else if (flag === '--path' && value) options.path = argv[++i];
    else if (flag === '--out' && value) options.out = argv[++i]!;
    else if (flag === '--scale' && (value === 'ci' || value === 'long')) options.scale = argv[++i] as Scale;
    else throw new Error(`I do not know '${flag}'${value === undefined ? '' : ` ${value}`}. ${USAGE}`);
  }
  options.out ||= join(tmpdir(), `goalpost-fuzz-${options.seed}`);
  return options;
}

/** The time bound for parsing and analysing `size` characters: 100 ms per 10 KB, and 100 ms for anything smaller. */
function boundMs(size: number): number {
  return Math.max(100, (size / 10_240) * 100);
}

interface Timed {
  readonly ms: number;
  readonly size: number;
  readonly text: string;
}

interface Failure {
  readonly kind: string;
  readonly seed: number;
  readonly path?: string;
  readonly message: string;
  readonly text: string;
}

/** The slowest inputs so far, slowest first, at most `keep` of them. */
function remember(slowest: Timed[], timed: Timed, keep: number): void {
  if (slowest.length === keep && slowest.at(-1)!.ms >= timed.ms) return;
  slowest.push(timed);
  slowest.sort((a, b) => b.ms - a.ms);
  slowest.length = Math.min(slowest.length, keep);
}

function time(text: string): number {
  const start = performance.now();
  analyze(text, { today: TODAY });
  return performance.now() - start;
}

/** A failure's kind, for counting repeats: its first line without names, numbers and quoted text. */
function kindOf(message: string): string {
  return message.split('\n')[0]!.replace(/"(?:[^"\\]|\\.)*"/g, '…').replace(/'[^']*'|\d+/g, '…');
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  // Warm the JIT on the samples, so the first inputs are not timed cold.
  for (let i = 0; i < 5; i++) for (const { text } of SAMPLES) time(text);

  const slowest: Timed[] = [];
  const slow: Timed[] = [];
  const failures: Failure[] = [];
  const repeats = new Map<string, number>();
  const perProperty = new Map<string, number>();
  let tried = 0;
  // While a failure shrinks, the property runs on smaller copies of it: those are not new inputs.
  let counting = true;
  const started = performance.now();
  let lastNews = performance.now();
  const property = fc.property(fuzzInputs(options.scale), (input: FuzzInput) => {
    if (counting) tried++;
    // A long run says how far it is, on stderr, once a minute.
    if (performance.now() - lastNews > 60_000) {
      lastNews = performance.now();
      console.error(`… ${tried} of ${options.runs} inputs tried, ${failures.length} kinds of failure so far, ${((lastNews - started) / 60_000).toFixed(0)} min`);
    }
    const start = performance.now();
    const analysis = analyses(input.text);
    let ms = performance.now() - start;
    // A slow input is timed twice more before it counts, so a pause of the shared machine is not blamed on it.
    if (ms > boundMs(input.text.length)) ms = Math.min(ms, time(input.text), time(input.text));
    if (counting) {
      const timed = { ms, size: input.text.length, text: input.text };
      remember(slowest, timed, options.slowest);
      if (ms > boundMs(input.text.length)) slow.push(timed);
    }
    const spent = (name: string, check: () => void) => {
      const from = performance.now();
      check();
      if (counting) perProperty.set(name, (perProperty.get(name) ?? 0) + performance.now() - from);
    };
    if (counting) perProperty.set('parse and analyse', (perProperty.get('parse and analyse') ?? 0) + ms);
    spent('ranges', () => rangesInside(input, analysis));
    spent('formatting', () => formattingKeepsWords(input));
    spent('code actions', () => fixesKeepWords(input, analysis));
    spent('incremental reading', () => readsIncrementally(input));
  });

  // fast-check stops at the first failure; the run goes on from a new seed until N inputs were tried.
  // A failure of a new kind is then shrunk, for at most --shrink seconds, to a small input that shows it.
  let seed = options.seed;
  while (tried < options.runs && failures.length < 20) {
    const before = tried;
    const replay = options.path && seed === options.seed ? { path: options.path } : {};
    const details = fc.check(property, { numRuns: options.runs - tried, seed, endOnFailure: true, ...replay });
    tried = before + details.numRuns;
    if (details.failed) {
      const path = details.counterexamplePath ?? undefined;
      const kind = kindOf(messageOf(details.errorInstance));
      repeats.set(kind, (repeats.get(kind) ?? 0) + 1);
      if (repeats.get(kind) === 1) {
        counting = false;
        const shrunk = fc.check(property, { seed, ...(path && { path }), plugins: [fc.interruptAfterTimeLimit(options.shrinkSeconds * 1000)] });
        counting = true;
        const best = shrunk.failed ? shrunk : details;
        const input = ((best.counterexample ?? details.counterexample) as [FuzzInput] | null)?.[0];
        failures.push({ seed, path: best.counterexamplePath ?? path, message: messageOf(best.errorInstance), text: input?.text ?? '', kind });
      }
    }
    seed = (seed * 48271 + 1) % 2 ** 31;
    // A replay walks fast-check's path to one input, running the property on the way: it tried one input.
    if (options.path) {
      tried = 1;
      break;
    }
  }

  report(options, { tried, seconds: (performance.now() - started) / 1000, slowest, slow, failures, repeats, perProperty });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error instanceof PropertyFailure ? error.message : `${error.name}: ${error.message}`) : String(error);
}

function report(options: Options, run: { tried: number; seconds: number; slowest: Timed[]; slow: Timed[]; failures: Failure[]; repeats: Map<string, number>; perProperty: Map<string, number> }): void {
  mkdirSync(options.out, { recursive: true });
  const lines: string[] = [];
  const say = (line = '') => lines.push(line);
  const kb = (size: number) => `${(size / 1024).toFixed(1)} KB`;
  const save = (name: string, text: string) => {
    const file = join(options.out, name);
    writeFileSync(file, text);
    return file;
  };
  say(`Tried ${run.tried} inputs in ${run.seconds.toFixed(0)} s (seed ${options.seed}, scale ${options.scale}).`);
  say(`Time per property: ${[...run.perProperty].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}.`);
  say();
  say(`The ${run.slowest.length} slowest to parse and analyse:`);
  run.slowest.forEach((t, i) => say(`  ${t.ms.toFixed(1).padStart(8)} ms  ${kb(t.size).padStart(9)}  ${save(`slowest-${i + 1}.goals`, t.text)}`));
  say();
  say(`${run.slow.length} inputs over the linear bound (100 ms per 10 KB, at least 100 ms).`);
  run.slow.slice(0, 10).forEach((t, i) => say(`  ${t.ms.toFixed(1)} ms for ${kb(t.size)} (bound ${boundMs(t.size).toFixed(0)} ms): ${save(`over-bound-${i + 1}.goals`, t.text)}`));
  say();
  say(`${run.failures.length} kinds of failure.`);
  run.failures.forEach((f, i) => {
    say();
    say(`${i + 1}. ${f.message.split('\n')[0]}`);
    say(`   seen ${run.repeats.get(f.kind)} times; replay: npm run fuzz -- --seed ${f.seed}${f.path ? ` --path ${f.path}` : ''} --scale ${options.scale} --runs 1`);
    say(`   the smallest input found (${kb(f.text.length)}): ${save(`failure-${i + 1}.goals`, f.text)}`);
    say(`   as a string: ${f.text.length <= 300 ? JSON.stringify(f.text) : '(too long to show; see the file)'}`);
  });
  say();
  say(`This report: ${save('report.txt', `${lines.join('\n')}\n`)}`);
  console.log(lines.join('\n'));
  if (run.failures.length > 0 || run.slow.length > 0) process.exitCode = 1;
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
