/**
 * The report as Markdown: the same sections as the HTML, with a table of measurements where the HTML
 * draws a chart, so that it reads well in a terminal, a pull request, a notes app or VS Code's Markdown
 * preview (the extension's plan summary shows exactly this text).
 */
import type { GoalReport, ReportData, ReportScore } from '../features/report-data';

/** Renders the report as GitHub-flavoured Markdown. */
export function renderMarkdown(report: ReportData, file: string): string {
  const out: string[] = [`# ${inline(report.title)}`, ''];
  const facts: [string, string | undefined][] = [
    ['Client', report.client],
    ['Clinician', report.clinician],
    ['Plan start', report.start],
    ['Reviews', report.review],
    ['Report date', report.today],
    ['File', file],
  ];
  for (const [name, value] of facts) if (value !== undefined) out.push(`- **${name}:** ${inline(value)}`);
  out.push('');
  if (report.planChecks.length > 0) {
    out.push('## Plan checks', '');
    for (const c of report.planChecks) out.push(`- ${inline(c.message)} (\`${c.rule}\`)`);
    out.push('');
  }
  for (const goal of report.goals) out.push(...goalSection(goal));
  out.push(...scoreSection(report));
  return `${out.join('\n').trimEnd()}\n`;
}

function goalSection(goal: GoalReport): string[] {
  const out = [`## ${inline(goalHeading(goal))}`, '', `> ${inline(goal.statement)}`, ''];
  out.push(`- **Status:** ${statusText(goal)}`);
  out.push(`- **SMART:** ${goal.checks.length === 0 ? 'meets the SMART checks' : `${goal.checks.length === 1 ? '1 check' : `${goal.checks.length} checks`} to look at`}`);
  for (const c of goal.checks) out.push(`  - ${inline(c.message)} (\`${c.rule}\`)`);
  const path = [goal.baseline, goal.latest, goal.target].map((v) => (v ? inline(v.text) : '–')).join(' → ');
  out.push(`- **Baseline → latest → target:** ${path}`);
  out.push(`- **Progress:** ${inline(goal.progress)}`);
  out.push(`- **Review:** ${inline(goal.review)}`);
  if (goal.milestones.length > 0) {
    out.push(`- **Milestones:** ${goal.milestones.map((m) => `${inline(m.text)} by ${m.date ?? '?'}`).join('; ')}`);
  }
  out.push('');
  if (goal.levels.length > 0) {
    out.push('| GAS date | level | meaning |', '|---|---:|---|');
    for (const l of goal.levels) out.push(`| ${l.date || 'start'}${l.source === 'start level' ? ' (start)' : ''} | ${l.level} | ${cell(l.meaning ?? '')} |`);
    out.push('');
  }
  if (goal.measurements.length > 0) {
    out.push(`| date | measured${goal.unit ? ` (${cell(goal.unit)})` : ''} |`, '|---|---:|');
    if (goal.baseline?.date && goal.baseline.value !== undefined) out.push(`| ${goal.baseline.date} (baseline) | ${cell(goal.baseline.amount ?? goal.baseline.text)} |`);
    for (const p of goal.measurements) out.push(`| ${p.date} | ${cell(p.amount)} |`);
    out.push('');
  }
  return out;
}

function scoreSection(report: ReportData): string[] {
  const out = ['## GAS T-score over time', ''];
  if (report.gasGoals.length === 0) return [...out, 'No goal has a GAS scale, a start level or a review yet.', ''];
  out.push(`Goals counted: ${report.gasGoals.join(', ')} (ρ ${report.rho}).`, '', '| date | T-score | change |', '|---|---:|---:|');
  for (const s of report.scores) out.push(`| ${s.label}${s.label === 'baseline' && s.date ? ` (${s.date})` : ''} | ${formatScore(s)} | ${s.change === undefined ? '' : signed(s.change)} |`);
  out.push('');
  return out;
}

/** `panic · symptom-reduction`: a goal's id and category, as its heading. */
export function goalHeading(goal: GoalReport): string {
  return goal.category ? `${goal.id} · ${goal.category}` : goal.id;
}

/** `active, 2026-09-21 to 2026-12-18`: the goal's status and dates. */
export function statusText(goal: GoalReport): string {
  const dates = goal.start && goal.due ? `, ${goal.start} to ${goal.due}` : goal.due ? `, due ${goal.due}` : '';
  return `${goal.status}${dates}`;
}

/** A T-score to one decimal, or `n/a (why)`. */
export function formatScore(score: ReportScore): string {
  return score.tScore === undefined ? `n/a (${score.reason ?? 'no score'})` : score.tScore.toFixed(1);
}

/** A change in T-score with its sign, to one decimal. */
export const signed = (n: number) => `${n > 0 ? '+' : ''}${n.toFixed(1)}`;

/** Plan text inside Markdown: characters that would start markup are escaped. */
function inline(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function cell(text: string): string {
  return inline(text).replace(/\n/g, ' ');
}
