/** Folding ranges: goal blocks, multi-line fields, runs of journal lines in one month, comment blocks. */
import type { DocumentContext } from './context';

export interface FoldingRange {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'comment' | 'region';
}

/** Folds every block of two or more lines; a fold's first line stays visible. */
export function foldingRanges({ snapshot: { plan } }: DocumentContext): FoldingRange[] {
  const folds: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldingRange['kind']) => {
    if (endLine > startLine) folds.push({ startLine, endLine, ...(kind && { kind }) });
  };
  const header = plan.header.fields;
  if (header.length > 0) add(header[0]!.range.start.line, header.at(-1)!.range.end.line);
  for (const goal of plan.goals) {
    add(goal.range.start.line, goal.range.end.line);
    for (const field of goal.fields) add(field.range.start.line, field.range.end.line);
  }
  // Journal lines of one month that stand together fold as one region.
  let run: { month: string; from: number; to: number } | undefined;
  for (const entry of plan.journal) {
    const month = entry.date.iso.slice(0, 7);
    const line = entry.range.start.line;
    if (run && run.month === month && line <= run.to + 2) run.to = line;
    else {
      if (run) add(run.from, run.to, 'region');
      run = { month, from: line, to: line };
    }
  }
  if (run) add(run.from, run.to, 'region');
  // Consecutive comment lines fold together.
  let comments: { from: number; to: number } | undefined;
  for (const comment of plan.comments.filter((c) => c.ownLine)) {
    const line = comment.range.start.line;
    if (comments && line === comments.to + 1) comments.to = line;
    else {
      if (comments) add(comments.from, comments.to, 'comment');
      comments = { from: line, to: line };
    }
  }
  if (comments) add(comments.from, comments.to, 'comment');
  return folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
