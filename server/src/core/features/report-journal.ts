/**
 * The journal as the report tells it: beside each goal, its reviews (with or without a level), wins,
 * setbacks, lapses, notes, status changes and the progress lines that carry a note; its revisions
 * with their reasons; the day count of an abstinence goal; and for the plan, the lines that name no goal.
 */
import type { Entry, Field, Goal, Plan } from '../model';
import { byDate, entriesOf, goalStart } from '../queries';
import { lapsesOf } from '../clinical/abstinence';
import { formatLevel, isGasLevel } from '../rules/gas/levels';
import { daysBetween, shiftDate } from '../values/dates';
import { dayCountOf, dayCountWords, goalState } from './goal-state';
import type { ReportDayCount, ReportMoment, ReportRevision, ReportRun } from './report-data';
import { measurementText } from './report-values';

const LABELS = { win: 'Win', setback: 'Setback', lapse: 'Lapse', note: 'Note', achieved: 'Achieved', paused: 'Paused', dropped: 'Dropped', resumed: 'Resumed' } as const;

/** The goal's journal in date order; for an abstinence goal, with the lapses that name no goal, since they restart its count. */
export function goalTimeline(plan: Plan, goal: Goal, today: string): ReportMoment[] {
  const entries: Entry[] = entriesOf(plan, goal.id, today);
  if (dayCountOf(plan, goal, today)) entries.push(...lapsesOf(plan, goal, today).filter((l) => l.goal === undefined));
  return byDate(entries).flatMap((entry) => {
    const moment = momentOf(entry);
    return moment ? [moment] : [];
  });
}

/** The lines of the journal that name no goal: wins, setbacks, lapses and notes about the plan. */
export function planJournal(plan: Plan, today: string): ReportMoment[] {
  const general = plan.journal.filter((e) => e.date.iso <= today && (e.kind === 'win' || e.kind === 'setback' || e.kind === 'lapse' || e.kind === 'note') && e.goal === undefined);
  return byDate(general).flatMap((entry) => {
    const moment = momentOf(entry);
    return moment ? [moment] : [];
  });
}

/** Every revision of the goal up to today, with the reason its note gives. */
export function goalRevisions(plan: Plan, goal: Goal, today: string): ReportRevision[] {
  return entriesOf(plan, goal.id, today).flatMap((e) =>
    e.kind === 'revise'
      ? [{ date: e.date.iso, field: fieldName(e.field), value: e.field.raw?.text ?? '', ...(e.note && { reason: e.note.text }) }]
      : [],
  );
}

/** `target`, `milestone 2026-11-13`, `scale +1`: the field a revision names, as the plan writes it. */
function fieldName(field: Field): string {
  if (field.keyDate) return `${field.key.name} ${field.keyDate.iso}`;
  if (field.keyLevel !== undefined) return `${field.key.name} ${formatLevel(field.keyLevel)}`;
  return field.key.name;
}

/** An abstinence goal's day count on today (or the day it was achieved or dropped), with the runs between lapses. */
export function dayCountReport(plan: Plan, goal: Goal, today: string): ReportDayCount | undefined {
  const count = dayCountOf(plan, goal, today);
  const start = goalStart(plan, goal)?.iso;
  if (!count || !start) return undefined;
  const state = goalState(plan, goal, today);
  const until = state.status === 'achieved' || state.status === 'dropped' ? (state.entry?.date.iso ?? today) : today;
  // Each run goes from its first day to the lapse that ends it; the count starts again the day after.
  const runs: ReportRun[] = [];
  let runStart = start;
  for (const lapse of lapsesOf(plan, goal, until).filter((l) => l.date.iso >= start)) {
    const lapseDay = lapse.date.iso;
    // The lapse day is not a day free: a run ended by a lapse on day L has the days before L.
    if (lapseDay >= runStart) runs.push({ from: runStart, to: lapseDay, days: daysBetween(runStart, lapseDay), current: false });
    runStart = shiftDate(lapseDay, 1, 'day') ?? lapseDay;
  }
  // The day itself counts, as it does in the day count: day one is the first day of the run.
  if (until >= runStart) runs.push({ from: runStart, to: until, days: daysBetween(runStart, until) + 1, current: true });
  return {
    text: dayCountWords(count),
    days: count.days,
    ...(count.goalDays !== undefined && { goalDays: count.goalDays }),
    since: count.since,
    from: count.from,
    runs,
    until,
    lapses: count.lapses,
  };
}

/** One entry as a line of the timeline, or undefined for entries the timeline leaves to other sections. */
function momentOf(entry: Entry): ReportMoment | undefined {
  const date = entry.date.iso;
  const words = (...texts: (string | undefined)[]) => {
    const text = texts.filter((t): t is string => !!t).join(' – ');
    return text ? { text } : {};
  };
  switch (entry.kind) {
    case 'review': {
      const label = entry.level === undefined ? 'Reviewed' : isGasLevel(entry.level) ? `Reviewed at GAS ${formatLevel(entry.level)}` : `Reviewed at level ${formatLevel(entry.level)}, which is not on the scale`;
      const others = entry.goals.length > 1 ? ` (with ${entry.goals.filter((g) => g.text !== entry.goal.text).map((g) => g.text).join(', ')})` : '';
      return { date, kind: 'review', label: `${label}${others}`, ...words(entry.note?.text) };
    }
    case 'progress': {
      // Every measurement is in the goal's table; the timeline keeps the ones with something said about them.
      if (!entry.note) return undefined;
      const m = entry.quantity.measurement;
      return { date, kind: 'progress', label: `Measured ${m ? measurementText(m) : entry.quantity.text.text}`, text: entry.note.text };
    }
    case 'win':
    case 'setback':
    case 'lapse':
    case 'note':
      return { date, kind: entry.kind, label: LABELS[entry.kind], ...words(entry.text?.text, entry.note?.text) };
    case 'achieved':
    case 'paused':
    case 'dropped':
    case 'resumed':
      return { date, kind: entry.kind, label: LABELS[entry.kind], ...words(entry.note?.text) };
    default:
      return undefined;
  }
}
