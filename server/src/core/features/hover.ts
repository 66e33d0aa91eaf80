/** Hovers: what a goal id, category, field, date or GAS level means, in a few lines of Markdown. */
import { format } from 'date-fns';
import { CATEGORY_INFO } from '../categories';
import { TEMPLATE_FIELDS } from '../fields';
import type { Config } from '../config';
import type { Plan, Position, Range } from '../model';
import { effectiveStatement, goalStatus } from '../queries';
import { formatLevel, LEVEL_MEANINGS } from '../rules/gas/levels';
import { toDate } from '../values/dates';
import { nodeAt } from './node-at';
import { gasSummary, progressSummary, relativeDay, reviewSummary } from './summaries';

export interface Hover {
  /** Markdown. */
  readonly contents: string;
  readonly range: Range;
}


/** The hover at `position`, or undefined over plain text. */
export function hover(plan: Plan, position: Position, today: string, config?: Config): Hover | undefined {
  const node = nodeAt(plan, position);
  if (!node) return undefined;
  switch (node.kind) {
    case 'goal': {
      const { goal, occurrence } = node;
      if (!goal) return { contents: `No goal called \`${occurrence.id}\` in this plan.`, range: occurrence.range };
      const facts = [goal.category?.text, goal.kind, goal.term && `${goal.term} term`, goalStatus(plan, goal.id, today)].filter(Boolean).join(' · ');
      const lines = [
        `**${goal.id}** · ${facts}`,
        '',
        effectiveStatement(plan, goal, today).text,
        '',
        `- Progress: ${progressSummary(plan, goal, today)}`,
        `- ${reviewSummary(plan, goal, today, config)}`,
      ];
      const gas = gasSummary(plan, goal, today);
      if (gas) lines.push(`- ${gas}`);
      return { contents: lines.join('\n'), range: occurrence.range };
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
