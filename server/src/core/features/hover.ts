/** Hovers: what a goal id, category, field, date or GAS level means, in a few lines of Markdown. */
import { format } from 'date-fns';
import { CATEGORY_INFO } from '../categories';
import { TEMPLATE_FIELDS } from '../fields';
import type { Config } from '../config';
import type { Goal, Plan, Position, Range } from '../model';
import type { DocumentContext } from './context';
import { effectiveStatement } from '../queries';
import { milestoneStandings } from '../clinical/milestones';
import { formatLevel, LEVEL_MEANINGS } from '../rules/gas/levels';
import { toDate } from '../values/dates';
import { nodeAt } from './node-at';
import { goalState, momentsOf, momentWords, statusWords } from './goal-state';
import { quantityText } from './report-values';
import { gasSummary, progressSummary, relativeDay, reviewSummary } from './summaries';

export interface Hover {
  /** Markdown. */
  readonly contents: string;
  readonly range: Range;
}


/**
 * What a goal is and where it stands: its status (with the date it took it), statement, progress or
 * day count, next review, GAS level, milestones reached, and its last win and last setback, since a
 * setback is part of the story and a win is worth seeing again.
 */
function goalHover(plan: Plan, goal: Goal, today: string, config: Config): string {
  const facts = [goal.category?.text, goal.kind, goal.term && `${goal.term} term`, statusWords(goalState(plan, goal, today))].filter(Boolean).join(' · ');
  const lines = [`**${goal.id}** · ${facts}`, '', effectiveStatement(plan, goal, today).text, '', `- Progress: ${progressSummary(plan, goal, today)}`, `- ${reviewSummary(plan, goal, today, config)}`];
  const gas = gasSummary(plan, goal, today);
  if (gas) lines.push(`- ${gas}`);
  const milestones = milestoneStandings(plan, goal, today);
  const reached = milestones.filter((m) => m.reachedOn).sort((a, b) => a.reachedOn!.localeCompare(b.reachedOn!));
  if (milestones.length > 0) {
    const latest = reached.at(-1);
    const which = latest ? ` (latest: ${quantityText(latest.milestone.quantity)}, on ${latest.reachedOn})` : '';
    lines.push(`- Milestones: ${reached.length} of ${milestones.length} reached${which}`);
  }
  const moments = momentsOf(plan, goal, today);
  const win = moments.filter((m) => m.kind === 'win').at(-1);
  const setback = moments.filter((m) => m.kind !== 'win').at(-1);
  if (win) lines.push(`- Last win: ${momentWords(win)}`);
  if (setback) lines.push(`- Last setback: ${momentWords(setback)}`);
  // The plan's text goes into Markdown: characters that would start markup are shown as written.
  return lines.map((line, i) => (i === 0 ? line : escapeMarkdown(line))).join('\n');
}

/** Plan text inside the hover's Markdown, shown as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** The hover at `position`, or undefined over plain text. */
export function hover({ snapshot: { plan }, today, config }: DocumentContext, position: Position): Hover | undefined {
  const node = nodeAt(plan, position);
  if (!node) return undefined;
  switch (node.kind) {
    case 'goal': {
      const { goal, occurrence } = node;
      if (!goal) return { contents: `No goal called \`${occurrence.id}\` in this plan.`, range: occurrence.range };
      return { contents: goalHover(plan, goal, today, config), range: occurrence.range };
    }
    case 'category': {
      const info = CATEGORY_INFO.find((c) => c.id === node.category.text);
      if (!info) return { contents: `\`${node.category.text}\` is not one of the seven categories.`, range: node.category.range };
      return { contents: `**${info.title}**\n\n${info.summary}\n\nFor example: _${info.example}_`, range: node.category.range };
    }
    case 'field-key': {
      const { spec } = node;
      const template = spec.template ? `\n\nTemplate field ${spec.template}: ${TEMPLATE_FIELDS[spec.template]}.` : '';
      return { contents: `**${spec.key}**${node.inHeader ? ' (plan)' : ''}\n\n${spec.summary}${template}`, range: node.range };
    }
    case 'date': {
      const date = toDate(node.date.iso);
      if (!date) return undefined;
      return { contents: `${format(date, 'EEEE d MMMM yyyy')} · ${relativeDay(node.date.iso, today)}`, range: node.date.range };
    }
    case 'review-level': {
      const { entry, goal } = node;
      const text = goal?.scale?.find((l) => l.level === entry.level)?.text.text;
      const meaning = text ? `: ${text}` : goal?.scale ? ' (not described by the scale)' : ` (${entry.goal.text} has no scale)`;
      return { contents: `GAS level **${formatLevel(entry.level)}**${meaning}`, range: entry.levelRange };
    }
    case 'scale-level': {
      const meaning = LEVEL_MEANINGS[node.level.level] ?? 'outside the -2 to +2 scale';
      return { contents: `GAS level **${formatLevel(node.level.level)}**: ${meaning}.`, range: node.level.levelRange };
    }
  }
}
