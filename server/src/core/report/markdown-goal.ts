/**
 * One goal of the Markdown report: the nine template fields, what to look at, progress, milestones,
 * and then its tables (GAS levels, days free, measurements), revisions and journal.
 */
import type { GoalReport } from '../features/report-data';
import { pluralUnit } from '../features/unit-words';
import { cell, inline } from './markdown-text';
import { agreedFact, checksText, goalHeading, milestoneText, momentText, pathParts, stepsText } from './words';

/** The section of one goal. */
export function goalSection(goal: GoalReport): string[] {
  const out = [`## ${inline(goalHeading(goal))}`, '', `> ${inline(goal.statement)}`, ''];
  const fact = (name: string, value: string | undefined) => value !== undefined && out.push(`- **${name}:** ${value}`);
  fact('Status', inline(goal.statusText));
  const agreed = agreedFact(goal);
  if (agreed) fact(agreed[0], inline(capitalise(agreed[1])));
  fact('Why it matters', goal.value && inline(goal.value));
  fact('Checks', checksText(goal));
  for (const c of [...goal.checks, ...goal.otherFindings]) out.push(`  - ${inline(c.message)} (\`${c.rule}\`)`);
  const path = pathParts(goal).map(inline).join(' → ');
  fact('Baseline → latest → target', path);
  if (goal.measure.length > 0) fact('Measured by', goal.measure.map(inline).join('; '));
  fact('Progress', inline(goal.progress));
  fact('Review', inline(goal.review));
  if (goal.milestones.length > 0) {
    out.push('- **Milestones:**');
    for (const m of goal.milestones) out.push(`  - ${m.reachedOn ? '✓ ' : ''}${inline(milestoneText(m))}`);
  }
  if (goal.steps.length > 0) {
    out.push(`- **Steps** (${stepsText(goal)}):`);
    for (const s of goal.steps) out.push(`  - [${s.done ? 'x' : ' '}] ${inline(s.text)}${s.note ? ` – ${inline(s.note)}` : ''}`);
  }
  list(out, 'Obstacles', goal.obstacles);
  list(out, 'Supports', goal.supports);
  if (goal.note) fact('Note', inline(goal.note));
  out.push('');
  out.push(...levelTable(goal), ...dayCountTable(goal), ...measurementTable(goal), ...revisionTable(goal), ...timeline(goal));
  return out;
}

function list(out: string[], name: string, items: readonly string[]): void {
  if (items.length === 0) return;
  if (items.length === 1) out.push(`- **${name}:** ${inline(items[0]!)}`);
  else out.push(`- **${name}:**`, ...items.map((i) => `  - ${inline(i)}`));
}

function levelTable(goal: GoalReport): string[] {
  if (goal.levels.length === 0) return [];
  const rows = goal.levels.map((l) => `| ${l.date || 'start'}${l.source === 'start level' ? ' (start)' : ''} | ${l.level}${l.valid ? '' : ' (not counted)'} | ${cell(l.meaning ?? '')} |`);
  return ['| GAS date | level | meaning |', '|---|---:|---|', ...rows, ''];
}

function dayCountTable(goal: GoalReport): string[] {
  if (!goal.dayCount) return [];
  const rows = goal.dayCount.runs.map((r) => `| ${r.from} | ${r.current ? `${r.to} (so far)` : `${r.to} (lapse)`} | ${r.days} |`);
  return ['| days free from | to | days |', '|---|---|---:|', ...rows, ''];
}

function measurementTable(goal: GoalReport): string[] {
  if (goal.measurements.length === 0) return [];
  const out = [`| date | measured${goal.unit ? ` (${cell(pluralUnit(goal.unit))})` : ''} |`, '|---|---:|'];
  if (goal.baseline?.date && goal.baseline.value !== undefined) out.push(`| ${goal.baseline.date} (baseline) | ${cell(goal.baseline.amount ?? goal.baseline.text)} |`);
  for (const p of goal.measurements) out.push(`| ${p.date} | ${cell(p.amount)} |`);
  return [...out, ''];
}

function revisionTable(goal: GoalReport): string[] {
  if (goal.revisions.length === 0) return [];
  const rows = goal.revisions.map((r) => `| ${r.date} | ${cell(r.field)} | ${cell(r.value)} | ${cell(r.reason ?? '')} |`);
  return ['| revised on | field | new value | why |', '|---|---|---|---|', ...rows, ''];
}

function timeline(goal: GoalReport): string[] {
  if (goal.timeline.length === 0) return [];
  return [`**Journal of ${inline(goal.id)}**`, '', ...goal.timeline.map((m) => `- ${m.date} · ${inline(momentText(m))}`), ''];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
