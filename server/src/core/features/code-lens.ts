/**
 * Code lenses above each goal (baseline, progress, review, GAS level) and above the plan (its GAS
 * T-score). Each names the editor command it runs; the VS Code extension registers them.
 */
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import type { Plan, Range } from '../model';
import { goalStatus } from '../queries';
import { gasTimeline } from '../clinical/gas';
import { gasSummary, formatNumber, progressSummary, reviewSummary } from './summaries';

/** The editor commands lenses run; the client registers each with these ids. */
export const COMMANDS = {
  logProgress: 'goalpost.logProgress',
  recordReview: 'goalpost.recordReview',
  showChart: 'goalpost.showChart',
  addBaseline: 'goalpost.addBaseline',
} as const;

export interface CodeLens {
  readonly range: Range;
  readonly title: string;
  readonly command?: { readonly id: string; readonly arguments: readonly unknown[] };
}

/** The plan's T-score at its last review and the change from baseline, or why there is none. */
export function planScoreSummary(plan: Plan, today: string, config: Config = DEFAULT_CONFIG): string | undefined {
  const timeline = gasTimeline(plan, today, config);
  if (timeline.goals.length === 0) return undefined;
  const last = timeline.reviews.at(-1);
  if (!last) {
    const base = timeline.baseline.score;
    return base.kind === 'score' ? `GAS T-score ${formatNumber(base.value)} at baseline · no reviews yet` : `GAS T-score: ${base.reason}`;
  }
  if (last.score.kind !== 'score') return `GAS T-score on ${last.date}: ${last.score.reason}`;
  const change = last.change === undefined ? '' : ` · ${last.change >= 0 ? '+' : ''}${formatNumber(last.change)} from baseline`;
  return `GAS T-score ${formatNumber(last.score.value)} on ${last.date}${change}`;
}

/** Every lens of the plan, for the goals still open and for the plan as a whole. */
export function codeLenses(plan: Plan, uri: string, today: string, config: Config = DEFAULT_CONFIG): CodeLens[] {
  const lenses: CodeLens[] = [];
  const planLine = plan.header.fields[0]?.range ?? plan.goals[0]?.headerRange;
  const score = planScoreSummary(plan, today, config);
  if (planLine && score) lenses.push({ range: planLine, title: score, command: { id: COMMANDS.showChart, arguments: [uri] } });
  for (const goal of plan.goals) {
    const status = goalStatus(plan, goal.id, today);
    const at = goal.headerRange;
    const args = [uri, goal.id];
    if (status === 'achieved' || status === 'dropped') {
      lenses.push({ range: at, title: status === 'achieved' ? 'Achieved' : 'Dropped', command: { id: COMMANDS.showChart, arguments: args } });
      continue;
    }
    const baseline = goal.baseline;
    lenses.push(
      baseline
        ? { range: at, title: `Baseline ${baseline.text.text}${baseline.date ? ` (${baseline.date.iso})` : ''}` }
        : { range: at, title: 'No baseline yet', command: { id: COMMANDS.addBaseline, arguments: args } },
    );
    // Without a baseline the lens above already says what is missing.
    if (baseline) lenses.push({ range: at, title: progressSummary(plan, goal, today), command: { id: COMMANDS.logProgress, arguments: args } });
    lenses.push({ range: at, title: reviewSummary(plan, goal, today, config), command: { id: COMMANDS.recordReview, arguments: args } });
    const gas = gasSummary(plan, goal, today);
    if (gas) lenses.push({ range: at, title: gas, command: { id: COMMANDS.showChart, arguments: args } });
    if (status === 'paused') lenses.push({ range: at, title: 'Paused' });
  }
  return lenses;
}
