/** How a fuzz property fails: a `PropertyFailure` that says in words what broke. */

export class PropertyFailure extends Error {}

export function ensure(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new PropertyFailure(message());
}

/** The document's lines as editors count them: the leading byte-order mark is not part of line 0. */
export function documentLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}
