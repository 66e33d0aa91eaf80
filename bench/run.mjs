// `npm run bench`: Goalpost side by side with the tools a user would pick instead, on the same content,
// and the language server through the real protocol. Prints one Markdown table per part; docs/performance.md
// holds the latest. Nothing here is a test: it measures, and never fails on a number.
//
//   node bench/run.mjs [--sizes 0.1,1,10] [--runs 5] [--parts cli,folder,lsp] [--no-anchors]
//
// Every process is timed whole (start to exit, wall clock), with its peak memory read by bench/rss.cjs;
// the runs of each size are interleaved (goalpost, then each anchor, then goalpost again...) so a busy
// moment of the machine falls on all of them, and the median is shown. The anchors are the floor of
// JavaScript (read + JSON.parse of the same content as JSON), ajv-cli validating it as YAML against a
// JSON schema, and markdownlint-cli2 on it as Markdown; they are the benchmark's own dependencies
// (bench/package.json), installed into bench/node_modules on the first run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { journal, render } from './journal.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = join(root, 'bench');
const cli = join(root, 'server/bin/goalpost.js');
const serverBin = join(root, 'server/bin/goalpost-language-server.js');
const rssHook = join(bench, 'rss.cjs');

function options(argv) {
  const get = (name, fallback) => {
    const at = argv.indexOf(name);
    return at === -1 ? fallback : argv[at + 1];
  };
  const sizes = get('--sizes', '0.1,1,10').split(',').map(Number);
  const runs = Number(get('--runs', '5'));
  const parts = get('--parts', 'cli,folder,lsp').split(',');
  if (sizes.some((s) => !(s > 0)) || !(runs >= 1) || parts.some((p) => !['cli', 'folder', 'lsp'].includes(p))) {
    console.error('usage: node bench/run.mjs [--sizes 0.1,1,10] [--runs 5] [--parts cli,folder,lsp] [--no-anchors]');
    process.exit(2);
  }
  return { sizes, runs, parts, anchors: !argv.includes('--no-anchors') };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const seconds = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const mib = (bytes) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const ratio = (a, b) => (a >= b ? `${(a / b).toFixed(1)}× slower` : `${(b / a).toFixed(1)}× faster`);

/** Runs one Node program to its end; its wall time in ms and its peak memory in bytes. */
function timeNode(args, cwd) {
  const rssFile = join(tmpdir(), `goalpost-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', rssHook, ...args], {
    cwd,
    env: { ...process.env, GOALPOST_BENCH_RSS: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // Exit code 1 is "findings", which a generated journal has; 2 and above mean the run itself failed.
  if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')} failed (${result.status ?? result.signal}): ${String(result.stderr).slice(0, 500)}`);
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  rmSync(rssFile, { force: true });
  return { ms, rss };
}

/** The anchors' programs, installed on first use into bench/node_modules from bench/package-lock.json. */
function anchorPrograms() {
  const ajv = join(bench, 'node_modules/ajv-cli/dist/index.js');
  const markdownlint = join(bench, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  if (!existsSync(ajv) || !existsSync(markdownlint)) {
    console.error('bench: installing the anchors (ajv-cli, markdownlint-cli2) into bench/node_modules...');
    const install = spawnSync('npm', ['ci', '--prefix', bench, '--no-audit', '--no-fund', '--ignore-scripts'], { stdio: 'inherit' });
    if (install.status !== 0) throw new Error('could not install the anchors: run `npm ci --prefix bench`, or pass --no-anchors');
  }
  return { ajv, markdownlint };
}

const SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['date', 'kind'],
    additionalProperties: false,
    properties: {
      date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      kind: { type: 'string' },
      goal: { type: ['string', 'null'] },
      value: { type: ['string', 'null'] },
      note: { type: ['string', 'null'] },
    },
  },
};

const SLOW_MS = 30_000;

/** The CLI part: check, fmt --check and score on each size, beside the anchors on the same content. */
function cliPart(dir, { sizes, runs, anchors }) {
  const programs = anchors ? anchorPrograms() : undefined;
  writeFileSync(join(dir, 'schema.json'), JSON.stringify(SCHEMA));
  writeFileSync(join(dir, 'parse.js'), "JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'));\n");
  const rows = [];
  for (const size of sizes) {
    const bytes = Math.round(size * 1_000_000);
    const { text, last } = journal(bytes, 1);
    const name = `journal-${size}mb`;
    writeFileSync(join(dir, `${name}.goals`), text);
    for (const format of ['json', 'yaml', 'md']) writeFileSync(join(dir, `${name}.${format}`), render(format, bytes, 1));
    // The day after the journal's last entry, so no line is in the future.
    const today = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const commands = {
      check: [cli, 'check', '--today', today, `${name}.goals`],
      'fmt --check': [cli, 'fmt', '--check', `${name}.goals`],
      score: [cli, 'score', '--today', today, `${name}.goals`],
      'JSON.parse': ['parse.js', `${name}.json`],
      ...(programs && {
        'ajv-cli (YAML)': [programs.ajv, 'validate', '-s', 'schema.json', '-d', `${name}.yaml`, '--spec=draft7', '--all-errors=false'],
        'markdownlint-cli2': [programs.markdownlint, `${name}.md`],
      }),
    };
    const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
    for (let run = 0; run < runs; run++) {
      for (const [label, args] of Object.entries(commands)) {
        // A run of over half a minute (markdownlint-cli2 on 10 MB) is timed once: its noise is small
        // beside its size, and repeating it would take the benchmark past ten minutes.
        if (run > 0 && times[label][0].ms > SLOW_MS) continue;
        times[label].push(timeNode(args, dir));
      }
    }
    const result = Object.fromEntries(
      Object.entries(times).map(([label, list]) => [label, { ms: median(list.map((t) => t.ms)), rss: Math.max(...list.map((t) => t.rss)) }]),
    );
    rows.push({ size, bytes: Buffer.byteLength(text), result });
  }
  return rows;
}

function printCli(rows) {
  const out = ['| size | work | time (median) | peak memory | beside read + JSON.parse | beside ajv-cli | beside markdownlint-cli2 |', '|---|---|---:|---:|---|---|---|'];
  for (const { size, result } of rows) {
    const floor = result['JSON.parse'];
    const ajv = result['ajv-cli (YAML)'];
    const md = result['markdownlint-cli2'];
    for (const [label, r] of Object.entries(result)) {
      const mine = label === 'check' || label === 'fmt --check' || label === 'score';
      out.push(
        `| ${size} MB | ${mine ? `\`goalpost ${label}\`` : label} | ${seconds(r.ms)} | ${mib(r.rss)} | ${mine ? ratio(r.ms, floor.ms) : ''} | ${mine && ajv ? ratio(r.ms, ajv.ms) : ''} | ${mine && md ? ratio(r.ms, md.ms) : ''} |`,
      );
    }
  }
  return out.join('\n');
}

/** The folder part: 5,000 small plans, `goalpost check folder` beside reading and parsing the same files as JSON. */
function folderPart(dir, { runs }) {
  const folder = join(dir, 'plans');
  const jsonFolder = join(dir, 'plans-json');
  mkdirSync(folder, { recursive: true });
  mkdirSync(jsonFolder, { recursive: true });
  let total = 0;
  for (let i = 0; i < 5000; i++) {
    const bytes = 2800 + (i % 7) * 50;
    const { text } = journal(bytes, i + 1, { small: true });
    total += Buffer.byteLength(text);
    writeFileSync(join(folder, `plan-${i}.goals`), text.replace(/^plan: .*$/m, `plan: Plan ${i}`));
    writeFileSync(join(jsonFolder, `plan-${i}.json`), render('json', bytes, i + 1));
  }
  writeFileSync(
    join(dir, 'parse-folder.js'),
    "const fs = require('node:fs'); const path = require('node:path'); const d = process.argv[2];\nfor (const f of fs.readdirSync(d)) JSON.parse(fs.readFileSync(path.join(d, f), 'utf8'));\n",
  );
  const one = join(dir, 'one-big.goals');
  writeFileSync(one, journal(total, 1).text);
  const commands = {
    'goalpost check, 5,000 plans': [cli, 'check', '--today', '2200-01-01', 'plans'],
    'goalpost check, one plan of the same total size': [cli, 'check', '--today', '2200-01-01', 'one-big.goals'],
    'read + JSON.parse, 5,000 files': ['parse-folder.js', 'plans-json'],
  };
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let run = 0; run < runs; run++) for (const [label, args] of Object.entries(commands)) times[label].push(timeNode(args, dir));
  const out = [`5,000 plans, ${(total / 1e6).toFixed(1)} MB in all:`, '', '| work | time (median) | peak memory |', '|---|---:|---:|'];
  for (const [label, list] of Object.entries(times)) out.push(`| ${label} | ${seconds(median(list.map((t) => t.ms)))} | ${mib(Math.max(...list.map((t) => t.rss)))} |`);
  return out.join('\n');
}

/** A minimal LSP client over stdio: Content-Length frames, requests with ids, notifications. */
class Client {
  constructor(args, cwd) {
    this.started = process.hrtime.bigint();
    this.child = spawn(process.execPath, [serverBin, '--stdio', ...args], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    this.pending = new Map();
    this.listeners = [];
    this.nextId = 1;
    let buffer = Buffer.alloc(0);
    this.child.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end === -1) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
        if (buffer.length < end + 4 + length) return;
        const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
        buffer = buffer.subarray(end + 4 + length);
        this.receive(message);
      }
    });
  }

  receive(message) {
    if (message.id !== undefined && message.method === undefined) {
      const done = this.pending.get(message.id);
      this.pending.delete(message.id);
      done?.(message);
      return;
    }
    // Requests from the server (configuration, capability registration, refresh) get an empty answer.
    if (message.id !== undefined) this.send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => null) : null });
    for (const listener of this.listeners) listener(message);
  }

  send(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  waitFor(predicate) {
    return new Promise((resolve) => this.listeners.push((m) => predicate(m) && resolve(m)));
  }

  /** The server's peak resident memory so far (Linux), in bytes. */
  peakMemory() {
    try {
      const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'))?.[1];
      return kb ? Number(kb) * 1024 : NaN;
    } catch {
      return NaN;
    }
  }

  async close() {
    await this.request('shutdown', null);
    this.notify('exit', null);
  }
}

async function timed(work) {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** One document through the server: cold start, edits with pulled diagnostics, completion, hover, lenses, symbols, formatting. */
async function serverRun(parent, text, label, edits) {
  // Each document in a folder of its own: the server indexes its workspace folder, and the
  // benchmark's other files must not be part of what this run measures.
  const dir = join(parent, `lsp-${label}`);
  mkdirSync(dir, { recursive: true });
  const uri = `file://${join(dir, `${label}.goals`)}`;
  writeFileSync(join(dir, `${label}.goals`), text);
  const client = new Client([], dir);
  const capabilities = { textDocument: { diagnostic: {}, completion: {}, hover: {}, synchronization: { didSave: true } }, workspace: { configuration: true } };
  let cold = 0;
  await client.request('initialize', { processId: process.pid, rootUri: `file://${dir}`, capabilities, workspaceFolders: [{ uri: `file://${dir}`, name: 'bench' }] });
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'goals', version: 1, text } });
  await client.request('textDocument/diagnostic', { textDocument: { uri } });
  cold = Number(process.hrtime.bigint() - client.started) / 1e6;

  const lines = text.split('\n');
  let line = lines.length - 1;
  let version = 1;
  const lastDate = /^\d{4}-\d{2}-\d{2}/.exec([...lines].reverse().find((l) => /^\d{4}-\d{2}-\d{2}/.test(l)) ?? '')?.[0] ?? '2026-12-01';
  // Where the next keystrokes go: after what was typed last, as in an editor.
  let character = 0;
  const edit = (newText) => {
    version += 1;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: newText }],
    });
    const typed = newText.split('\n');
    line += typed.length - 1;
    character = (typed.length > 1 ? 0 : character) + typed.at(-1).length;
  };
  const pulled = [];
  const completion = [];
  const completionAfterEdit = [];
  const hover = [];
  const hoverLine = lines.findIndex((l) => / progress [\w-]+:/.test(l));
  const hoverCharacter = Math.max(0, lines[hoverLine]?.indexOf('progress ') + 'progress '.length + 1);
  for (let i = 0; i < edits; i++) {
    edit(`${lastDate} note: edit ${i} of the benchmark, a line a client might add\n`);
    pulled.push(await timed(() => client.request('textDocument/diagnostic', { textDocument: { uri } })));
    edit(`${lastDate} prog`);
    completionAfterEdit.push(await timed(() => client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: `${lastDate} prog`.length } })));
    completion.push(await timed(() => client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: `${lastDate} prog`.length } })));
    edit('ress sober-year: 0 drinks/week\n');
    if (hoverLine >= 0) hover.push(await timed(() => client.request('textDocument/hover', { textDocument: { uri }, position: { line: hoverLine, character: hoverCharacter } })));
  }
  const others = {};
  for (const [name, method, params] of [
    ['code lens', 'textDocument/codeLens', { textDocument: { uri } }],
    ['document symbols', 'textDocument/documentSymbol', { textDocument: { uri } }],
    ['formatting', 'textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }],
  ]) {
    const times = [];
    for (let i = 0; i < 5; i++) times.push(await timed(() => client.request(method, params)));
    others[name] = percentile(times, 95);
  }
  const memory = client.peakMemory();
  await client.close();
  const p = (values) => `${seconds(percentile(values, 50))} / ${seconds(percentile(values, 95))}`;
  return { label, cold, pulled: p(pulled), completion: p(completion), completionAfterEdit: seconds(percentile(completionAfterEdit, 95)), hover: hover.length ? p(hover) : '–', others, memory, bytes: Buffer.byteLength(text) };
}

/** The workspace part of the server: 5,000 plan files, initialize until workspace/symbol lists them all. */
async function workspaceRun(dir) {
  const folder = join(dir, 'plans');
  if (!existsSync(folder)) return undefined;
  const client = new Client([], folder);
  const capabilities = { workspace: { configuration: true, symbol: {} }, window: { workDoneProgress: true } };
  await client.request('initialize', { processId: process.pid, rootUri: `file://${folder}`, capabilities, workspaceFolders: [{ uri: `file://${folder}`, name: 'plans' }] });
  client.notify('initialized', {});
  let found = 0;
  for (let attempt = 0; attempt < 1200 && found < 5000; attempt++) {
    const symbols = (await client.request('workspace/symbol', { query: '' })).result ?? [];
    found = new Set(symbols.map((s) => s.location?.uri)).size;
    if (found < 5000) await new Promise((r) => setTimeout(r, 100));
  }
  const ms = Number(process.hrtime.bigint() - client.started) / 1e6;
  const memory = client.peakMemory();
  await client.close();
  return { ms, found, memory };
}

async function lspPart(dir, runsDone) {
  const small = readFileSync(join(root, 'samples/anxiety-panic.goals'), 'utf8');
  const tenKb = small.length >= 10_000 ? small : `${small}\n${journal(10_000 - small.length, 7).text.split('\n').filter((l) => /^\d{4}-/.test(l)).join('\n')}\n`;
  const results = [await serverRun(dir, tenKb, 'plan-10kb', 20), await serverRun(dir, journal(1_000_000, 1).text, 'journal-1mb', 20)];
  const out = [
    '| work | ' + results.map((r) => `${r.label} (${Math.round(r.bytes / 1024)} KiB)`).join(' | ') + ' |',
    '|---|' + results.map(() => '---:').join('|') + '|',
    `| spawn → first pulled diagnostics | ${results.map((r) => seconds(r.cold)).join(' | ')} |`,
    `| edit → pulled diagnostics, p50 / p95 | ${results.map((r) => r.pulled).join(' | ')} |`,
    `| completion p50 / p95 | ${results.map((r) => r.completion).join(' | ')} |`,
    `| completion right after an edit, p95 | ${results.map((r) => r.completionAfterEdit).join(' | ')} |`,
    `| hover p50 / p95 | ${results.map((r) => r.hover).join(' | ')} |`,
    ...['code lens', 'document symbols', 'formatting'].map((k) => `| ${k}, p95 | ${results.map((r) => seconds(r.others[k])).join(' | ')} |`),
    `| server peak memory | ${results.map((r) => mib(r.memory)).join(' | ')} |`,
  ];
  const workspace = runsDone.includes('folder') ? await workspaceRun(dir) : undefined;
  if (workspace) out.push('', `5,000 plans: initialize → workspace/symbol lists ${workspace.found} of them: ${seconds(workspace.ms)}, server peak memory ${mib(workspace.memory)}`);
  return out.join('\n');
}

const opts = options(process.argv.slice(2));
if (!existsSync(join(root, 'server/dist/cli.js')) || !existsSync(join(root, 'server/dist/server.cjs'))) {
  console.error('bench: the CLI and server are not built; run `npm run build` first');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'goalpost-bench-'));
try {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`Goalpost benchmark, ${new Date().toISOString().slice(0, 10)}, on ${machine}; median of ${opts.runs} interleaved runs.\n`);
  if (opts.parts.includes('cli')) console.log(`${printCli(cliPart(dir, opts))}\n`);
  if (opts.parts.includes('folder')) console.log(`${folderPart(dir, opts)}\n`);
  if (opts.parts.includes('lsp')) console.log(`${await lspPart(dir, opts.parts)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
