/** Plan text inside Markdown: escaped so that nothing a person wrote can start markup. */

/** Plan text inside a Markdown line: characters that would start markup are escaped. */
export function inline(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** Plan text inside a table cell, on one line. */
export function cell(text: string): string {
  return inline(text).replace(/\n/g, ' ');
}
