/**
 * The ids of `goalpost export --fhir`: name-based UUIDs (RFC 9562 version 5) from a seed that stands for the plan and
 * the resource's name in it (`Goal/first-90`), so a re-export updates what an earlier one created instead of
 * duplicating it.
 */
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/** A fixed namespace for Goalpost's name-based UUIDs, so ids never collide with other tools'. */
const UUID_NAMESPACE = '3f0b8f6e-6d0c-4c61-9a8e-52c1a1f0c7d2';

// The system's own realpath gives the name as stored, in the case the file system keeps, on every platform.
const nativeRealpath = promisify(realpath.native);

/**
 * The seed of a plan's ids: the text given with `--id-seed`, else the plan file's real path (links resolved, `/` on
 * every system), which is the same whichever folder the command runs from and whichever way the path is typed.
 */
export async function idSeed(absolute: string, given: string | undefined): Promise<string> {
  if (given !== undefined) return `seed:${given}`;
  const real = await nativeRealpath(absolute).catch(() => absolute);
  return `file:${real.split(path.sep).join('/')}`;
}

/** A name-based UUID (RFC 9562 version 5: SHA-1 of the namespace and the name). */
export function uuidV5(name: string, namespace: string = UUID_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
