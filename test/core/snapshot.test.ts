// A snapshot read from the version before reuses what the edit did not touch: the lines in front
// of it as they are, the lines after it moved to their new numbers, and the entries read from
// unchanged lines. Whether the result equals a fresh read is the fuzz suite's property
// (test/fuzz/properties.ts, readsIncrementally); here, that the reuse really happens.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyze, parse, Snapshot } from '../../server/src/core/index';
import { joinLines } from '../support/render';

const PLAN = joinLines(
  'title: Sleep plan',
  'start: 2026-10-01',
  '',
  'goal sleep: Be asleep by 23:00 on 5 nights a week by 2026-12-31',
  '  baseline: 1 night/week',
  '  target: 5 nights/week',
  '',
  '2026-10-02 progress sleep: 2 nights/week',
  '2026-10-09 progress sleep: 3 nights/week',
  '2026-10-16 progress slep: 3 nights/week',
);
const TODAY = '2026-11-01';

describe('reading a document from the snapshot of its previous version', () => {
  it('keeps the line objects and entries of lines an edit at the end did not touch', () => {
    const first = Snapshot.read(PLAN);
    const next = Snapshot.read(`${PLAN}\n2026-10-23 progress sleep: 4 nights/week`, first);
    expect(next.lines.slice(0, first.lines.length).every((line, i) => line === first.lines[i])).toBe(true);
    expect(next.plan.journal.slice(0, 3).every((entry, i) => entry === first.plan.journal[i])).toBe(true);
    expect(next.plan.journal).toHaveLength(4);
  });

  it('moves the lines below an inserted line to their new numbers, ranges and all', () => {
    const first = Snapshot.read(PLAN);
    const lines = PLAN.split('\n');
    const text = [...lines.slice(0, 3), '# a comment above the goal', ...lines.slice(3)].join('\n');
    const next = Snapshot.read(text, first);
    expect(next.lines[4]!.text).toBe(first.lines[3]!.text);
    expect(next.lines[4]!.line).toBe(4);
    expect(next.lines[4]!.range.start.line).toBe(4);
    expect(next.lines[4]!.head.every((part) => part.range.start.line === 4)).toBe(true);
    expect(next.parsed).toEqual(parse(text));
  });

  it('gives the same findings as a fresh read, and drops what entry rules kept when a goal changes', () => {
    const first = Snapshot.read(PLAN);
    const firstFindings = first.analyze({ today: TODAY }).diagnostics.map((d) => d.code);
    expect(firstFindings).toContain('unknown-goal');
    // The goal is renamed to the misspelt id: the unknown-goal finding goes, and two appear for the others.
    const renamed = PLAN.replace('goal sleep:', 'goal slep:');
    const next = Snapshot.read(renamed, first);
    expect(next.analyze({ today: TODAY })).toEqual(analyze(renamed, { today: TODAY }));
    expect(next.analyze({ today: TODAY }).diagnostics.filter((d) => d.code === 'unknown-goal')).toHaveLength(2);
  });

  it('reads the same text as the snapshot it already is, and pauses between slices of a long read', () => {
    const first = Snapshot.read(PLAN);
    expect(Snapshot.read(PLAN, first)).toBe(first);
    const long = joinLines(PLAN, ...Array.from({ length: 5000 }, (_, i) => `2026-10-${String((i % 28) + 1).padStart(2, '0')} note: day ${i}`));
    const steps = Snapshot.readInSteps(long);
    let pauses = 0;
    while (!steps.next().done) pauses += 1;
    expect(pauses).toBeGreaterThan(1);
  });
});

describe('a document edited many times', () => {
  it('keeps no earlier version of its text alive through the lines read on an edit', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let text = joinLines(PLAN, ...Array.from({ length: 20_000 }, (_, i) => `2026-10-${String((i % 28) + 1).padStart(2, '0')} note: day ${i} of a long journal`));
    let snapshot = Snapshot.read(text);
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const start = heap();
    for (let i = 0; i < 40; i += 1) {
      text += `\n2026-10-28 note: added line ${i}`;
      snapshot = Snapshot.read(text, snapshot);
    }
    // Each version's text is about 0.9 MB: kept alive by its one new line, 40 versions would add 36 MB.
    expect(heap() - start).toBeLessThan(12 * 2 ** 20);
    expect(snapshot.plan.journal.length).toBe(20_043);
  });
});
