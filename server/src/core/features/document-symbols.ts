/** The outline of a plan: the header, each goal with its fields, and the journal by month. */
import { format } from 'date-fns';
import type { Entry, Range } from '../model';
import { toDate } from '../values/dates';
import type { DocumentContext } from './context';
import { comparePositions } from './positions';

export type SymbolKind = 'plan' | 'goal' | 'field' | 'journal' | 'month' | 'entry';

export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  /** Everything the symbol covers. */
  readonly range: Range;
  /** What to select when the symbol is picked: its name. */
  readonly selectionRange: Range;
  readonly children: readonly DocumentSymbol[];
}

/** The smallest range that holds all of `ranges` (entries may be out of date order). */
function span(ranges: readonly Range[]): Range {
  const sorted = [...ranges].sort((a, b) => comparePositions(a.start, b.start));
  const end = [...ranges].sort((a, b) => comparePositions(b.end, a.end))[0]!.end;
  return { start: sorted[0]!.start, end };
}

function entryName(entry: Entry): string {
  const goal = 'goal' in entry && entry.goal ? ` ${entry.goal.text}` : '';
  const name = entry.kind === 'measure' ? ` ${entry.name.text}` : '';
  return `${entry.date.iso} ${entry.kind}${goal}${name}`;
}

/** The journal, one symbol per month in the order months first appear. */
function journalSymbols(journal: readonly Entry[]): DocumentSymbol[] {
  const months = new Map<string, Entry[]>();
  for (const entry of journal) {
    const month = entry.date.iso.slice(0, 7);
    const entries = months.get(month);
    if (entries) entries.push(entry);
    else months.set(month, [entry]);
  }
  return [...months].map(([month, entries]) => {
    const date = toDate(`${month}-01`);
    const first = entries[0]!;
    return {
      name: date ? format(date, 'MMMM yyyy') : month,
      detail: `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`,
      kind: 'month',
      range: span(entries.map((e) => e.range)),
      selectionRange: first.date.range,
      children: entries.map((e) => ({ name: entryName(e), kind: 'entry', range: e.range, selectionRange: e.date.range, children: [] })),
    };
  });
}

/** The plan's outline, for the editor's outline view and breadcrumbs. */
export function documentSymbols({ snapshot: { plan } }: DocumentContext): DocumentSymbol[] {
  const header = plan.header;
  const goals = plan.goals.map(
    (goal): DocumentSymbol => ({
      name: goal.id,
      detail: goal.statement.text,
      kind: 'goal',
      range: goal.range,
      selectionRange: goal.idRange,
      children: goal.fields.map((field) => ({
        name: field.keyDate ? `${field.key.name} ${field.keyDate.iso}` : field.key.name,
        ...(field.raw && { detail: field.raw.text }),
        kind: 'field',
        range: field.range,
        selectionRange: field.key.range,
        children: [],
      })),
    }),
  );
  const symbols: DocumentSymbol[] = [];
  const first = header.fields[0];
  if (first) {
    symbols.push({
      name: header.title?.text ?? 'Plan',
      detail: header.client?.text ?? '',
      kind: 'plan',
      range: span(header.fields.map((f) => f.range)),
      selectionRange: header.title?.range ?? first.key.range,
      children: header.fields.map((f) => ({ name: f.key.name, ...(f.raw && { detail: f.raw.text }), kind: 'field', range: f.range, selectionRange: f.key.range, children: [] })),
    });
  }
  symbols.push(...goals);
  const journal = journalSymbols(plan.journal);
  if (journal.length > 0) {
    symbols.push({
      name: 'Journal',
      detail: `${plan.journal.length} entries`,
      kind: 'journal',
      range: span(journal.map((m) => m.range)),
      selectionRange: journal[0]!.selectionRange,
      children: journal,
    });
  }
  return symbols;
}
