/** Turning a goal block's drafts into a Goal, with its typed fields. */
import { GOAL_FIELDS } from '../fields';
import type { Field, FieldValue, Goal, GoalKind, GoalTerm, Milestone, SetBy, Text } from '../model';
import type { Part, SyntaxLine } from '../syntax/line';
import type { DiagnosticSink } from './diagnostics';
import { readField, type FieldDraft } from './field';
import { cover } from './values';

export interface GoalDraft {
  readonly id: Part;
  readonly statement: Text;
  readonly line: SyntaxLine;
  readonly fields: FieldDraft[];
}

type Picked<T extends FieldValue['type']> = Extract<FieldValue, { type: T }>;

function valueOf<T extends FieldValue['type']>(field: Field | undefined, type: T): Picked<T> | undefined {
  return field?.value?.type === type ? (field.value as Picked<T>) : undefined;
}

/** Builds a goal from its drafts, reporting unknown and repeated fields. */
export function assembleGoal(draft: GoalDraft, sink: DiagnosticSink): Goal {
  const fields: Field[] = [];
  const byKey = new Map<string, Field>();
  const milestones: Milestone[] = [];
  for (const fieldDraft of draft.fields) {
    const read = readField(fieldDraft, GOAL_FIELDS, `of a goal`, sink);
    if (!read) continue;
    const { field, spec } = read;
    fields.push(field);
    if (!spec) continue;
    const slot = field.keyDate ? `${spec.key} ${field.keyDate.iso}` : spec.key;
    if (byKey.has(slot)) {
      sink.error(field.key.range, 'duplicate-field', `'${slot}' is already set for goal '${draft.id.text}' on line ${byKey.get(slot)!.range.start.line + 1}. Keep one; to change a value later, add a 'revise' line to the journal.`);
      continue;
    }
    byKey.set(slot, field);
    const quantity = valueOf(field, 'quantity');
    if (spec.key === 'milestone' && field.keyDate && quantity) {
      milestones.push({ date: field.keyDate, quantity: quantity.quantity, field });
    }
  }
  const get = (key: string) => byKey.get(key);
  const lastField = fields.at(-1);
  const stepsValue = valueOf(get('steps'), 'list');
  const scaleValue = valueOf(get('scale'), 'scale');
  return {
    id: draft.id.text,
    idRange: draft.id.range,
    statement: draft.statement,
    ...optional('note', draft.line.note),
    headerRange: draft.line.range,
    range: cover(draft.line.range, lastField?.range ?? draft.line.range),
    fields,
    milestones,
    ...optional('category', valueOf(get('category'), 'category')?.category),
    ...optional('kind', valueOf(get('kind'), 'choice')?.choice.text as GoalKind | undefined),
    ...optional('term', valueOf(get('term'), 'choice')?.choice.text as GoalTerm | undefined),
    ...optional('partOf', valueOf(get('part of'), 'ref')?.ref),
    ...optional('agreed', valueOf(get('agreed'), 'agreement')?.agreement),
    ...optional('setBy', valueOf(get('set by'), 'choice')?.choice.text as SetBy | undefined),
    ...optional('value', get('value')),
    ...optional('baseline', valueOf(get('baseline'), 'quantity')?.quantity),
    ...optional('target', valueOf(get('target'), 'quantity')?.quantity),
    ...optional('measure', get('measure')),
    ...optional('steps', stepsValue?.items),
    ...optional('obstacles', get('obstacles')),
    ...optional('supports', get('supports')),
    ...optional('start', valueOf(get('start'), 'date')?.date),
    ...optional('due', valueOf(get('due'), 'date')?.date),
    ...optional('review', valueOf(get('review'), 'interval')?.interval),
    ...optional('weight', valueOf(get('weight'), 'weight')?.weight),
    ...optional('startLevel', valueOf(get('start level'), 'level')?.level),
    ...optional('scale', scaleValue?.levels),
  };
}

/** `{ [key]: value }` when value is defined, else nothing; keeps absent fields absent. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
