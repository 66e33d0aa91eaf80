/**
 * One goal of the report: the nine template fields as they stand after revisions, its findings,
 * progress, milestones, GAS levels and measurements, its day count when it is an abstinence goal,
 * its revisions and its journal.
 */
import type { Config } from '../config';
import type { Field, Goal, Measurement, Plan, Quantity } from '../model';
import { effectiveDue, effectiveField, effectiveStatement, effectiveTarget, levelReviewsOf, progressOf, revisionsOf, workStart } from '../queries';
import { isDayCount } from '../clinical/abstinence';
import { startLevelOf } from '../clinical/gas';
import { milestoneStandings } from '../clinical/milestones';
import { pausedSpans } from '../clinical/progress';
import { formatLevel, isGasLevel } from '../rules/gas/levels';
import { normalizeUnit } from '../values/measurement';
import { goalState, levelMeaning, statusWords } from './goal-state';
import type { GoalReport, ReportLevel, ReportMilestone, ReportStep, ReportValue } from './report-data';
import type { GoalFindings } from './report-findings';
import { dayCountReport, goalRevisions, goalTimeline } from './report-journal';
import { amountText, measurementText, middle } from './report-values';
import { gasSummary, reviewSummary, storySummary } from './summaries';

/** Builds the report of one goal on `today`. */
export function goalReport(plan: Plan, goal: Goal, today: string, config: Config, findings: GoalFindings): GoalReport {
  const baselineField = effectiveField(plan, goal, 'baseline', today);
  const baseline = quantityOf(baselineField);
  const target = effectiveTarget(plan, goal, today);
  const unit = [baseline, target].find((q) => q?.measurement?.unit)?.measurement?.unit ?? '';
  const sameUnit = (m: Measurement) => m.unit === '' || unit === '' || normalizeUnit(m.unit) === normalizeUnit(unit);
  const progress = progressOf(plan, goal.id, today);
  const measurements = progress.flatMap((entry) => {
    const m = entry.quantity.measurement;
    return m && sameUnit(m) ? [{ date: entry.date.iso, value: middle(m), text: measurementText(m), amount: amountText(m) }] : [];
  });
  const latestEntry = progress.at(-1);
  const start = workStart(plan, goal)?.iso;
  const due = effectiveDue(plan, goal, today)?.iso;
  const state = goalState(plan, goal, today);
  const gas = gasSummary(plan, goal, today);
  const dayCount = dayCountReport(plan, goal, today);
  const kind = choiceOf(effectiveField(plan, goal, 'kind', today)) as GoalReport['kind'];
  const term = choiceOf(effectiveField(plan, goal, 'term', today)) as GoalReport['term'];
  const agreed = agreedText(plan, goal, today);
  const setBy = choiceOf(effectiveField(plan, goal, 'set by', today)) as GoalReport['setBy'];
  const value = textsOf(effectiveField(plan, goal, 'value', today))[0];
  return {
    id: goal.id,
    statement: effectiveStatement(plan, goal, today).text,
    ...(goal.category && { category: goal.category.text }),
    ...(kind && { kind }),
    ...(term && { term }),
    status: state.status,
    ...(state.entry && { statusDate: state.entry.date.iso }),
    statusText: state.status === 'active' ? activeText(start, due) : statusWords(state),
    ...(start && { start }),
    ...(due && { due }),
    ...(goal.note && { note: goal.note.text }),
    ...(value && { value }),
    measure: textsOf(effectiveField(plan, goal, 'measure', today)),
    steps: stepsOf(goal),
    obstacles: textsOf(effectiveField(plan, goal, 'obstacles', today)),
    supports: textsOf(effectiveField(plan, goal, 'supports', today)),
    ...(agreed && { agreed }),
    ...(setBy && { setBy }),
    checks: findings.checks,
    otherFindings: findings.other,
    ...(baseline && { baseline: { ...reportValue(baseline), ...(baselineField?.note && { note: baselineField.note.text }) } }),
    ...(latestEntry && { latest: reportValue(latestEntry.quantity, latestEntry.date.iso) }),
    ...(target && { target: reportValue(target) }),
    unit,
    progress: storySummary(plan, goal, today),
    review: reviewSummary(plan, goal, today, config),
    ...(gas && { gas }),
    milestones: milestonesOf(plan, goal, today, dayCount !== undefined, sameUnit),
    levels: levelHistory(plan, goal, today),
    scale: [...(goal.scale ?? [])].sort((a, b) => a.level - b.level).map((l) => ({ level: formatLevel(l.level), value: l.level, text: l.text.text })),
    measurements,
    ...(dayCount && { dayCount }),
    revisions: goalRevisions(plan, goal, today),
    paused: pausedSpans(plan, goal, today),
    timeline: goalTimeline(plan, goal, today),
  };
}

/** `active, 2026-09-21 to 2026-12-18`. */
function activeText(start: string | undefined, due: string | undefined): string {
  return start && due ? `active, ${start} to ${due}` : due ? `active, due ${due}` : 'active';
}

/** `on 2026-09-14 by Dan and Ruth` (or `with Dr. Kim`, as written): when and by whom the goal was agreed, after revisions. */
function agreedText(plan: Plan, goal: Goal, today: string): string | undefined {
  const field = effectiveField(plan, goal, 'agreed', today)?.value;
  if (field?.type !== 'agreement') return undefined;
  const { date, by, word = 'by', text } = field.agreement;
  return date || by ? [date && `on ${date.iso}`, by && `${word} ${by.text}`].filter(Boolean).join(' ') : text.text;
}

/** The milestones after revisions, each marked with the date it was reached. */
function milestonesOf(plan: Plan, goal: Goal, today: string, abstinence: boolean, sameUnit: (m: Measurement) => boolean): ReportMilestone[] {
  const revisions = revisionsOf(plan, goal.id, 'milestone', today);
  return milestoneStandings(plan, goal, today).map(({ milestone, reachedOn }) => {
    const revised = revisions.filter((r) => r.field === milestone.field).at(-1);
    const m = milestone.quantity.measurement;
    const dayCount = abstinence && m !== undefined && isDayCount(m.unit);
    return {
      ...reportValue(milestone.quantity, milestone.date.iso),
      ...(reachedOn && { reachedOn }),
      dayCount,
      // A day count is never drawn against the goal's own unit, such as drinks a week.
      inUnit: m !== undefined && !dayCount && sameUnit(m),
      ...(revised && { revisedOn: revised.date.iso }),
      ...(!reachedOn && milestone.date.iso < today && { passed: true }),
    };
  });
}

/** The goal's start level (dated at its start) and every review with a level up to today; a level off the scale is marked so. */
function levelHistory(plan: Plan, goal: Goal, today: string): ReportLevel[] {
  const level = (value: number, date: string, source: ReportLevel['source']): ReportLevel => {
    const valid = isGasLevel(value);
    const meaning = valid ? levelMeaning(goal, value) : 'not on the scale from -2 to +2';
    return { date, level: formatLevel(value), value, meaning, source, valid };
  };
  const startLevel = startLevelOf(plan, goal, today);
  const start = workStart(plan, goal)?.iso;
  return [
    ...(startLevel !== undefined ? [level(startLevel, start ?? '', 'start level')] : []),
    ...levelReviewsOf(plan, goal.id, today).map((r) => level(r.level, r.date.iso, 'review')),
  ];
}

function stepsOf(goal: Goal): ReportStep[] {
  return (goal.steps ?? []).map((s) => ({ text: s.text.text, done: s.done === true, ...(s.note && { note: s.note.text }) }));
}

/** A text or list field as lines: the text itself, or each item with its note. */
function textsOf(field: Field | undefined): string[] {
  const value = field?.value;
  const withNote = (text: string, note: string | undefined) => (note ? `${text} – ${note}` : text);
  if (value?.type === 'text') return [withNote(value.text.text, field?.note?.text)];
  if (value?.type !== 'list') return [];
  const items = value.items.map((i) => withNote(i.text.text, i.note?.text));
  // A note after a list written on one line (`obstacles: work; my brain -- and Netflix`) ends it.
  if (field?.note && items.length > 0) items[items.length - 1] = withNote(items.at(-1)!, field.note.text);
  return items;
}

function choiceOf(field: Field | undefined): string | undefined {
  const value = field?.value;
  return value?.type === 'choice' ? value.choice.text.toLowerCase() : undefined;
}

function quantityOf(field: Field | undefined): Quantity | undefined {
  return field?.value?.type === 'quantity' ? field.value.quantity : undefined;
}

function reportValue(quantity: Quantity, date = quantity.date?.iso): ReportValue {
  const m = quantity.measurement;
  // A baseline written `3 attacks/week on 2026-09-14` shows without its date, which has its own place.
  const text = m ? measurementText(m) : quantity.text.text;
  return { text, ...(m && { value: middle(m), amount: amountText(m) }), ...(date && { date }) };
}
