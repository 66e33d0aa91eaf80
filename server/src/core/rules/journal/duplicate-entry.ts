/** duplicate-entry: the same journal entry twice, or two different measurements of one goal on one day. */
import { hasLevel, type Entry, type LevelReview, type ProgressEntry, type Quantity } from '../../model';
import { normalizeUnit } from '../../values/measurement';
import { formatLevel } from '../gas/levels';
import type { Finding, Rule } from '../rule';

/** The entries a day may hold only one of per goal: one measurement, one GAS level. */
type Measured = ProgressEntry | LevelReview;

export const duplicateEntry: Rule = {
  id: 'duplicate-entry',
  group: 'journal',
  severity: 'warning',
  summary: 'A journal entry written twice, or two different values for one goal on one day.',
  *check({ plan }) {
    const seen = new Map<string, Entry>();
    const measured = new Map<string, Measured>();
    for (const entry of plan.journal) {
      const key = sameness(entry);
      const first = seen.get(key);
      if (first) {
        yield repeated(entry, first);
        continue;
      }
      seen.set(key, entry);
      if (entry.kind !== 'progress' && !(entry.kind === 'review' && hasLevel(entry))) continue;
      const slot = JSON.stringify([entry.date.iso, entry.kind, entry.goal.text]);
      const earlier = measured.get(slot);
      if (earlier) yield conflicting(entry, earlier);
      else measured.set(slot, entry);
    }
  },
};

function repeated(entry: Entry, first: Entry): Finding {
  const line = first.range.start.line;
  // The remark after ` -- ` is the client's own words: a copy with a new one is kept until they are moved.
  const newNote = entry.note !== undefined && entry.note.text.replace(/\s+/g, ' ') !== first.note?.text.replace(/\s+/g, ' ');
  const advice = newNote ? 'Move its note to that line, then delete this copy,' : 'Delete this copy,';
  // A line that reviews several goals says more than this one copy: deleting it would lose the rest.
  const shared = entry.kind === 'review' && entry.goals.length > 1;
  return {
    range: shared ? entry.goal.range : entry.range,
    message: shared
      ? `Line ${line + 1} already records this review of '${entry.goal.text}' for the same day. Take '${entry.goal.text}' out of one of the two lines, so it is not counted twice.`
      : `Line ${line + 1} already says the same for the same day. ${advice} so it is not counted twice.`,
    data: shared ? { duplicateOf: line } : { duplicateOf: line, deleteLine: entry.range.start.line },
  };
}

function conflicting(entry: Measured, first: Measured): Finding {
  const line = first.range.start.line;
  const review = entry.kind === 'review';
  return {
    range: review ? entry.levelRange : entry.quantity.text.range,
    message: `'${entry.goal.text}' already has a ${review ? 'review level' : 'progress value'} for ${entry.date.iso} on line ${line + 1} (${valueText(first)}), and this line says ${valueText(entry)}. A day has one ${review ? 'level' : 'measurement'}: keep the one that is right and delete the other, or move this one to a note.`,
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
