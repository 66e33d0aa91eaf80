// The ids of `goalpost export --fhir`: RFC 9562 name-based UUIDs from the plan's seed and each resource's name.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { idSeed, uuidV5 } from '../../server/src/cli/export-ids';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('uuidV5', () => {
  it('matches the RFC 9562 example and an independent implementation', () => {
    // RFC 9562, appendix A.4: the DNS namespace and "www.example.com".
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    // Python's uuid.uuid5 under Goalpost's namespace.
    expect(uuidV5('seed:record 4711#Goal/panic')).toBe('8441cdd4-4125-55f0-997c-e6e56460ff48');
  });
});

describe('idSeed', () => {
  it('is the real path of the plan, so links and ways of writing the path agree, or the given seed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'goalpost-ids-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'plan.goals'), 'goal a: A\n');
    symlinkSync(path.join(dir, 'plan.goals'), path.join(dir, 'link.goals'));
    const seed = await idSeed(path.join(dir, 'plan.goals'), undefined);
    expect(seed).toMatch(/^file:\/.*\/plan\.goals$/);
    expect(await idSeed(path.join(dir, 'link.goals'), undefined)).toBe(seed);
    expect(await idSeed(path.join(dir, '.', 'plan.goals'), undefined)).toBe(seed);
    expect(await idSeed(path.join(dir, 'plan.goals'), 'record 4711')).toBe('seed:record 4711');
  });
});
