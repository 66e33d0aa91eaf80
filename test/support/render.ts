/**
 * Renders parse results as text for inline snapshots: diagnostics drawn under the lines they
 * point at, and the model as an outline.
 */
import { parse, type Diagnostic, type Entry, type Goal, type Plan, type Quantity, type Range } from '../../server/src/core/index';

/** Joins lines with '\n', so fixtures read like the files they stand for. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

function underline(line: string, diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  const from = start.character;
  const to = end.line === start.line ? Math.max(end.character, from + 1) : Math.max(line.length, from + 1);
  return `${' '.repeat(from)}${'^'.repeat(to - from)} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

/** The document with each diagnostic drawn under its line; lines without one are left out. */
export function renderDiagnostics(text: string, diagnostics: readonly Diagnostic[] = parse(text).diagnostics): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: string[] = [];
  lines.forEach((line, index) => {
    const here = diagnostics.filter((d) => d.range.start.line === index);
    if (here.length === 0) return;
    out.push(line);
    for (const d of here) out.push(underline(line, d));
  });
  return out.join('\n');
}

function at(range: Range): string {
  const { start, end } = range;
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

function quantity(q: Quantity | undefined): string {
  if (!q) return '-';
  const m = q.measurement;
  const number = m ? `${m.value}${m.upper !== undefined ? `..${m.upper}` : ''}${m.outOf !== undefined ? ` of ${m.outOf}` : ''}${m.unit ? ` [${m.unit}]` : ''}` : `"${q.text.text}"`;
  return q.date ? `${number} on ${q.date.iso}` : number;
}

function renderGoal(goal: Goal): string[] {
  const note = goal.note ? ` -- "${goal.note.text}"` : '';
  const out = [`goal ${goal.id} @${at(goal.range)}: "${goal.statement.text}"${note}`];
  const add = (label: string, value: string | undefined) => value !== undefined && out.push(`  ${label}: ${value}`);
  add('category', goal.category?.text);
  add('kind', goal.kind);
  add('term', goal.term);
  add('part of', goal.partOf?.text);
  add('baseline', goal.baseline && quantity(goal.baseline));
  add('target', goal.target && quantity(goal.target));
  add('start', goal.start?.iso);
  add('due', goal.due?.iso);
  add('review', goal.review && `${goal.review.count} ${goal.review.unit}`);
  add('weight', goal.weight && `${goal.weight.value}${goal.weight.importance !== undefined ? ` (${goal.weight.importance} x ${goal.weight.difficulty})` : ''}`);
  add('start level', goal.startLevel?.toString());
  for (const m of goal.milestones) add(`milestone ${m.date.iso}`, quantity(m.quantity));
  for (const step of goal.steps ?? []) out.push(`  step ${step.done === undefined ? '[?]' : step.done ? '[x]' : '[ ]'} ${step.text.text}`);
  for (const key of ['value', 'measure', 'obstacles', 'supports'] as const) {
    const field = goal[key];
    if (field?.value?.type === 'text') add(key, `"${field.value.text.text}"`);
    if (field?.value?.type === 'list') add(key, field.value.items.map((i) => `"${i.text.text}"`).join(', '));
  }
  for (const level of goal.scale ?? []) out.push(`  level ${level.level}: ${level.text.text}`);
  const unknown = goal.fields.filter((f) => !f.value).map((f) => f.key.name);
  if (unknown.length) add('unread', unknown.join(', '));
  return out;
}

function renderEntry(entry: Entry): string {
  const goal = 'goal' in entry && entry.goal ? ` ${entry.goal.text}` : '';
  let detail = '';
  switch (entry.kind) {
    case 'progress':
      detail = ` = ${quantity(entry.quantity)}`;
      break;
    case 'review':
      detail = ` = ${entry.level}`;
      break;
    case 'revise':
      detail = ` ${entry.field.key.name}${entry.field.keyDate ? ` ${entry.field.keyDate.iso}` : ''}${entry.field.keyLevel !== undefined ? ` ${entry.field.keyLevel}` : ''} -> "${entry.field.raw?.text}"`;
      break;
    case 'measure':
      detail = ` ${entry.name.text} = ${quantity(entry.quantity)}`;
      break;
    case 'note':
      detail = entry.text ? ` "${entry.text.text}"` : '';
      break;
  }
  const note = entry.note ? ` -- "${entry.note.text}"` : '';
  return `${entry.date.iso} ${entry.kind}${goal}${detail}${note}`;
}

/** An outline of the plan: header, goals with their fields, journal, comments. */
export function renderPlan(plan: Plan): string {
  const h = plan.header;
  const out: string[] = [];
  if (h.title) out.push(`plan: ${h.title.text}`);
  if (h.client) out.push(`client: ${h.client.text}`);
  if (h.clinician) out.push(`clinician: ${h.clinician.text}`);
  if (h.start) out.push(`start: ${h.start.iso}`);
  if (h.review) out.push(`review: ${h.review.count} ${h.review.unit}`);
  for (const t of h.tracked) out.push(`track ${t.name.text}: ${t.min ?? ''}..${t.max ?? ''} ${t.unit}`.trimEnd());
  for (const goal of plan.goals) out.push(...renderGoal(goal));
  for (const entry of plan.journal) out.push(renderEntry(entry));
  for (const c of plan.comments) out.push(`# ${c.text}${c.ownLine ? '' : ' (end of line)'}`);
  return out.join('\n');
}

/** Parses and renders the plan, failing if the fixture has any diagnostic. */
export function renderClean(text: string): string {
  const { plan, diagnostics } = parse(text);
  if (diagnostics.length > 0) throw new Error(`expected no diagnostics:\n${renderDiagnostics(text, diagnostics)}`);
  return renderPlan(plan);
}
