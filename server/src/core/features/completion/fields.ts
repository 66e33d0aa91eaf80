/** Field keys: the goal fields a goal still lacks, the plan header's, and the fields a revision can change. */
import { GOAL_FIELDS, HEADER_FIELDS, type FieldSpec, TEMPLATE_FIELDS } from '../../fields';
import type { Goal } from '../../model';
import { shiftDate } from '../../values/dates';
import { escapeSnippet, makeItem, sortKey, type Request } from './item';
import type { CompletionItem } from './types';
import { goalUnits } from './values';


/** Keys whose values have suggestions of their own, so the list opens again after `key: `. */
const SUGGESTED_VALUES = new Set(['category', 'kind', 'term', 'part of', 'start', 'due', 'review', 'start level']);

/** Template fields that are optional even in a complete goal: they do not go to the top of the list. */
const OPTIONAL = new Set(['start', 'milestone']);

/** What the five scale lines look like when first written. */
const SCALE_HINTS: readonly (readonly [string, string])[] = [
  ['-2', 'much less than expected'],
  ['-1', 'somewhat less than expected'],
  [' 0', 'the expected outcome'],
  ['+1', 'somewhat more than expected'],
  ['+2', 'much more than expected'],
];

/** The goal fields not yet written; the template fields the goal still lacks come first. */
export function goalFieldItems(request: Request, goal: Goal, indent: string): CompletionItem[] {
  const present = new Set(goal.fields.filter((f) => f.range.start.line !== request.context.line).map((f) => f.key.name));
  const specs = GOAL_FIELDS.filter((spec) => !spec.revisionOnly && (spec.key === 'milestone' || !present.has(spec.key)));
  return specs.map((spec, index) => {
    const group = spec.template && !OPTIONAL.has(spec.key) ? 0 : 1;
    return keyItem(request, spec, sortKey(group, index), goalFieldText(request, spec, goal, indent));
  });
}

/** The header fields not yet written (`track` may repeat). */
export function headerFieldItems(request: Request): CompletionItem[] {
  const present = new Set(request.plan.header.fields.filter((f) => f.range.start.line !== request.context.line).map((f) => f.key.name));
  return HEADER_FIELDS.filter((spec) => spec.key === 'track' || !present.has(spec.key)).map((spec, index) => {
    const hint = { plan: 'title', client: 'name', clinician: 'name' }[spec.key];
    let text: FieldText = { text: `${spec.key}: `, retrigger: SUGGESTED_VALUES.has(spec.key) };
    if (spec.key === 'track') text = request.snippets ? { text: 'track ${1:mood}: ${2:1-10}', snippet: true } : { text: 'track ' };
    else if (hint && request.snippets) text = { text: `${spec.key}: \${1:${hint}}`, snippet: true };
    return keyItem(request, spec, sortKey(0, index), text);
  });
}

/** The fields `revise <goal>` can change; the ones most often revised come first. */
export function reviseKeyItems(request: Request): CompletionItem[] {
  const common = ['target', 'due', 'statement', 'review'];
  const specs = GOAL_FIELDS.filter((spec) => spec.type !== 'scale' && spec.type !== 'steps');
  const unique = specs.filter((spec, i) => specs.findIndex((s) => s.key === spec.key) === i);
  return unique.map((spec, index) => {
    const text: FieldText =
      spec.key === 'milestone' ? { text: 'milestone ', retrigger: true }
      : spec.key === 'scale' ? { text: 'scale ' }
      : { text: `${spec.key}: `, retrigger: SUGGESTED_VALUES.has(spec.key) };
    const rank = common.indexOf(spec.key);
    return keyItem(request, spec, rank >= 0 ? sortKey(0, rank) : sortKey(1, index), text);
  });
}

interface FieldText {
  readonly text: string;
  readonly snippet?: boolean;
  readonly retrigger?: boolean;
}

/** One key; in the middle of a line (`ba|seline: 3`) it writes the key alone. */
function keyItem(request: Request, spec: FieldSpec, sortText: string, text: FieldText): CompletionItem {
  const template = spec.template ? `Template field ${spec.template}: ${TEMPLATE_FIELDS[spec.template]}.` : undefined;
  const common = { detail: spec.summary, documentation: template, sortText };
  if (!request.context.atLineEnd) return makeItem(request, spec.key, 'field', spec.key, common);
  return makeItem(request, spec.key, 'field', text.text, { ...common, snippet: text.snippet, triggerSuggest: text.retrigger });
}

/** What a goal field writes: its key and colon, or with snippets a filled-in example to tab through. */
function goalFieldText(request: Request, spec: FieldSpec, goal: Goal, indent: string): FieldText {
  const { snippets, eol, today } = request;
  const child = `${eol}${indent}  `;
  const unit = escapeSnippet(goalUnits(request.plan, goal, request.context.asOf, request.context.line)[0]?.unit ?? 'attacks/week');
  switch (spec.key) {
    case 'steps':
      return snippets ? { text: `steps:${child}- [ ] \${1:first step}`, snippet: true } : { text: `steps:${child}- [ ] ` };
    case 'scale':
      return snippets
        ? { text: `scale:${SCALE_HINTS.map(([level, hint], i) => `${child}${level}: \${${i + 1}:${hint}}`).join('')}`, snippet: true }
        : { text: `scale:${SCALE_HINTS.map(([level]) => `${child}${level}: `).join('')}` };
    case 'milestone': {
      const date = shiftDate(today, 4, 'week');
      return snippets && date
        ? { text: `milestone \${1:${date}}: \${2:what should be true by then}`, snippet: true }
        : { text: 'milestone ', retrigger: true };
    }
  }
  if (SUGGESTED_VALUES.has(spec.key) || !snippets) return { text: `${spec.key}: `, retrigger: SUGGESTED_VALUES.has(spec.key) };
  const example: Record<string, string> = {
    value: '${1:why this goal matters}',
    baseline: `\${1:3 ${unit}} on \${2:${today}}`,
    target: `\${1:1 ${unit}}`,
    measure: '${1:what is counted, and when}',
    obstacles: '${1:what could get in the way}',
    supports: '${1:people, tools and strategies that help}',
    weight: '${1:2 x 2}',
  };
  const value = example[spec.key];
  return value ? { text: `${spec.key}: ${value}`, snippet: true } : { text: `${spec.key}: ` };
}
