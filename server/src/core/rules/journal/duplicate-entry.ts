/** duplicate-entry: the same journal entry twice, or two different measurements of one goal on one day. */
import { hasLevel, type Entry, type LevelReview, type ProgressEntry, type Quantity } from '../../model';
import { entryGoal } from '../../queries';
import { normalizeUnit } from '../../values/measurement';
import { formatLevel } from '../gas/levels';
import { groupRule, type Finding } from '../rule';

/** The entries a day may hold only one of per goal: one measurement, one GAS level. */
type Measured = ProgressEntry | LevelReview;

export const duplicateEntry = groupRule({
  id: 'duplicate-entry',
  group: 'journal',
  severity: 'warning',
  summary: 'A journal entry written twice, or two different values for one goal on one day.',
  explanation: {
    standard:
      "A line written twice counts twice: a pasted progress line weighs double in a trend, and a repeated session brings a review 'every 4 sessions' round early. Two lines are the same when everything but the remark after ' -- ' matches, and a day holds one progress value and one review level per goal. Keep the line that is right; a second thought about the day fits in a note.",
    plain:
      'When the same line is written twice, it counts twice, and your progress looks different from how it really went. For one day, each goal has one number and one rating. Keep the one that is right and delete the other; anything more to say can go in a note.',
  },
  // Only entries of one day can be the same, so the journal is compared day by day.
  groupOf: (entry) => entry.date.iso,
  *checkGroup(entries) {
    // Within a day, only entries of one kind and goal (or measure) can be the same, so the full
    // comparison key is built only for the few that share both.
    const keys = new Map<Entry, string>();
    const keyOf = (entry: Entry) => {
      let key = keys.get(entry);
      if (key === undefined) keys.set(entry, (key = sameness(entry)));
      return key;
    };
    const day: Entry[] = [];
    const abouts: string[] = [];
    for (const entry of entries) {
      const about = aboutOf(entry);
      const slot = day.filter((e, i) => e.kind === entry.kind && abouts[i] === about);
      const key = slot.length > 0 ? keyOf(entry) : '';
      const first = slot.find((e) => keyOf(e) === key);
      if (first) {
        yield repeated(entry, first);
        continue;
      }
      day.push(entry);
      abouts.push(about);
      if (!isMeasured(entry)) continue;
      const earlier = slot.find(isMeasured);
      if (earlier) yield conflicting(entry, earlier);
    }
  },
});

/** A progress line or a review with a level: a day holds one of each per goal. */
function isMeasured(entry: Entry): entry is Measured {
  return entry.kind === 'progress' || (entry.kind === 'review' && hasLevel(entry));
}

/** The goal or measure an entry is about: two entries can be the same only on one day, of one kind, about one thing. */
function aboutOf(entry: Entry): string {
  return entry.kind === 'measure' ? entry.name.text.toLowerCase() : (entryGoal(entry)?.text ?? '');
}

function repeated(entry: Entry, first: Entry): Finding {
  const line = first.range.start.line;
  // The remark after ` -- ` is the client's own words: a copy with a new one is kept until they are moved.
  const newNote = entry.note !== undefined && entry.note.text.replace(/\s+/g, ' ') !== first.note?.text.replace(/\s+/g, ' ');
  const advice = newNote ? 'Move its note to that line, then delete this copy,' : 'Delete this copy,';
  const plainAdvice = newNote ? 'Move its note there, then delete this line,' : 'Delete this copy,';
  // A line that reviews several goals says more than this one copy: deleting it would lose the rest.
  const shared = entry.kind === 'review' && entry.goals.length > 1;
  const id = entryGoal(entry)?.text;
  return {
    range: shared ? entry.goal.range : entry.range,
    ...(id !== undefined && { goal: id }),
    message: shared
      ? `Line ${line + 1} already records this review of '${entry.goal.text}' for the same day: take '${entry.goal.text}' out of one of the two lines.`
      : `Line ${line + 1} already says the same for the same day. ${advice} so it is not counted twice.`,
    plain: shared
      ? `Line ${line + 1} already has this review of '${entry.goal.text}' for the same day. Take '${entry.goal.text}' out of one of the two lines.`
      : `Line ${line + 1} already says this for the same day. ${plainAdvice} so it isn't counted twice.`,
    data: shared ? { duplicateOf: line } : { duplicateOf: line, deleteLine: entry.range.start.line },
  };
}

function conflicting(entry: Measured, first: Measured): Finding {
  const line = first.range.start.line;
  const review = entry.kind === 'review';
  const id = entry.goal.text;
  const values = `${valueText(first)} (line ${line + 1}) and ${valueText(entry)}`;
  return {
    range: review ? entry.levelRange : entry.quantity.text.range,
    goal: id,
    message: `Two ${review ? 'review levels' : 'progress values'} for '${id}' on ${entry.date.iso}: ${values}. Keep the right one; the other can go in a note.`,
    plain: `'${id}' has two ${review ? 'ratings' : 'numbers'} for ${entry.date.iso}: ${values}. Keep the one that is right.`,
    data: { duplicateOf: line, conflict: true },
  };
}

/** What makes two entries the same: everything but the remark after ` -- ` (a session's remark is its summary). */
function sameness(entry: Entry): string {
  const parts: unknown[] = [entry.date.iso, entry.kind];
  switch (entry.kind) {
    case 'session':
      parts.push(entry.note?.text ?? '');
      break;
    case 'progress':
      parts.push(entry.goal.text, quantityKey(entry.quantity));
      break;
    case 'review':
      // A review without a level is all in its note, so the note is what makes it the same.
      parts.push(entry.goal.text, ...(hasLevel(entry) ? [entry.level] : [squeeze(entry.note?.text)]));
      break;
    case 'revise':
      parts.push(entry.goal.text, entry.field.key.name, entry.field.keyDate?.iso, entry.field.keyLevel, squeeze(entry.field.raw?.text));
      break;
    case 'note':
    case 'win':
    case 'setback':
    case 'lapse':
      parts.push(entry.goal?.text, squeeze(entry.text?.text), squeeze(entry.note?.text));
      break;
    case 'measure':
      parts.push(entry.name.text.toLowerCase(), entry.quantity ? quantityKey(entry.quantity) : entry.answer?.yes);
      break;
    default:
      parts.push(entry.goal.text);
  }
  return JSON.stringify(parts);
}

function quantityKey(quantity: Quantity): unknown[] {
  const m = quantity.measurement;
  return m ? [m.value, m.upper, m.outOf, normalizeUnit(m.unit)] : [squeeze(quantity.text.text)];
}

function squeeze(text: string | undefined): string {
  return (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function valueText(entry: Measured): string {
  return entry.kind === 'review' ? formatLevel(entry.level) : entry.quantity.text.text;
}
