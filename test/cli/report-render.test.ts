// The HTML report as a browser draws it: headless Chromium takes a screenshot, which must be a real,
// non-blank PNG. This suite needs the Debian package `chromium`, so it runs in `npm run test:all`
// (test/prepare-system.mjs installs it), not in the npm-only `npm test`; GOALPOST_CHROMIUM may name
// another binary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { TODAY, root, runGoalpost } from './run-goalpost';

const SAMPLE = 'samples/anxiety-panic.goals';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-report-render-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});


const CHROMIUM = process.env.GOALPOST_CHROMIUM ?? '/usr/bin/chromium';

describe('goalpost report: rendering', () => {
  it('renders in headless Chromium to a plausible PNG', () => {
    const dir = tempDir();
    const page = path.join(dir, 'report.html');
    const png = path.join(dir, 'report.png');
    expect(runGoalpost(['report', '--today', TODAY, '-o', page, path.join(root, SAMPLE)], dir).status).toBe(0);
    const result = spawnSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        `--screenshot=${png}`,
        '--window-size=1200,2000',
        pathToFileURL(page).href,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(existsSync(png), `chromium did not write a screenshot:\n${result.stderr}`).toBe(true);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const { width, height, pixels } = readPng(bytes);
    expect(width).toBeGreaterThanOrEqual(800);
    expect(height).toBeGreaterThanOrEqual(1000);
    // A blank page would be a few distinct byte values; text, rules and charts give many.
    expect(new Set(pixels).size).toBeGreaterThan(50);
  }, 90_000);
});

/** The size from the IHDR chunk and the inflated image data of a PNG; enough to tell a real page from a blank one. */
function readPng(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const idat: Buffer[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), pixels: inflateSync(Buffer.concat(idat)) };
}
