/**
 * Code lenses above each goal (its status, baseline, progress or day count, review, GAS level),
 * above each milestone the journal has reached, and above the plan (its GAS T-score). Each says
 * what clicking it does, as data; the language server names the editor command for it.
 */
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import type { Plan, Range } from '../model';
import { effectiveField } from '../queries';
import { gasTimeline } from '../clinical/gas';
import { milestoneStandings } from '../clinical/milestones';
import { goalState, statusWords } from './goal-state';
import { quantityText } from './report-values';
import type { DocumentContext } from './context';
import { gasSummary, formatNumber, hasProgress, progressSummary, reviewSummary } from './summaries';

/** What clicking a lens does: show the chart (of the plan, or of one goal), or write a line for a goal. */
export type LensActionKind = 'show-chart' | 'log-progress' | 'record-review' | 'add-baseline';

export interface LensAction {
  readonly kind: LensActionKind;
  /** The goal it is about; none for the plan's chart. */
  readonly goal?: string;
}

export interface CodeLens {
  readonly range: Range;
  readonly title: string;
  readonly action?: LensAction;
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
  if (last.score.kind !== 'score') {
    const left = last.notCounted.map((e) => `${e.goal} is left out (${e.reason})`).join('; ');
    return `No GAS T-score on ${last.date}: ${left || last.score.reason}`;
  }
  const change = last.change === undefined ? '' : ` · ${last.change >= 0 ? '+' : ''}${formatNumber(last.change)} from baseline`;
  // The same caveat `goalpost score` marks: a goal left out makes the number not like for like.
  const left = last.notCounted.length === 0 ? '' : ` · leaves out ${last.notCounted.map((e) => e.goal).join(', ')}`;
  return `GAS T-score ${formatNumber(last.score.value)} on ${last.date}${change}${left}`;
}

/** Every lens of the plan: each goal's state, and for the plan as a whole its T-score. */
export function codeLenses({ snapshot: { plan }, today, config }: DocumentContext): CodeLens[] {
  const lenses: CodeLens[] = [];
  const planLine = plan.header.fields[0]?.range ?? plan.goals[0]?.headerRange;
  const score = planScoreSummary(plan, today, config);
  if (planLine && score) lenses.push({ range: planLine, title: score, action: { kind: 'show-chart' } });
  for (const goal of plan.goals) {
    const state = goalState(plan, goal, today);
    const at = goal.headerRange;
    const action = (kind: LensActionKind): LensAction => ({ kind, goal: goal.id });
    const chart = action('show-chart');
    if (state.status !== 'active') lenses.push({ range: at, title: capitalise(statusWords(state)), action: chart });
    for (const { milestone, reachedOn } of milestoneStandings(plan, goal, today)) {
      // A milestone reached is a small win, shown where it is written.
      if (reachedOn) lenses.push({ range: milestone.field.range, title: `✓ Reached on ${reachedOn}`, action: chart });
    }
    if (state.status === 'achieved' || state.status === 'dropped') continue;
    const field = effectiveField(plan, goal, 'baseline', today)?.value;
    const baseline = field?.type === 'quantity' ? field.quantity : undefined;
    const progress = hasProgress(plan, goal, today);
    lenses.push(
      baseline
        ? { range: at, title: `Baseline ${quantityText(baseline)}${baseline.date ? ` (${baseline.date.iso})` : ''}` }
        : { range: at, title: 'No baseline yet', action: action('add-baseline') },
    );
    // Without a baseline or a day count, the lens above already says what is missing.
    if (baseline || progress) lenses.push({ range: at, title: progressSummary(plan, goal, today), action: action('log-progress') });
    // A paused goal waits for no review.
    if (state.status === 'active') lenses.push({ range: at, title: reviewSummary(plan, goal, today, config), action: action('record-review') });
    const gas = gasSummary(plan, goal, today);
    if (gas) lenses.push({ range: at, title: gas, action: chart });
  }
  return lenses.sort((a, b) => a.range.start.line - b.range.start.line);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
