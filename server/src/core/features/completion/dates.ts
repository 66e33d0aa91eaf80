/** Dates where a date belongs: today, the goal's next review, a week on; each with its weekday. */
import { format } from 'date-fns';
import { nextReview } from '../../clinical/review';
import { goalStart } from '../../queries';
import { shiftDate, toDate } from '../../values/dates';
import type { DateUse } from './context';
import { makeItem, sortKey, type Request } from './item';
import type { CompletionItem } from './types';

interface Candidate {
  readonly iso: string;
  readonly why: string;
}

/** The dates worth offering for each use, in the order they are listed. */
function candidates(request: Request, use: DateUse): Candidate[] {
  const { plan, context } = request;
  const goal = context.goal;
  const list: Candidate[] = [{ iso: request.today, why: 'today' }];
  if (use === 'journal') {
    // Journals are often written up the day after.
    const yesterday = shiftDate(request.today, -1, 'day');
    if (yesterday) list.push({ iso: yesterday, why: 'yesterday' });
  } else if (use === 'baseline') {
    // A baseline is measured, so it lies in the past: at the latest the start of the work.
    const start = goal && goalStart(plan, goal);
    if (start && start.iso < request.today) list.push({ iso: start.iso, why: goal.start ? 'the goal’s start' : 'the plan’s start' });
  } else {
    const due = goal && nextReview(plan, goal, request.today, request.config);
    if (goal && due?.status === 'due-in') list.push({ iso: due.dueDate, why: `next review of ${goal.id}` });
    const nextWeek = shiftDate(request.today, 1, 'week');
    if (nextWeek) list.push({ iso: nextWeek, why: 'in 1 week' });
  }
  return list;
}

export function dateItems(request: Request, use: DateUse): CompletionItem[] {
  if (!toDate(request.today)) return [];
  const merged = new Map<string, string[]>();
  for (const { iso, why } of candidates(request, use)) merged.set(iso, [...(merged.get(iso) ?? []), why]);
  const { atLineEnd } = request.context;
  // A date that opens a journal line leads into the entry's kind; a milestone's date into its value.
  const suffix = !atLineEnd ? '' : use === 'journal' ? ' ' : use === 'milestone' ? ': ' : '';
  return [...merged].map(([iso, whys], index) => {
    const date = toDate(iso)!;
    return makeItem(request, iso, 'date', iso + suffix, {
      detail: `${format(date, 'EEEE')} · ${whys.join(', ')}`,
      documentation: format(date, 'EEEE d MMMM yyyy'),
      sortText: sortKey(0, index),
      preselect: index === 0 && use === 'journal',
      triggerSuggest: use === 'journal' && suffix !== '',
    });
  });
}
