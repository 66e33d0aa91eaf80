/** File uris as paths, and which folder holds a file: how documents are matched to workspace folders. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path of a `file:` uri; undefined for a uri that is not a file on disk. */
export function filePath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** True when `file` is `folder` itself or lies anywhere below it. */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!path.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${path.sep}`));
}
