/**
 * The start of a line and of a journal entry: entry kinds, today's date, the plan header's fields,
 * and the two whole-block snippets (a new goal, a review of every active goal).
 */
import { ENTRY_KIND_SPECS } from '../../entry-kinds';
import { CATEGORIES, type Plan } from '../../model';
import type { Wording } from '../../rules/rule';
import { isGasGoal } from '../../clinical/gas';
import { activeGoals } from '../../queries';
import { shiftDate } from '../../values/dates';
import { dateItems } from './dates';
import { headerFieldItems } from './fields';
import { escapeSnippet, makeItem, sortKey, type Request } from './item';
import type { CompletionItem } from './types';

/** One completion item for a kind of entry: what it inserts, and whether a goal id comes next. */
interface KindItem {
  readonly label: string;
  readonly text: string;
  readonly detail: Wording;
  readonly retrigger: boolean;
}

/**
 * The items for the kinds in the table (entry-kinds.ts), in its order. A kind that names a goal
 * inserts a space and asks for the goal ids; a kind with its own form about one goal (`note`) is
 * offered twice, `note: ` for the plan and `note <goal>` before a goal id.
 */
const KIND_ITEMS: readonly KindItem[] = ENTRY_KIND_SPECS.flatMap(({ name, shape, description, aboutGoal }): KindItem[] => {
  if (shape === 'remark') return [{ label: name, text: name, detail: description, retrigger: false }];
  if (!aboutGoal) return [{ label: name, text: `${name} `, detail: description, retrigger: true }];
  return [
    { label: name, text: `${name}: `, detail: description, retrigger: false },
    { label: `${name} <goal>`, text: `${name} `, detail: aboutGoal, retrigger: true },
  ];
});

/** The kinds of journal entry, in the settings' voice, then the measures the header declares with `track`. */
export function entryKindItems(request: Request): CompletionItem[] {
  const { atLineEnd } = request.context;
  const voice = request.config?.voice ?? 'standard';
  const kinds = KIND_ITEMS.map(({ label, text, detail, retrigger }, index) => {
    const word = label.split(' ')[0]!;
    return makeItem(request, label, 'entry-kind', atLineEnd ? text : word, {
      detail: detail[voice],
      sortText: sortKey(0, index),
      filterText: word === label ? undefined : word,
      triggerSuggest: atLineEnd && retrigger,
    });
  });
  const tracked = request.plan.header.tracked.map((measure, index) => {
    const scale = measure.min !== undefined && measure.max !== undefined ? `${measure.min}-${measure.max}` : '';
    const detail = ['tracked measure', [scale, measure.unit].filter(Boolean).join(' ')].filter(Boolean).join(': ');
    return makeItem(request, measure.name.text, 'entry-kind', measure.name.text + (atLineEnd ? ': ' : ''), { detail, sortText: sortKey(1, index) });
  });
  return [...kinds, ...tracked];
}

/** An empty line: the header's fields while in the header; later, today's entry and the snippets. */
export function lineStartItems(request: Request, inHeader: boolean): CompletionItem[] {
  const whole = request.context.atLineEnd;
  const goal = whole ? newGoalItem(request) : undefined;
  if (inHeader) return [...headerFieldItems(request), ...(goal ? [{ ...goal, sortText: sortKey(1, 0) }] : [])];
  const review = whole ? reviewAllItem(request) : undefined;
  return [...dateItems(request, 'journal').slice(0, 1), ...[review, goal].filter((item) => item !== undefined)];
}

/** The whole goal template to tab through; without snippets, just the `goal ` keyword. */
function newGoalItem(request: Request): CompletionItem {
  const common = { detail: 'A new goal with the documentation template', sortText: sortKey(2, 0) };
  if (!request.snippets) return makeItem(request, 'goal', 'snippet', 'goal ', common);
  const lines = newGoalTemplate(request.plan, request.today);
  return makeItem(request, 'goal', 'snippet', lines.join(request.eol), { ...common, snippet: true, documentation: 'The nine fields of the documentation template, to fill in with the client.' });
}

/** The lines of a new goal with the whole documentation template, as a snippet to tab through. */
export function newGoalTemplate(plan: Plan, today: string): string[] {
  const due = shiftDate(today, 12, 'week') ?? 'YYYY-MM-DD';
  return [
    'goal ${1:new-goal}: ${2:what will change, by how much, by when}',
    `  category: \${3|${CATEGORIES.join(',')}|}`,
    '  kind: ${4|outcome,process|}',
    '  value: ${5:why this goal matters}',
    `  baseline: \${6:3 attacks/week} on \${7:${today}}`,
    '  measure: ${8:what is counted, and when}',
    '  target: ${9:1 attack/week}',
    '  steps:',
    '    - [ ] ${10:first step}',
    '  obstacles: ${11:what could get in the way}',
    '  supports: ${12:people, tools and strategies that help}',
    `  due: \${13:${due}}`,
    // With a plan-wide schedule the goal needs none of its own.
    ...(plan.header.review ? [] : ['  review: ${14:every 2 weeks}']),
  ];
}

/**
 * A review of every active goal, dated today: one `review <goal>: 0` line per goal scored with GAS,
 * and one `review <goal>, <goal> -- ...` line in words for all the others.
 */
function reviewAllItem(request: Request): CompletionItem | undefined {
  if (!request.snippets) return undefined;
  const { plan, today } = request;
  const active = activeGoals(plan, today);
  if (active.length === 0) return undefined;
  const scored = active.filter((goal) => isGasGoal(plan, goal, today));
  const inWords = active.filter((goal) => !scored.includes(goal));
  const lines = scored.map((goal, i) => `${today} review ${escapeSnippet(goal.id)}: \${${i + 1}:0}`);
  if (inWords.length > 0) lines.push(`${today} review ${inWords.map((g) => escapeSnippet(g.id)).join(', ')} -- \${${scored.length + 1}:how it went}`);
  return makeItem(request, 'review all goals', 'snippet', lines.join(request.eol), {
    detail: `A review of ${active.map((g) => g.id).join(', ')}`,
    documentation: 'A review of every active goal, dated today: a level for each goal with a GAS scale, and one line in words for the others; tab from one to the next.',
    sortText: sortKey(1, 0),
    snippet: true,
  });
}
