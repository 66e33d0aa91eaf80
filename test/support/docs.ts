/** Reading docs/format.md, for the tests that hold the docs to the core's tables. */
import { readFileSync } from 'node:fs';

/** A section of docs/format.md, from its `## ` heading up to the next one. */
export function formatSection(heading: string): string {
  const format = readFileSync(new URL('../../docs/format.md', import.meta.url), 'utf8');
  const start = format.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/format.md has no section '${heading}'`);
  const end = format.indexOf('\n## ', start + 1);
  return format.slice(start, end < 0 ? undefined : end);
}
