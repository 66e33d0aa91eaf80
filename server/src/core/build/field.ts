/** Reading one field line, with the items or levels under it, into a Field. */
import { findField, GOAL_FIELDS, type FieldSpec } from '../fields';
import type { Field, ListItem, ScaleLevel } from '../model';
import type { SyntaxLine } from '../syntax/line';
import type { DiagnosticSink } from './diagnostics';
import { readKey } from './keys';
import { withKnown } from './messages';
import { suggest } from './suggest';
import { cover, readValue } from './values';

/** A field line with the list items or scale levels written under it. */
export interface FieldDraft {
  readonly line: SyntaxLine;
  readonly items: ListItem[];
  readonly levels: ScaleLevel[];
}

/** The spec of a goal field draft, if its key is known. */
export function fieldSpecOf(field: FieldDraft, specs: readonly FieldSpec[] = GOAL_FIELDS): FieldSpec | undefined {
  const parts = field.line.head;
  const last = parts.at(-1);
  const withArgument = parts.length > 1 && (last?.type === 'DateLiteral' || last?.type === 'MalformedDate');
  const name = (withArgument ? parts.slice(0, -1) : parts).map((p) => p.text.toLowerCase()).join(' ');
  return findField(specs, name, withArgument);
}

/** Reads a field draft into a Field, reporting unknown keys, with the closest known key. */
export function readField(draft: FieldDraft, specs: readonly FieldSpec[], where: string, sink: DiagnosticSink): { field: Field; spec?: FieldSpec } | undefined {
  const key = readKey(draft.line.head, sink);
  if (!key) return undefined;
  const withArgument = key.date !== undefined || key.badDate === true || key.name !== undefined || key.levelRange !== undefined;
  const spec = findField(specs, key.key.name, withArgument);
  const last = draft.items.at(-1) ?? draft.levels.at(-1);
  const range = cover(draft.line.range, last?.range ?? draft.line.range);
  const base = {
    key: key.key,
    range,
    ...(draft.line.value && { raw: draft.line.value }),
    ...(draft.line.note && { note: draft.line.note }),
    ...(key.date && { keyDate: key.date }),
  };
  if (!spec) {
    const known = [...new Set(specs.filter((s) => !s.revisionOnly).map((s) => s.key))];
    const guess = suggest(key.key.name, known);
    // With a close match the fix is all that needs saying; without one, the list if it fits the line.
    const head = `'${key.key.name}' is not a field ${where}.`;
    const standard = guess
      ? `${head} Did you mean '${guess}'?`
      : withKnown(head, ` The fields are: ${known.join(', ')}.`, ' docs/format.md lists the fields, and completion offers them.');
    const plainHead = `'${key.key.name}' is not a word Goalpost knows here.`;
    const plain = guess ? `${plainHead} Did you mean '${guess}'?` : `${plainHead} docs/format.md lists the words you can use.`;
    sink.error(key.key.range, 'unknown-field', { standard, plain }, guess ? { replacement: guess } : undefined);
    return { field: base };
  }
  if (key.badDate) return { field: base, spec };
  const value = readValue(spec, draft.line.value, sink, { items: draft.items, levels: draft.levels });
  return { field: { ...base, ...(value && { value }) }, spec };
}

