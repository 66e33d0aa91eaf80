/** The default output: one finding per line, `file:line:col  severity  message  [code]`, easy to read and to grep. */
import { findRule, type Severity } from '../../core/index';
import { rulePagePath } from '../../node/rule-pages';
import type { Paint, Style } from '../color';
import { oneLine, type FileReport } from '../output';
import { showPath, showText } from '../show';

const SEVERITY_STYLES: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'dim' };

/** How wide the explanations under findings are wrapped, without their indentation. */
const EXPLAIN_WIDTH = 92;

export interface TextOptions {
  /** Under the first finding of each rule, the why and how behind it, and where its page is. */
  readonly explain?: boolean;
}

/**
 * Formats every finding, one per line; empty when there are none.
 * Lines and columns count from 1, as editors show them; the column counts UTF-16 code units, as LSP does.
 * Colour, when on, only wraps the severity and the code, so the text between stays the same.
 */
export function formatText(reports: readonly FileReport[], paint: Paint, options: TextOptions = {}): string {
  const explained = new Set<string>();
  return reports
    .flatMap((report) =>
      report.diagnostics.map((diagnostic) => {
        const { line, character } = diagnostic.range.start;
        const severity = paint(SEVERITY_STYLES[diagnostic.severity], diagnostic.severity);
        const code = paint('dim', `[${diagnostic.code}]`);
        // A file name or a message with a control character in it is escaped, so that one finding stays one line.
        const finding = `${showPath(report.file)}:${line + 1}:${character + 1}  ${severity}  ${showText(oneLine(diagnostic.message))}  ${code}\n`;
        if (!options.explain || explained.has(diagnostic.code)) return finding;
        explained.add(diagnostic.code);
        return finding + explanation(diagnostic.code, report.voice ?? 'standard', paint);
      }),
    )
    .join('');
}

/** The rule's explanation, wrapped and indented under its finding, then its page; empty for a code without one. */
function explanation(code: string, voice: 'standard' | 'plain', paint: Paint): string {
  const text = findRule(code)?.explanation?.[voice];
  if (!text) return '';
  const page = rulePagePath(code);
  const lines = [...wrap(text, EXPLAIN_WIDTH), ...(page ? [paint('dim', `More: ${showPath(page)}`)] : [])];
  return lines.map((l) => `    ${l}\n`).join('');
}

/** Words filled into lines of at most `width` characters; a longer word gets a line of its own. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
