/**
 * One goal of the HTML report: the nine template fields and what to look at, then its charts with
 * their tables (measurements with wins and setbacks marked, days free for an abstinence goal), its
 * GAS levels, revisions and journal.
 */
import {
  agreedFact,
  checksText,
  escapeXml as esc,
  goalHeading,
  milestoneText,
  momentText,
  pathParts,
  pluralUnit,
  renderChart,
  renderDayCountChart,
  stepsText,
  type GoalReport,
} from '../../core/index';

/** The section of one goal. */
export function goalSection(goal: GoalReport, today: string): string {
  const findings = [...goal.checks, ...goal.otherFindings];
  const badge =
    findings.length === 0
      ? `<span class="badge ok">${checksText(goal)}</span>`
      : `<span class="badge warn">${checksText(goal)}</span><ul class="checks">${findings.map((c) => `<li>${esc(c.message)}</li>`).join('')}</ul>`;
  const path = pathParts(goal).map(esc).join(' → ');
  const facts: [string, string][] = [['Status', esc(goal.statusText)]];
  const agreed = agreedFact(goal);
  if (agreed) facts.push([agreed[0], esc(capitalise(agreed[1]))]);
  if (goal.value) facts.push(['Why it matters', esc(goal.value)]);
  facts.push(['Baseline → latest → target', `<span class="path">${path}</span>`]);
  if (goal.measure.length > 0) facts.push(['Measured by', goal.measure.map(esc).join('<br>')]);
  facts.push(['Progress', esc(goal.progress)], ['Review', esc(goal.review)]);
  if (goal.milestones.length > 0) facts.push(['Milestones', milestones(goal)]);
  if (goal.steps.length > 0) facts.push([`Steps <span class="note sub">${stepsText(goal)}</span>`, steps(goal)]);
  if (goal.obstacles.length > 0) facts.push(['Obstacles', list(goal.obstacles)]);
  if (goal.supports.length > 0) facts.push(['Supports', list(goal.supports)]);
  if (goal.note) facts.push(['Note', esc(goal.note)]);
  const pill = goal.status === 'active' ? '' : ` <span class="pill ${goal.status}">${esc(goal.statusText)}</span>`;
  return `<section class="goal" id="goal-${esc(goal.id)}">
<h2>${esc(goalHeading(goal))}${pill}</h2>
<p class="statement">${esc(goal.statement)}</p>
<div>${badge}</div>
<dl class="facts">
${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}
</dl>
${chartBlock(goal, today)}${dayCountBlock(goal, today)}${levelTable(goal)}${revisionTable(goal)}${timeline(goal)}</section>`;
}

function milestones(goal: GoalReport): string {
  return goal.milestones.map((m) => (m.reachedOn ? `<span class="reached">✓ ${esc(milestoneText(m))}</span>` : esc(milestoneText(m)))).join('<br>');
}

function steps(goal: GoalReport): string {
  const items = goal.steps.map(
    (s) => `<li class="${s.done ? 'done' : 'todo'}"><span class="state">${s.done ? 'done' : 'to do'}</span> ${esc(s.text)}${s.note ? ` <span class="note">– ${esc(s.note)}</span>` : ''}</li>`,
  );
  return `<ul class="steps">${items.join('')}</ul>`;
}

function list(items: readonly string[]): string {
  return items.length === 1 ? esc(items[0]!) : `<ul class="plain">${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}

function chartBlock(goal: GoalReport, today: string): string {
  const chart = renderChart(goal, today);
  if (chart === undefined) return '';
  const unit = goal.unit ? ` (${esc(pluralUnit(goal.unit))})` : '';
  const baselineRow = goal.baseline?.date && goal.baseline.value !== undefined ? `<tr><td>${esc(goal.baseline.date)} <span class="note sub">baseline</span></td><td class="num">${esc(goal.baseline.amount ?? goal.baseline.text)}</td></tr>` : '';
  const keys = ['<span class="key line"></span>measured', '<span class="key baseline"></span>baseline', '<span class="key target"></span>target'];
  keys.push(...milestoneKeys(goal.milestones.filter((m) => m.inUnit && m.value !== undefined)));
  keys.push(...momentKeys(goal));
  if (goal.paused.length > 0) keys.push('<span class="key paused"></span>paused');
  return `<h3>Measurements</h3>
<div class="chart-row">
<figure>
${chart}
<figcaption>${keys.join('')}</figcaption>
</figure>
<table>
<caption>Measurements of ${esc(goal.id)}${unit}</caption>
<thead><tr><th scope="col">date</th><th scope="col" class="num">${goal.unit ? esc(pluralUnit(goal.unit)) : 'measured'}</th></tr></thead>
<tbody>
${baselineRow}${goal.measurements.map((p) => `<tr><td>${esc(p.date)}</td><td class="num">${esc(p.amount)}</td></tr>`).join('\n')}
</tbody>
</table>
</div>
`;
}

function dayCountBlock(goal: GoalReport, today: string): string {
  const chart = renderDayCountChart(goal, today);
  if (chart === undefined || !goal.dayCount) return '';
  const keys = ['<span class="key count"></span>days free'];
  if (goal.dayCount.goalDays !== undefined) keys.push('<span class="key target"></span>days aimed for');
  keys.push(...milestoneKeys(goal.milestones.filter((m) => m.dayCount && m.value !== undefined)));
  if (goal.timeline.some((m) => m.kind === 'lapse' || m.kind === 'setback')) keys.push('<span class="key setback"></span>lapse or setback');
  // A run ends with the lapse that restarted the count; the last one is still going.
  const rows = goal.dayCount.runs.map((r) => `<tr><td>${esc(r.from)}</td><td>${r.current ? (r.to === today ? 'today' : esc(r.to)) : esc(r.to)}</td><td class="num">${r.days}</td></tr>`);
  return `<h3>Days free</h3>
<div class="chart-row wide">
<figure>
${chart}
<figcaption>${keys.join('')}</figcaption>
</figure>
<table>
<caption>Days free of ${esc(goal.id)}, run by run; each earlier run ended with a lapse</caption>
<thead><tr><th scope="col">from</th><th scope="col">to</th><th scope="col" class="num">days</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
`;
}

/** The keys of the milestones a chart draws: open diamonds for those ahead, filled ones for those reached. */
function milestoneKeys(drawn: readonly GoalReport['milestones'][number][]): string[] {
  const keys: string[] = [];
  if (drawn.some((m) => !m.reachedOn)) keys.push('<span class="key milestone"></span>milestone');
  if (drawn.some((m) => m.reachedOn)) keys.push('<span class="key reached"></span>milestone reached');
  return keys;
}

function momentKeys(goal: GoalReport): string[] {
  const keys: string[] = [];
  if (goal.timeline.some((m) => m.kind === 'win')) keys.push('<span class="key win"></span>win');
  if (goal.timeline.some((m) => m.kind === 'setback' || m.kind === 'lapse')) keys.push('<span class="key setback"></span>setback');
  return keys;
}

function levelTable(goal: GoalReport): string {
  if (goal.levels.length === 0) return '';
  const rows = goal.levels.map(
    (l) => `<tr><td>${esc(l.date)}${l.source === 'start level' ? ' <span class="note">start</span>' : ''}</td><td class="num">${esc(l.level)}${l.valid ? '' : ' <span class="mark">not counted</span>'}</td><td>${esc(l.meaning ?? '')}</td></tr>`,
  );
  return `<h3>GAS levels</h3>
<table>
<thead><tr><th scope="col">date</th><th scope="col" class="num">level</th><th scope="col">what it means for this goal</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
`;
}

function revisionTable(goal: GoalReport): string {
  if (goal.revisions.length === 0) return '';
  const rows = goal.revisions.map((r) => `<tr><td>${esc(r.date)}</td><td>${esc(r.field)}</td><td>${esc(r.value)}</td><td>${esc(r.reason ?? '')}</td></tr>`);
  return `<h3>Revisions</h3>
<table>
<thead><tr><th scope="col">date</th><th scope="col">field</th><th scope="col">new value</th><th scope="col">why</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
`;
}

function timeline(goal: GoalReport): string {
  if (goal.timeline.length === 0) return '';
  const items = goal.timeline.map((m) => `<li class="is-${m.kind}"><span class="when">${esc(m.date)}</span> ${esc(momentText(m))}</li>`);
  return `<h3>Journal</h3>
<ul class="timeline">
${items.join('\n')}
</ul>
`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
