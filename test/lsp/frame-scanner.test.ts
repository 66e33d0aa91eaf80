// The frame scanner on its own: well-formed frames, each way a frame can be broken, and the
// property that how the bytes are cut into chunks never changes what is read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameScanner, findFrameStart, type FrameEvent } from '../../server/src/lsp/frame-scanner';

const frame = (json: string) => `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
const A = '{"jsonrpc":"2.0","id":1,"method":"a"}';
const B = '{"jsonrpc":"2.0","method":"b","params":{"text":"héllo 😀"}}';

/** What the scanner reads from `stream` fed in the given chunk sizes, as short strings. */
function scan(stream: string | Buffer, sizes: readonly number[] = [], maxBody?: number): string[] {
  const bytes = typeof stream === 'string' ? Buffer.from(stream, 'utf8') : stream;
  const scanner = new FrameScanner(maxBody);
  const events: FrameEvent[] = [];
  let at = 0;
  for (const size of sizes) {
    events.push(...scanner.push(bytes.subarray(at, at + size)));
    at += size;
  }
  events.push(...scanner.push(bytes.subarray(at)));
  return events.map((e) => (e.kind === 'body' ? `body ${e.body.toString('utf8')}` : e.kind === 'cut-short' ? `cut ${e.body.toString('utf8')}` : e.kind === 'bad-header' ? `bad: ${e.reason}` : `too large: ${e.length}`));
}

describe('the frame scanner', () => {
  it('reads frames back to back, with other headers and any case of Content-Length', () => {
    const typed = `content-length: ${A.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${A}`;
    expect(scan(frame(A) + typed + frame(B))).toEqual([`body ${A}`, `body ${A}`, `body ${B}`]);
  });

  it('reads an empty body as an empty body', () => {
    expect(scan('Content-Length: 0\r\n\r\n' + frame(A))).toEqual(['body ', `body ${A}`]);
  });

  it.each([
    ['non-numeric', 'Content-Length: abc\r\n\r\n{}', 'Content-Length is not a whole number of bytes'],
    ['negative', 'Content-Length: -5\r\n\r\n{}', 'Content-Length is not a whole number of bytes'],
    ['fractional', 'Content-Length: 2.5\r\n\r\n{}', 'Content-Length is not a whole number of bytes'],
    ['missing', 'Content-Type: application/json\r\n\r\n{}', 'the header has no Content-Length'],
    ['LF only', 'Content-Length: 2\n\n{}', 'header lines must end with CR LF, not LF alone'],
    ['a CR alone', 'Content-Length: 2\r\r{}', 'a header line has a CR that is not followed by LF'],
    ['not a header line', 'hello there\r\n\r\n{}', 'a header line is not "Name: value"'],
    ['binary', '\u0000\u0001\u0002\r\n\r\n', 'the header holds bytes that are not plain text'],
    ['two lengths', 'Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}', 'the header has two different Content-Length values'],
  ])('skips a frame with a %s header and reads the next frame', (_name, broken, reason) => {
    expect(scan(broken + frame(A))).toEqual([`bad: ${reason}`, `body ${A}`]);
  });

  it('skips a frame too large to read, finding the next frame by its header', () => {
    expect(scan(`Content-Length: 99999999999999999999\r\n\r\n{"x":1}${frame(A)}`, [], 1000)).toEqual(['too large: 100000000000000000000', `body ${A}`]);
    expect(scan(`Content-Length: 2000\r\n\r\n${'x'.repeat(2000)}${frame(A)}`, [], 1000)).toEqual(['too large: 2000', `body ${A}`]);
  });

  it('cuts a body short where the next frame begins inside it, and reads that frame', () => {
    expect(scan(`Content-Length: 500\r\n\r\n{"id":1${frame(A)}${frame(B)}`)).toEqual(['cut {"id":1', `body ${A}`, `body ${B}`]);
  });

  it('finds the next frame glued to the rest of a body whose length was understated', () => {
    expect(scan(`Content-Length: 5\r\n\r\n{"a":1}${frame(A)}`)).toEqual(['body {"a":', 'bad: a header line is not "Name: value"', `body ${A}`]);
  });

  it('finds the next frame after garbage between frames, and after a header that never ends', () => {
    expect(scan(`${frame(A)}garbage without a header ${frame(B)}`)).toEqual([`body ${A}`, 'bad: a header line is not "Name: value"', `body ${B}`]);
    expect(scan(`X-Long: ${'y'.repeat(9000)}${frame(A)}`)).toEqual(['bad: the header is too long', `body ${A}`]);
  });

  it('never takes a frame start from inside valid JSON', () => {
    const json = JSON.stringify({ text: 'Content-Length: 12\r\n\r\nnot a frame', more: 'content-length:5\r\n' });
    expect(findFrameStart(Buffer.from(json))).toBe(-1);
    expect(scan(frame(json) + frame(A))).toEqual([`body ${json}`, `body ${A}`]);
  });

  it('reads the same however the bytes are cut into chunks', () => {
    const stream = [frame(A), 'Content-Length: x\r\n\r\n{}', frame(B), 'Content-Length: 2\n\n{}', `Content-Length: 300\r\n\r\n{"a"`, frame(A), '\u0000junk', frame(B), 'Content-Length: 3\r\n\r\n{"b":2}', frame(A)].join('');
    const whole = scan(stream);
    expect(whole).toEqual([
      `body ${A}`,
      'bad: Content-Length is not a whole number of bytes',
      `body ${B}`,
      'bad: header lines must end with CR LF, not LF alone',
      'cut {"a"',
      `body ${A}`,
      'bad: the header holds bytes that are not plain text',
      `body ${B}`,
      'body {"b',
      'bad: a header line is not "Name: value"',
      `body ${A}`,
    ]);
    const length = Buffer.byteLength(stream);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: length }), (sizes) => {
        expect(scan(stream, sizes)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a large body arriving in many chunks', () => {
    const big = JSON.stringify({ text: 'goal x: '.repeat(200_000) });
    const sizes = Array.from({ length: Math.ceil(big.length / 65_536) + 1 }, () => 65_536);
    expect(scan(frame(big) + frame(A), sizes).map((e) => e.length)).toEqual([`body ${big}`.length, `body ${A}`.length]);
  });
});
