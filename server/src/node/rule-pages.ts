/**
 * Where the rules' pages are on this machine: docs/rules/ ships beside the bundles (in a checkout,
 * the npm package and the .vsix), so a finding links to a page that opens offline, in the editor,
 * with no request to any web site.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The docs/rules folder above this module (server/dist or server/src/node), if the install has one. */
function findPagesFolder(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (existsSync(path.join(candidate, 'index.generated.md'))) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

let folder: string | null | undefined;

/** The path of a rule's page, or undefined when this install has no page for it. */
export function rulePagePath(ruleId: string): string | undefined {
  if (folder === undefined) folder = findPagesFolder() ?? null;
  if (folder === null || !/^[a-z][a-z-]*$/.test(ruleId)) return undefined;
  const page = path.join(folder, `${ruleId}.md`);
  return existsSync(page) ? page : undefined;
}

/** The same page as a `file:` URI, for a diagnostic's `codeDescription` and the hover's link. */
export function rulePageUri(ruleId: string): string | undefined {
  const page = rulePagePath(ruleId);
  return page && pathToFileURL(page).href;
}
