/** Reading the plan header: the `key: value` lines before the first goal. */
import { HEADER_FIELDS } from '../fields';
import type { Field, Header, TrackedMeasure } from '../model';
import type { DiagnosticSink } from './diagnostics';
import { readField, type FieldDraft } from './field';

const RANGE = /^(-?\d+(?:\.\d+)?)\s*(?:-|–|\.\.|to)\s*(-?\d+(?:\.\d+)?)\s*(.*)$/;
/** `yes/no`, `yes or no`, `y/n`: a measure answered yes or no each day. */
const YES_NO_DECLARATION = /^(?:yes\s*(?:\/|or)\s*no|y\s*\/\s*n)$/i;

export function readHeader(drafts: readonly FieldDraft[], sink: DiagnosticSink): Header {
  const fields: Field[] = [];
  const seen = new Map<string, Field>();
  const tracked: TrackedMeasure[] = [];
  let header: Omit<Header, 'fields' | 'tracked'> = {};
  for (const draft of drafts) {
    const read = readField(draft, HEADER_FIELDS, 'of the plan header', sink);
    if (!read) continue;
    const { field, spec } = read;
    fields.push(field);
    if (!spec) continue;
    const name = spec.key === 'track' ? draft.line.head[1]?.text ?? '' : '';
    const slot = name ? `track ${name}` : spec.key;
    const earlier = seen.get(slot);
    if (earlier) {
      sink.error(field.key.range, 'duplicate-field', `'${slot}' is already set on line ${earlier.range.start.line + 1}. Keep one of the two.`);
      continue;
    }
    seen.set(slot, field);
    const value = field.value;
    if (spec.key === 'track') {
      const nameText = draft.line.head[1]!;
      const raw = field.raw?.text ?? '';
      const match = RANGE.exec(raw);
      const yesNo = YES_NO_DECLARATION.test(raw);
      tracked.push({
        name: { text: nameText.text, range: nameText.range },
        range: field.range,
        type: yesNo ? 'yes-no' : 'number',
        unit: yesNo ? '' : (match ? match[3] : raw)!.trim(),
        ...(match && !yesNo && { min: Number(match[1]), max: Number(match[2]) }),
        ...(field.raw && { declared: field.raw }),
      });
    } else if (value?.type === 'text') {
      const key = spec.key === 'plan' ? 'title' : spec.key;
      header = { ...header, [key]: value.text };
    } else if (value?.type === 'date') header = { ...header, start: value.date };
    else if (value?.type === 'interval') header = { ...header, review: value.interval };
  }
  return { ...header, tracked, fields };
}
