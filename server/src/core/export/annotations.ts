/**
 * The journal's words as FHIR annotations: notes, reviews without a level, wins, setbacks and lapses, each with
 * its date as `time`, on the Goal it names, or on the CarePlan when it names none. A review without a level has
 * no value to put in an Observation, so it is kept here as what it is: a dated remark that the goal was looked at.
 */
import type { Annotation } from '@medplum/fhirtypes';
import type { Entry, Plan, Text } from '../model';
import { byDate, entriesOf, entryGoal, findGoal } from '../queries';
import type { ExportContext } from './context';

const MOMENT_LABELS = { win: 'Win', setback: 'Setback', lapse: 'Lapse' } as const;

/** The journal annotations about one goal, in date order. */
export function goalAnnotations(plan: Plan, goalId: string, today: string): Annotation[] {
  return entriesOf(plan, goalId, today).flatMap((entry) => annotationOf(entry) ?? []);
}

/**
 * The journal annotations about the plan as a whole (lines that name no goal), in date order; a line that names a
 * goal the plan does not have is left out, and said so.
 */
export function planAnnotations(context: ExportContext): Annotation[] {
  const { plan, today } = context;
  const notes: Annotation[] = [];
  for (const entry of byDate(plan.journal)) {
    if (entry.date.iso > today) continue;
    const goal = entryGoal(entry);
    if (goal === undefined) {
      const note = annotationOf(entry);
      if (note) notes.push(note);
    } else if (!findGoal(plan, goal.text) && exportsWords(entry)) {
      context.skip(`the ${entry.kind} on ${entry.date.iso} is about '${goal.text}', which is not a goal in this plan`);
    }
  }
  return notes;
}

/** True for the kinds of entry the export keeps as words (a review with a level becomes an Observation instead). */
function exportsWords(entry: Entry): boolean {
  return entry.kind === 'note' || entry.kind === 'win' || entry.kind === 'setback' || entry.kind === 'lapse' || entry.kind === 'review';
}

function annotationOf(entry: Entry): Annotation | undefined {
  const time = entry.date.iso;
  switch (entry.kind) {
    case 'note': {
      const text = words(entry.text, entry.note);
      return text ? { time, text } : undefined;
    }
    case 'win':
    case 'setback':
    case 'lapse': {
      const text = words(entry.text, entry.note);
      return { time, text: text ? `${MOMENT_LABELS[entry.kind]}: ${text}` : MOMENT_LABELS[entry.kind] };
    }
    case 'review': {
      if (entry.level !== undefined) return undefined;
      const others = entry.goals.length > 1 ? ` of ${entry.goals.map((g) => g.text).join(', ')}` : '';
      return { time, text: `Review${others}${entry.note ? `: ${entry.note.text}` : ''}` };
    }
    default:
      return undefined;
  }
}

/** The client's words of an entry: what follows the colon, then what follows ` -- `. */
function words(text: Text | undefined, note: Text | undefined): string | undefined {
  return withNote(text?.text, note?.text);
}

/**
 * Words and their note as a reader of the record sees them: `28 drinks/week (AUDIT at intake)`, the
 * note alone when there are no words. The ` -- ` that marks a note is the file's syntax, not prose.
 */
export function withNote(text: string | undefined, note: string | undefined): string | undefined {
  if (!text) return note || undefined;
  return note ? `${text} (${note})` : text;
}
