/**
 * The report's wording, shared by the Markdown, the HTML page and the extension's chart, so the three
 * say the same thing in the same words. Plain text: each renderer escapes it for its own format.
 */
import type { GoalReport, ReportData, ReportMeasure, ReportMilestone, ReportMoment, ReportScore, ReportWeek } from '../features/report-data';
import { pluralUnit } from '../features/unit-words';

/** `attend · behavioral · process goal`: a goal's id, category and kind, as its heading. */
export function goalHeading(goal: GoalReport): string {
  return [goal.id, goal.category, goal.kind && `${goal.kind} goal`].filter(Boolean).join(' · ');
}

/** `active, 2026-09-21 to 2026-12-18`, `achieved on 2026-11-09`: the goal's status and dates. */
export function statusText(goal: GoalReport): string {
  return goal.statusText;
}

/** The badge's words: it says the goal meets the checks only when nothing at all was found about it. */
export function checksText(goal: GoalReport): string {
  const count = goal.checks.length + goal.otherFindings.length;
  if (count === 0) return 'meets the SMART checks';
  return count === 1 ? '1 thing to look at' : `${count} things to look at`;
}

/**
 * Who set and agreed the goal, as a name and a value: `Agreed` `on 2026-09-14 by Dan and Ruth; set
 * together`, or `Whose goal` `the client's own goal` when only `set by` says.
 */
export function agreedFact(goal: GoalReport): [string, string] | undefined {
  const whose = goal.setBy === 'together' ? 'set together' : goal.setBy === 'client' ? "the client's own goal" : goal.setBy === 'clinician' ? 'set by the clinician' : undefined;
  if (goal.agreed) return ['Agreed', whose ? `${goal.agreed}; ${whose}` : goal.agreed];
  return whose ? ['Whose goal', whose] : undefined;
}

/** `30 days alcohol-free by 2026-10-14 · reached on 2026-10-14`. */
export function milestoneText(m: ReportMilestone): string {
  const revised = m.revisedOn ? ` (revised on ${m.revisedOn})` : '';
  // A date gone by without the milestone is said plainly, so it is talked about rather than missed.
  const reached = m.reachedOn ? ` · reached on ${m.reachedOn}` : m.passed ? ' · its date has passed, not reached yet' : '';
  return `${m.text} by ${m.date ?? '?'}${revised}${reached}`;
}

/**
 * The three parts of `Baseline → latest → target`, each its text or, when missing, words that say
 * what is missing: a bare dash read as "nothing" or "zero" to people who tried it.
 */
export function pathParts(goal: GoalReport): string[] {
  const baseline = goal.baseline ? `${goal.baseline.text}${goal.baseline.note ? ` (${goal.baseline.note})` : ''}` : 'none written';
  return [baseline, goal.latest?.text ?? 'nothing logged yet', goal.target?.text ?? 'none set'];
}

/** `2 of 3 done`. */
export function stepsText(goal: GoalReport): string {
  const done = goal.steps.filter((s) => s.done).length;
  return `${done} of ${goal.steps.length} done`;
}

/** A line of the journal: `Lapse: three pints at my cousin's wedding`. */
export function momentText(m: ReportMoment): string {
  return m.text ? `${m.label}: ${m.text}` : m.label;
}

/** A T-score to one decimal, or `n/a (why)`. */
export function formatScore(score: ReportScore): string {
  return score.tScore === undefined ? `n/a (${score.reason ?? 'no score'})` : score.tScore.toFixed(1);
}

/** A change in T-score with its sign, to one decimal. */
export const signed = (n: number) => `${n > 0 ? '+' : ''}${n.toFixed(1)}`;

/**
 * A change as shown beside its T-score, to one decimal: the difference of the two scores as they
 * are shown (38.0 to 58.0 is +20.0), so a table adds up for a reader checking it by hand, where
 * the unrounded 37.95 to 58.03 would read +20.1. Data (`score --json`, the export) keeps the exact change.
 */
export function shownChange(score: number, change: number): number {
  const oneDecimal = (n: number) => Number(n.toFixed(1));
  return oneDecimal(score) - oneDecimal(score - change);
}

/** The change column of a report's T-score table: `+20.0`, or nothing. */
export function changeText(score: ReportScore): string {
  return score.change === undefined || score.tScore === undefined ? '' : signed(shownChange(score.tScore, score.change));
}

/**
 * Why a date's T-score is not like for like with the others, as `goalpost score` explains it:
 * `panic is left out: its review on 2026-11-15 gives level 5, which is not on the scale from -2 to +2`.
 */
export function notComparableText(score: ReportScore): string | undefined {
  if (score.comparable) return undefined;
  const when = score.label === 'baseline' ? 'At the baseline' : `On ${score.label}`;
  if (score.notCounted.length === 0) return `${when}, the goals or weights counted differ from the baseline; its change compares the same goals at their start levels.`;
  const left = score.notCounted.map((e) => `${e.goal} is left out (${e.reason})`).join('; ');
  return `${when}, the score is not comparable with the other dates: ${left}.`;
}

/** The report's one-sentence warning when the plan has errors, or undefined when it has none. */
export function errorsText(report: ReportData): string | undefined {
  const count = report.errors.length;
  if (count === 0) return undefined;
  return `This plan has ${count === 1 ? 'an error' : `${count} errors`}, so parts of this report may be missing or not quite right. \`goalpost check\` shows ${count === 1 ? 'it' : 'each one'} and how to put ${count === 1 ? 'it' : 'them'} right.`;
}

/** `mood (1-10)`, `tablets (yes/no)`: a measure's name with its declaration. */
export function measureTitle(m: ReportMeasure): string {
  return m.declared ? `${m.name} (${m.declared})` : m.name;
}

/** The column a measure's weeks are counted in: `done` (days), `mean`, `mean (hours)`. */
export function weekColumn(m: ReportMeasure): string {
  if (m.type === 'yes-no') return 'done';
  return m.unit ? `mean (${pluralUnit(m.unit)})` : 'mean';
}

/** One week's number as the table writes it: a mean such as `5.5`, or the days done such as `6`. */
export function weekValue(m: ReportMeasure, w: ReportWeek): string {
  return m.type === 'yes-no' ? String(w.done ?? 0) : formatMean(w.mean ?? 0);
}

/** A weekly mean to one decimal: `5.3`, `7`. */
export function formatMean(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * A sentence about a measure: `Logged on 24 days, in 11 different weeks; the latest, 8 on 2026-11-24.`
 * `checker` names where the findings are shown: the command in a report, the Problems panel in the editor.
 */
export function measureSummary(m: ReportMeasure, checker = 'goalpost check'): string {
  if (m.days === 0) return `Nothing logged yet${m.leftOut > 0 ? ` that fits ${m.declared ?? 'its declaration'}` : ''}.`;
  const days = m.days === 1 ? '1 day' : `${m.days} days`;
  // The weeks that have an entry, not the span: 9 days in 9 weeks may lie across 8 months.
  const weeks = m.weeks.length === 1 ? 'in 1 week' : `in ${m.weeks.length} different weeks`;
  const latest = m.latest ? `; the latest, ${m.latest.text} on ${m.latest.date}` : '';
  const left = m.leftOut === 0 ? '' : ` ${m.leftOut === 1 ? '1 value' : `${m.leftOut} values`} outside ${m.declared ?? 'its declaration'} ${m.leftOut === 1 ? 'is' : 'are'} left out, as ${checker} points out.`;
  const undeclared = m.undeclared ? ` The plan's header does not declare it; ${checker} shows the names it does.` : '';
  return `Logged on ${days}${m.weeks.length === 1 ? ' ' : ', '}${weeks}${latest}.${left}${undeclared}`;
}
