/** The output formats of `goalpost check`, by the name `--format` takes. */
import type { Paint } from '../color';
import type { FileReport, Summary } from '../output';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** What a format may need beside the findings. */
export interface FormatContext {
  readonly summary: Summary;
  /** The date the plans were checked on, `YYYY-MM-DD`. */
  readonly today: string;
  /** Colours the text output; the machine formats never colour. */
  readonly paint: Paint;
  /** `--explain`: the text format adds each rule's why and how under its first finding. */
  readonly explain?: boolean;
}

/** Formats the sorted reports for stdout. */
export function formatReports(format: Format, reports: readonly FileReport[], context: FormatContext): string {
  switch (format) {
    case 'text':
      return formatText(reports, context.paint, { explain: context.explain === true });
    case 'json':
      return formatJson(reports, context.summary, context.today);
    case 'sarif':
      return formatSarif(reports, context.today);
    case 'github':
      return formatGithub(reports);
  }
}
