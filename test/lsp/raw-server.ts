/**
 * The built server over stdio at the byte level, for tests that send what no well-behaved client
 * library would: broken frames, invalid JSON, replies that are errors or garbage. The server's own
 * output is read with a strict frame parser, so a malformed reply fails the test.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const launcher = fileURLToPath(new URL('../../server/bin/goalpost-language-server.js', import.meta.url));

export interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

/** How the test client answers a request from the server: a result, an error, or raw bytes of its choosing. */
export type Answer = { result: unknown } | { error: { code: number; message: string } } | { raw: string } | 'ignore';

/** Frames a JSON text as the protocol says: a Content-Length header in bytes, CR LF line ends. */
export function frame(json: string): string {
  return `Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`;
}

export class RawServer {
  readonly process: ChildProcessWithoutNullStreams;
  readonly received: Message[] = [];
  stderr = '';
  /** Answers to requests the server sends, by method; unlisted methods are answered with null. */
  readonly answers = new Map<string, Answer>();
  /** Server-to-client requests seen, by method. */
  readonly serverRequests: string[] = [];
  private nextId = 1;
  private pendingChunks: Buffer[] = [];
  private pendingBytes = 0;
  private bodyLength: number | undefined;
  private readonly waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  private readonly stderrWaiters: { test: (lines: string[]) => boolean; resolve: (lines: string[]) => void }[] = [];
  readonly exited: Promise<number | null>;

  /** `nodeOptions` go to Node before the launcher, such as `--require` for a test's preload. */
  constructor(args: readonly string[] = ['--stdio'], nodeOptions: readonly string[] = []) {
    this.process = spawn(process.execPath, [...nodeOptions, launcher, ...args], { stdio: 'pipe' });
    this.process.stderr.on('data', (chunk) => {
      this.stderr += String(chunk);
      for (const waiter of [...this.stderrWaiters]) {
        if (waiter.test(this.stderrLines)) {
          this.stderrWaiters.splice(this.stderrWaiters.indexOf(waiter), 1);
          waiter.resolve(this.stderrLines);
        }
      }
    });
    this.process.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    // Writing to a server that has exited is what some tests check; the error is not the test's failure.
    this.process.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
  }

  get pid(): number {
    return this.process.pid!;
  }

  /** Writes bytes exactly as given. */
  writeRaw(bytes: string | Buffer): void {
    this.process.stdin.write(bytes);
  }

  send(message: Message): void {
    this.writeRaw(frame(JSON.stringify({ jsonrpc: '2.0', ...message })));
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, ...(params !== undefined && { params }) });
  }

  /** Sends a request and returns its id, for tests that cancel it or look at its answer later. */
  sendRequest(method: string, params?: unknown): number {
    const id = this.nextId++;
    this.send({ id, method, ...(params !== undefined && { params }) });
    return id;
  }

  /** Sends a request and resolves with the whole response message (result or error). */
  request(method: string, params?: unknown): Promise<Message> {
    return this.response(this.sendRequest(method, params));
  }

  response(id: number | string | null): Promise<Message> {
    return this.waitFor((m) => m.id === id && m.method === undefined);
  }

  /** The complete lines written to standard error so far. */
  get stderrLines(): string[] {
    return this.stderr.split('\n').slice(0, -1);
  }

  /** Resolves once the lines on standard error satisfy `test` (standard error is not ordered with standard output). */
  waitForStderr(test: (lines: string[]) => boolean): Promise<string[]> {
    if (test(this.stderrLines)) return Promise.resolve(this.stderrLines);
    return new Promise((resolve) => this.stderrWaiters.push({ test, resolve }));
  }

  /** Resolves with the first message received (or received later) that satisfies `test`, from the `after`-th message on. */
  waitFor(test: (m: Message) => boolean, after = 0): Promise<Message> {
    const seen = this.received.slice(after).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  async initialize(capabilities: Record<string, unknown> = {}, initializationOptions?: unknown): Promise<Message> {
    const answer = await this.request('initialize', { processId: null, rootUri: null, capabilities, ...(initializationOptions !== undefined && { initializationOptions }) });
    this.notify('initialized', {});
    return answer;
  }

  open(uri: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'goals', version, text } });
  }

  /** The exit code once the process has ended, or undefined if it is still running after `ms`. */
  async exitWithin(ms: number): Promise<number | null | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
    const code = await Promise.race([this.exited, timeout]);
    clearTimeout(timer);
    return code;
  }

  kill(): void {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
  }

  /**
   * Splits the server's output into messages; anything that is not a well-formed frame fails
   * loudly. Chunks of a long body are kept in a list and joined once, so large answers read in
   * linear time.
   */
  private read(chunk: Buffer): void {
    this.pendingChunks.push(chunk);
    this.pendingBytes += chunk.length;
    for (;;) {
      if (this.bodyLength === undefined) {
        const head = this.joinPending();
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        const header = head.subarray(0, end).toString('ascii');
        const match = /^Content-Length: (\d+)$/im.exec(header);
        if (!match) throw new Error(`The server wrote a frame without a Content-Length header: ${JSON.stringify(header)}`);
        this.bodyLength = Number(match[1]);
        this.pendingChunks = [head.subarray(end + 4)];
        this.pendingBytes -= end + 4;
      }
      if (this.pendingBytes < this.bodyLength) return;
      const all = this.joinPending();
      const body = all.subarray(0, this.bodyLength).toString('utf8');
      this.pendingChunks = [all.subarray(this.bodyLength)];
      this.pendingBytes -= this.bodyLength;
      this.bodyLength = undefined;
      this.deliver(JSON.parse(body) as Message);
    }
  }

  private joinPending(): Buffer {
    const joined = this.pendingChunks.length === 1 ? this.pendingChunks[0]! : Buffer.concat(this.pendingChunks);
    this.pendingChunks = [joined];
    return joined;
  }

  private deliver(message: Message): void {
    this.received.push(message);
    if (message.method !== undefined && message.id !== undefined) this.answer(message);
    for (const waiter of [...this.waiters]) {
      if (waiter.test(message)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  }

  private answer(request: Message): void {
    this.serverRequests.push(request.method!);
    const answer = this.answers.get(request.method!) ?? { result: null };
    if (answer === 'ignore') return;
    if ('raw' in answer) this.writeRaw(frame(answer.raw.replace('$ID', JSON.stringify(request.id))));
    else this.send({ id: request.id, ...answer });
  }
}
