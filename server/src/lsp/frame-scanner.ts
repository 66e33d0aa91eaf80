/**
 * Cuts the bytes from the editor into LSP frames: `Content-Length: N` CR LF, other headers, CR LF,
 * then N bytes of body. A broken frame costs only itself: after a bad header the scanner skips to
 * the next well-formed `Content-Length` header, so one bad message never leaves the server deaf.
 * Pure and incremental: it sees chunks as they arrive and never rescans a large body.
 */

/** What the scanner found: a body, or a frame it had to give up on (described without its content). */
export type FrameEvent =
  | { readonly kind: 'body'; readonly body: Buffer }
  /** The body ended early: another frame's header began inside it, so it cannot be valid JSON. */
  | { readonly kind: 'cut-short'; readonly body: Buffer; readonly declared: number }
  | { readonly kind: 'bad-header'; readonly reason: string }
  | { readonly kind: 'too-large'; readonly length: number };

/** The largest body the server reads: a 64 MiB message is far beyond any plan a person writes. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Headers are a line or two; more than this without an empty line is not a header. */
const MAX_HEADER_BYTES = 8 * 1024;
/** Long enough to hold any frame signature, so one split across two chunks is still found. */
const OVERLAP = 64;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const EMPTY = Buffer.alloc(0);
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * Where a frame starts. Valid JSON can never hold it (raw CR and LF are not allowed inside JSON
 * strings, and letters outside strings spell only true, false and null), so finding it inside a
 * body proves the body was cut short.
 */
const FRAME_START = /content-length:[ \t]{0,8}\d{1,20}\r\n/i;

/**
 * A header block read, or why not. `resume` is where the next frame start may be looked for: past
 * a whole block that was complete but wrong, else just past its first byte, because the start of a
 * real frame can follow garbage on the same line (the rest of a body whose length was understated).
 */
type Header =
  | { kind: 'wait' }
  | { kind: 'ok'; length: number; size: number }
  | { kind: 'bad'; reason: string; resume: number }
  | { kind: 'too-large'; length: number };

/** Reads one header block from the start of `bytes`, which must begin exactly at a header. */
export function readHeader(bytes: Buffer, maxBody: number): Header {
  let position = 0;
  let length: number | undefined;
  let conflict = false;
  for (;;) {
    const lf = bytes.indexOf(LF, position);
    const end = lf < 0 ? bytes.length : lf;
    for (let i = position; i < end; i++) {
      const byte = bytes[i]!;
      // A CR may only end a line (one at the very end of the bytes so far may still be followed by LF).
      if (byte === CR && i === end - 1) continue;
      if (byte === CR) return bad('a header line has a CR that is not followed by LF');
      if (byte !== TAB && (byte < 0x20 || byte > 0x7e)) return bad('the header holds bytes that are not plain text');
    }
    if (lf < 0) return bytes.length > MAX_HEADER_BYTES ? bad('the header is too long') : { kind: 'wait' };
    if (lf === position || bytes[lf - 1] !== CR) return bad('header lines must end with CR LF, not LF alone');
    const line = bytes.toString('latin1', position, lf - 1);
    position = lf + 1;
    if (line === '') {
      if (conflict) return bad('the header has two different Content-Length values', position);
      return length === undefined ? bad('the header has no Content-Length', position) : { kind: 'ok', length, size: position };
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || !TOKEN.test(line.slice(0, colon))) return bad('a header line is not "Name: value"');
    if (line.slice(0, colon).toLowerCase() === 'content-length') {
      const value = line.slice(colon + 1).trim();
      if (!/^\d+$/.test(value)) return bad('Content-Length is not a whole number of bytes');
      const declared = Number(value);
      if (declared > maxBody) return { kind: 'too-large', length: declared };
      conflict ||= length !== undefined && length !== declared;
      length = declared;
    }
    if (position > MAX_HEADER_BYTES) return bad('the header is too long');
  }
}

function bad(reason: string, resume = 1): Header {
  return { kind: 'bad', reason, resume };
}

/** The index of the first frame start in `bytes` at or after `from`, or -1. */
export function findFrameStart(bytes: Buffer, from = 0): number {
  if (from >= bytes.length) return -1;
  // latin1 maps each byte to one character, so string indices are byte offsets.
  const match = FRAME_START.exec(bytes.toString('latin1', from));
  return match ? from + match.index : -1;
}

export class FrameScanner {
  private state: 'header' | 'skip' | 'body' = 'header';
  /** Bytes of a header not yet complete, or of garbage being skipped (then at most OVERLAP of them). */
  private pending: Buffer = EMPTY;
  /** In skip state: no frame may start before this index of `pending` (the bad header itself). */
  private skipFrom = 0;
  private declared = 0;
  private parts: Buffer[] = [];
  private collected = 0;
  /** The last bytes of the body so far, searched again with the next chunk for a frame start. */
  private overlap: Buffer = EMPTY;

  constructor(private readonly maxBody = MAX_BODY_BYTES) {}

  /** Takes the next chunk of the stream; answers what it completed. */
  push(chunk: Buffer): FrameEvent[] {
    const events: FrameEvent[] = [];
    let input = chunk;
    for (;;) {
      if (this.state === 'body') {
        if (input.length === 0 && this.collected < this.declared) return events;
        input = this.takeBody(input, events);
        continue;
      }
      if (input.length > 0) this.pending = this.pending.length > 0 ? Buffer.concat([this.pending, input]) : input;
      input = EMPTY;
      if (this.state === 'skip') {
        if (!this.resynchronise()) return events;
        continue;
      }
      const header = readHeader(this.pending, this.maxBody);
      if (header.kind === 'wait') return events;
      if (header.kind === 'ok') {
        input = this.pending.subarray(header.size);
        this.pending = EMPTY;
        this.startBody(header.length);
        continue;
      }
      events.push(header.kind === 'bad' ? { kind: 'bad-header', reason: header.reason } : { kind: 'too-large', length: header.length });
      this.state = 'skip';
      this.skipFrom = header.kind === 'bad' ? header.resume : 1;
    }
  }

  private startBody(declared: number): void {
    this.state = 'body';
    this.declared = declared;
    this.parts = [];
    this.collected = 0;
    this.overlap = EMPTY;
  }

  /** Adds bytes to the body; answers the bytes left over once it is complete (or cut short). */
  private takeBody(input: Buffer, events: FrameEvent[]): Buffer {
    const part = input.subarray(0, this.declared - this.collected);
    const rest = input.subarray(part.length);
    const window = this.overlap.length > 0 ? Buffer.concat([this.overlap, part]) : part;
    const start = findFrameStart(window);
    if (start >= 0) {
      const whole = Buffer.concat([...this.parts, part]);
      const cut = this.collected - this.overlap.length + start;
      events.push({ kind: 'cut-short', body: whole.subarray(0, cut), declared: this.declared });
      this.state = 'header';
      this.parts = [];
      return Buffer.concat([whole.subarray(cut), rest]);
    }
    this.parts.push(part);
    this.collected += part.length;
    this.overlap = window.subarray(Math.max(0, window.length - OVERLAP));
    if (this.collected < this.declared) return rest;
    events.push({ kind: 'body', body: this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts) });
    this.state = 'header';
    this.parts = [];
    return rest;
  }

  /** Drops garbage up to the next frame start; false when none has arrived yet. */
  private resynchronise(): boolean {
    const start = findFrameStart(this.pending, this.skipFrom);
    if (start >= 0) {
      this.pending = this.pending.subarray(start);
      this.state = 'header';
      return true;
    }
    const dropped = Math.max(0, this.pending.length - OVERLAP);
    this.pending = this.pending.subarray(dropped);
    this.skipFrom = Math.max(0, this.skipFrom - dropped);
    return false;
  }
}
