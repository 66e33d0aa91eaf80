/** The default output: one finding per line, `file:line:col  severity  message  [code]`, easy to read and to grep. */
import type { Severity } from '../../core/model';
import type { Paint, Style } from '../color';
import { oneLine, type FileReport } from '../output';
import { showPath, showText } from '../show';

const SEVERITY_STYLES: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'dim' };

/**
 * Formats every finding, one per line; empty when there are none.
 * Lines and columns count from 1, as editors show them; the column counts UTF-16 code units, as LSP does.
 * Colour, when on, only wraps the severity and the code, so the text between stays the same.
 */
export function formatText(reports: readonly FileReport[], paint: Paint): string {
  return reports
    .flatMap((report) =>
      report.diagnostics.map((diagnostic) => {
        const { line, character } = diagnostic.range.start;
        const severity = paint(SEVERITY_STYLES[diagnostic.severity], diagnostic.severity);
        const code = paint('dim', `[${diagnostic.code}]`);
        // A file name or a message with a control character in it is escaped, so that one finding stays one line.
        return `${showPath(report.file)}:${line + 1}:${character + 1}  ${severity}  ${showText(oneLine(diagnostic.message))}  ${code}\n`;
      }),
    )
    .join('');
}
