/**
 * The report as Markdown: the same sections as the HTML, with a table where the HTML draws a chart,
 * so that it reads well in a terminal, a pull request, a notes app or VS Code's Markdown preview (the
 * extension's plan summary shows exactly this text).
 */
import type { ReportData } from '../features/report-data';
import { goalSection } from './markdown-goal';
import { cell, inline } from './markdown-text';
import { changeText, errorsText, formatScore, measureSummary, measureTitle, momentText, notComparableText, weekColumn, weekValue } from './words';

export { formatScore, goalHeading, signed, statusText } from './words';

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
  const errors = errorsText(report);
  if (errors) {
    // The sentence's backticks are code spans; only the plan's own words are escaped.
    out.push(`> **${errors.replace('`goalpost check`', `\`goalpost check ${file.replace(/`/g, '')}\``)}**`, '>');
    for (const e of report.errors) out.push(`> - Line ${e.line}: ${inline(e.message)}`);
    out.push('');
  }
  if (report.planChecks.length > 0) {
    out.push('## Plan checks', '');
    for (const c of report.planChecks) out.push(`- ${inline(c.message)} (\`${c.rule}\`)`);
    out.push('');
  }
  for (const goal of report.goals) out.push(...goalSection(goal));
  out.push(...journalSection(report), ...measuresSection(report), ...scoreSection(report));
  return `${out.join('\n').trimEnd()}\n`;
}

function journalSection(report: ReportData): string[] {
  if (report.journal.length === 0) return [];
  return ['## From the journal', '', ...report.journal.map((m) => `- ${m.date} · ${inline(momentText(m))}`), ''];
}

function measuresSection(report: ReportData): string[] {
  if (report.measures.length === 0) return [];
  const out = ['## Daily measures', ''];
  for (const m of report.measures) {
    out.push(`### ${inline(measureTitle(m))}`, '', inline(measureSummary(m)), '');
    if (m.weeks.length === 0) continue;
    out.push(`| week of | ${cell(weekColumn(m))} | days logged |`, '|---|---:|---:|');
    for (const w of m.weeks) out.push(`| ${w.week} | ${cell(weekValue(m, w))} | ${w.days} |`);
    out.push('');
  }
  return out;
}

/** The plan's T-score over time; nothing at all for a plan without GAS, which many plans are. */
function scoreSection(report: ReportData): string[] {
  if (report.gasGoals.length === 0) return [];
  const out = ['## GAS T-score over time', ''];
  out.push(`Goals counted: ${report.gasGoals.join(', ')} (ρ ${report.rho}).`, '', '| date | T-score | change |', '|---|---:|---:|');
  for (const s of report.scores) {
    const label = `${s.label}${s.label === 'baseline' && s.date ? ` (${s.date})` : ''}${s.comparable ? '' : ' †'}`;
    out.push(`| ${label} | ${formatScore(s)} | ${changeText(s)} |`);
  }
  out.push('');
  const notes = report.scores.map(notComparableText).filter((n): n is string => n !== undefined);
  if (notes.length > 0) out.push(...notes.map((n) => `- † ${inline(n)}`), '');
  return out;
}
