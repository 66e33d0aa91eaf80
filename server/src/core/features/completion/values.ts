/** Values after a key: categories, choices, goal ids, units, GAS levels and review schedules. */
import { isGasGoal } from '../../clinical/gas';
import { CATEGORY_INFO } from '../../categories';
import type { Goal, Plan, Quantity } from '../../model';
import { effectiveStatement, effectiveTarget, goalStatus, progressOf, type GoalStatus } from '../../queries';
import { formatLevel, GAS_LEVELS, LEVEL_MEANINGS } from '../../rules/gas/levels';
import { normalizeUnit } from '../../values/measurement';
import { formatInterval, type IntervalParts } from '../../values/interval';
import { gasSummary, progressSummary, reviewSummary } from '../summaries';
import { makeItem, sortKey, type Request } from './item';
import type { CompletionItem } from './types';

export function categoryItems(request: Request): CompletionItem[] {
  return CATEGORY_INFO.map((info, index) =>
    makeItem(request, info.id, 'category', info.id, {
      detail: info.summary,
      documentation: `**${info.title}**\n\n${info.summary}\n\nFor example: _${info.example}_`,
      sortText: sortKey(0, index),
    }),
  );
}

const CHOICES: Record<'kind' | 'term', readonly (readonly [string, string])[]> = {
  kind: [
    ['outcome', 'A result to reach, such as fewer panic attacks.'],
    ['process', 'Something to keep doing, such as practising breathing.'],
  ],
  term: [
    ['short', 'Weeks: a step on the way, often part of a long-term goal.'],
    ['long', 'Months: a goal that short-term goals serve.'],
  ],
};

export function choiceItems(request: Request, key: 'kind' | 'term'): CompletionItem[] {
  return CHOICES[key].map(([choice, detail], index) => makeItem(request, choice, 'value', choice, { detail, sortText: sortKey(0, index) }));
}

/** `part of`: any other goal; long-term goals first, then the active ones. */
export function partOfItems(request: Request): CompletionItem[] {
  const self = request.context.goal;
  const { plan, today } = request;
  return plan.goals
    .filter((goal) => goal.id !== self?.id)
    .map((goal, index) => {
      const active = goalStatus(plan, goal.id, today) === 'active';
      const group = goal.term === 'long' ? 0 : active ? 1 : 2;
      return goalItem(request, plan, goal, goal.id, sortKey(group, index));
    });
}

/** Which goals suit each kind of entry best; every goal is offered, the likeliest first. */
function entryGroup(kind: string, goal: Goal, status: GoalStatus): number {
  const active = status === 'active';
  switch (kind) {
    case 'resumed':
      return status === 'paused' || status === 'dropped' ? 0 : 1;
    case 'progress':
      return active ? (goal.baseline || goal.target ? 0 : 1) : 2;
    case 'review':
      return active ? (goal.scale?.length ? 0 : 1) : 2;
    default:
      return active ? 0 : 1;
  }
}

/** What follows the goal id in each kind of entry, and whether that has suggestions of its own. */
const AFTER_GOAL: Record<string, readonly [string, boolean]> = {
  progress: [': ', false],
  review: [': ', true],
  revise: [' ', true],
  note: [': ', false],
  win: [' -- ', false],
  setback: [' -- ', false],
  lapse: [' -- ', false],
};

/** The goal ids after `progress`, `review`, `revise`, a status or `note`. */
export function entryGoalItems(request: Request, kind: string): CompletionItem[] {
  const { plan } = request;
  const [suffix, retrigger] = (request.context.atLineEnd && AFTER_GOAL[kind]) || ['', false];
  return plan.goals.map((goal, index) => {
    // A goal without GAS is reviewed in words, so its id leads to a remark rather than a level.
    const inWords = kind === 'review' && suffix !== '' && !isGasGoal(plan, goal, request.today);
    const status = goalStatus(plan, goal.id, request.context.asOf);
    const more = kind === 'review' ? [reviewSummary(plan, goal, request.today, request.config), gasSummary(plan, goal, request.today)]
      : kind === 'progress' ? [progressSummary(plan, goal, request.today)] : [];
    return goalItem(request, plan, goal, goal.id + (inWords ? ' -- ' : suffix), sortKey(entryGroup(kind, goal, status), index), more, retrigger && !inWords);
  });
}

function goalItem(request: Request, plan: Plan, goal: Goal, newText: string, sortText: string, more: readonly (string | undefined)[] = [], retrigger = false): CompletionItem {
  const status = goalStatus(plan, goal.id, request.context.asOf);
  const facts = [goal.category?.text, goal.kind, goal.term && `${goal.term} term`, status].filter(Boolean).join(' · ');
  const lines = more.filter((line): line is string => line !== undefined).map((line) => `- ${line}`);
  const statement = effectiveStatement(plan, goal, request.context.asOf).text;
  return makeItem(request, goal.id, 'goal', newText, {
    detail: status === 'active' ? statement : `(${status}) ${statement}`,
    documentation: [`**${goal.id}** · ${facts}`, '', statement, ...(lines.length ? ['', ...lines] : [])].join('\n'),
    sortText,
    triggerSuggest: retrigger,
  });
}

/** A unit a goal already uses, and where it was first found. */
export interface GoalUnit {
  readonly unit: string;
  readonly source: string;
}

/**
 * The units a goal uses, target first, then baseline, milestones and progress (newest first); one
 * per unit however it is spelled. A unit half-typed on line `typing` is not one of them.
 */
export function goalUnits(plan: Plan, goal: Goal, asOf: string, typing: number): GoalUnit[] {
  const found: GoalUnit[] = [];
  const add = (quantity: Quantity | undefined, source: string) => {
    const unit = quantity?.measurement?.unit;
    if (!unit || quantity.text.range.start.line === typing) return;
    if (!found.some((u) => normalizeUnit(u.unit) === normalizeUnit(unit))) found.push({ unit, source });
  };
  add(effectiveTarget(plan, goal, asOf), 'the target’s unit');
  add(goal.baseline, 'the baseline’s unit');
  for (const milestone of goal.milestones) add(milestone.quantity, `milestone ${milestone.date.iso}`);
  for (const entry of progressOf(plan, goal.id).reverse()) add(entry.quantity, `progress on ${entry.date.iso}`);
  return found;
}

export function unitItems(request: Request): CompletionItem[] {
  const goal = request.context.goal;
  if (!goal) return [];
  return goalUnits(request.plan, goal, request.context.asOf, request.context.line).map(({ unit, source }, index) =>
    makeItem(request, unit, 'unit', unit, { detail: source, sortText: sortKey(0, index), preselect: index === 0 }),
  );
}

/** GAS levels -2..+2, each with what the goal's scale says it looks like. */
export function levelItems(request: Request, use: 'review' | 'start-level'): CompletionItem[] {
  const goal = request.context.goal;
  return GAS_LEVELS.map((level, index) => {
    const label = formatLevel(level);
    const text = goal?.scale?.find((l) => l.level === level)?.text.text;
    const usual = use === 'start-level' && level === -1 ? '\n\nThe usual start level; -2 when no worse outcome is plausible.' : '';
    return makeItem(request, label, 'level', label, {
      detail: text ?? LEVEL_MEANINGS[level],
      documentation: `GAS level **${label}**: ${LEVEL_MEANINGS[level]}.${usual}`,
      sortText: sortKey(0, index),
      preselect: usual !== '',
    });
  });
}

const SCHEDULES: readonly IntervalParts[] = [
  { count: 1, unit: 'week' },
  { count: 2, unit: 'week' },
  { count: 4, unit: 'week' },
  { count: 1, unit: 'month' },
  { count: 1, unit: 'session' },
  { count: 2, unit: 'session' },
  { count: 4, unit: 'session' },
];

/** Review schedules; in a goal, the plan's own schedule (or the settings' default) comes first. */
export function intervalItems(request: Request, inHeader: boolean): CompletionItem[] {
  const inherited = inHeader ? undefined : request.plan.header.review ? [request.plan.header.review, 'the plan’s schedule'] as const
    : request.config?.defaultReview ? [request.config.defaultReview, 'the default in the settings'] as const : undefined;
  const schedules = inherited ? [inherited[0], ...SCHEDULES] : SCHEDULES;
  const written = schedules.map(formatInterval).filter((text, i, all) => all.indexOf(text) === i);
  return written.map((text, index) => {
    const detail = inherited && index === 0 ? inherited[1] : text.endsWith('session') || text.endsWith('sessions') ? 'counted in the journal’s session lines' : undefined;
    return makeItem(request, text, 'interval', text, { detail, sortText: sortKey(0, index) });
  });
}
