// Plans hold people's health goals, so nothing Goalpost ships talks to a network. The server over
// stdio holds no socket but its standard streams, and the bundles contain no network code except
// what vscode-languageserver carries for transports that are asked for by name, listed below.
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { expectHover, ON_GOAL, PLAN } from './fixture';
import { RawServer } from './raw-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const servers: RawServer[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.kill();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Each open file descriptor of a process and what it is: `socket:[123]`, `pipe:[45]`, a path. */
function descriptors(pid: number): Map<number, string> {
  const found = new Map<number, string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      found.set(Number(fd), readlinkSync(`/proc/${pid}/fd/${fd}`));
    } catch {
      // Closed between listing and reading.
    }
  }
  return found;
}

/** The socket inodes a /proc/<pid>/net table lists. */
function socketInodes(pid: number, table: string): Set<string> {
  const lines = readFileSync(`/proc/${pid}/net/${table}`, 'utf8').trim().split('\n').slice(1);
  // In tcp/udp tables the inode is the tenth column; in unix it is the seventh.
  const column = table === 'unix' ? 6 : 9;
  return new Set(lines.map((line) => line.trim().split(/\s+/)[column]!));
}

describe('the server over stdio', () => {
  it('opens no socket: its only sockets are the standard streams Node gave it, and those are local UNIX sockets', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-net-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'other.goals'), PLAN);
    const server = new RawServer();
    servers.push(server);
    await server.request('initialize', {
      processId: null,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'plans' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
    });
    server.notify('initialized', {});
    const uri = pathToFileURL(path.join(dir, 'plan.goals')).href;
    server.open(uri, PLAN);
    await expectHover(server, uri);
    for (const method of ['textDocument/completion', 'textDocument/codeLens', 'textDocument/references']) {
      await server.request(method, { textDocument: { uri }, position: ON_GOAL, context: { includeDeclaration: true } });
    }
    await server.request('workspace/symbol', { query: 'panic' });
    await server.request('goalpost/checkWorkspace', {});
    const open = descriptors(server.pid);
    const sockets = [...open].filter(([, target]) => target.startsWith('socket:'));
    // Node's child_process creates a child's stdio as UNIX socket pairs; nothing else may be a socket.
    expect(sockets.map(([fd]) => fd).filter((fd) => fd > 2)).toEqual([]);
    const unix = socketInodes(server.pid, 'unix');
    const network = ['tcp', 'tcp6', 'udp', 'udp6'].flatMap((table) => [...socketInodes(server.pid, table)]);
    for (const [fd, target] of sockets) {
      const inode = /^socket:\[(\d+)\]$/.exec(target)![1]!;
      expect(unix.has(inode), `fd ${fd} is a UNIX socket`).toBe(true);
      expect(network, `fd ${fd} is not a network socket`).not.toContain(inode);
    }
  });
});

/**
 * Network access the bundles may contain, by bundled module, and why. Everything else that matches
 * NETWORK fails the test, so a dependency that starts phoning home is caught at build time.
 */
const ALLOWED: { module: RegExp; found: readonly string[]; why: string }[] = [
  {
    module: /vscode-jsonrpc\/lib\/node\/main\.js$/,
    found: ['require("net")', 'net_1.createServer', 'net_1.createConnection'],
    why: "vscode-jsonrpc's socket and named-pipe transports, used only when the server is started with --socket or --pipe, never with --stdio or --node-ipc",
  },
  {
    module: /vscode-languageserver\/lib\/node\/files\.js$/,
    found: ['require("child_process")'],
    why: "vscode-languageserver's Files.resolve helpers, which ask npm or yarn where global modules live; Goalpost never calls them, and they start local programs, not connections",
  },
];

/** What counts as network access (and starting programs, which could reach one). */
const NETWORK = [
  /require\("(?:node:)?(?:http|https|http2|net|tls|dgram|dns|child_process|cluster|inspector)"\)/g,
  /from\s*"(?:node:)?(?:http|https|http2|net|tls|dgram|dns|child_process|cluster|inspector)"/g,
  /import\(\s*"(?:node:)?(?:http|https|http2|net|tls|dgram|dns|child_process)"\s*\)/g,
  /\bfetch\s*\(/g,
  // Uses of node:net, as bundled code names them (`net.connect`, `net_1.createServer`).
  /\bnet(?:_\d+)?\.(?:connect|createConnection|createServer|Socket|Server)\b/g,
  /\bWebSocket\b/g,
  /\bXMLHttpRequest\b/g,
  /\bEventSource\b/g,
  /\bnavigator\.sendBeacon\b/g,
];

/** The bundle cut into its modules at esbuild's `// path` comments; code before the first is `(runtime)`. */
function modulesOf(bundle: string): Map<string, string> {
  const modules = new Map<string, string>();
  let name = '(runtime)';
  let code: string[] = [];
  for (const line of bundle.split('\n')) {
    const header = /^\/\/ ((?:node_modules|server|client)\/\S+\.(?:js|cjs|mjs|ts|json))$/.exec(line);
    if (header) {
      modules.set(name, (modules.get(name) ?? '') + code.join('\n'));
      name = header[1]!;
      code = [];
    } else code.push(line);
  }
  modules.set(name, (modules.get(name) ?? '') + code.join('\n'));
  return modules;
}

describe.each(['server/dist/server.cjs', 'server/dist/cli.js'])('the bundle %s', (file) => {
  it('holds no network access but what is listed as allowed', () => {
    const modules = modulesOf(readFileSync(path.join(root, file), 'utf8'));
    // Cutting the bundle must have worked, or the test would pass by finding nothing.
    expect(modules.size).toBeGreaterThan(50);
    const found: string[] = [];
    const allowedSeen = new Set<string>();
    for (const [name, code] of modules) {
      const allowed = ALLOWED.find((entry) => entry.module.test(name));
      for (const pattern of NETWORK) {
        for (const match of code.matchAll(pattern)) {
          if (allowed?.found.includes(match[0])) allowedSeen.add(match[0]);
          else found.push(`${name}: ${match[0]}`);
        }
      }
    }
    expect(found).toEqual([]);
    // The server bundle holds exactly what is allowed, so the list above stays true as dependencies change.
    if (file.endsWith('server.cjs')) expect([...allowedSeen].sort()).toEqual(ALLOWED.flatMap((entry) => entry.found).sort());
  });
});
