// Plans written the way clients and clinicians write them, from docs/format.md alone: a client's own
// SMART recovery plan with a mood log, a lapse and wins (samples/sober-october.goals), a clinician's
// weighted GAS plan, a couple's plan, a short plan for a client with executive-function
// difficulties, and a year-long plan with revisions, a pause and a goal added half way. A careful
// clinician would find nothing to point out in them, so neither may Goalpost: a false alarm on a
// good goal is the worst thing this tool can do. The framework's own example goals are checked by
// the wording rules only, since they are statements without the rest of the template.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, documentContext, formatDocument } from '../server/src/core/index';
import { renderDiagnostics } from './support/render';

const TODAY = '2026-11-25';
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

const SILENT = [
  'samples/sober-october.goals',
  'test/fixtures/plans/clinician-gas.goals',
  'test/fixtures/plans/couple.goals',
  'test/fixtures/plans/ef-short.goals',
  'test/fixtures/plans/long-running.goals',
];

const WORDING_RULES = ['vague-goal', 'unmeasurable-goal', 'external-focus', 'avoidance-goal', 'overly-ambitious'];

describe('plans as people write them', () => {
  it.each(SILENT)('%s draws no finding at all', (path) => {
    const text = read(path);
    expect(renderDiagnostics(text, analyze(text, { today: TODAY }).diagnostics)).toBe('');
  });

  it.each(SILENT)('%s stays quiet a week later, but for what has really fallen due', (path) => {
    const text = read(path);
    const later = analyze(text, { today: '2026-12-02' }).diagnostics;
    // A week on, only dates that have passed may speak: never a wording, template or format finding.
    expect(later.map((d) => d.code).filter((c) => !['review-overdue', 'due-date-passed'].includes(c))).toEqual([]);
  });

  it.each(SILENT)('%s is written in the layout the formatter keeps', (path) => {
    expect(formatDocument(documentContext(read(path), { today: TODAY }))).toEqual([]);
  });

  it('the framework’s own example goals pass every wording rule', () => {
    const text = read('test/fixtures/plans/framework-examples.goals');
    const wording = analyze(text, { today: TODAY }).diagnostics.filter((d) => WORDING_RULES.includes(d.code));
    expect(renderDiagnostics(text, wording)).toBe('');
  });
});
