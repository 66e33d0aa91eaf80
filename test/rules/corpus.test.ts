// The labelled corpus: the figures docs/rules/corpus.md reports are the ones the rules score today,
// and they meet the aims (no warning on a good statement, recall of 0.9 or better on each flaw).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFigures, readCorpus, type CorpusFigure } from '../support/corpus';

const rows = readCorpus();
const figures = corpusFigures(rows);
const byKind = new Map(figures.map((f) => [f.kind, f]));

/** The table rows of docs/rules/corpus.md: `| vague | 60 | 60 | 1.00 |`. */
function documented(): Map<string, [number, number, string]> {
  const doc = readFileSync(new URL('../../docs/rules/corpus.md', import.meta.url), 'utf8');
  const table = new Map<string, [number, number, string]>();
  for (const match of doc.matchAll(/^\| `?(good|vague|unmeasurable|ambitious|external|avoidance)`? \| (\d+) \| (\d+) \| ([\d.]+) \|/gm)) {
    table.set(match[1]!, [Number(match[2]), Number(match[3]), match[4]!]);
  }
  return table;
}

const share = (f: CorpusFigure) => (f.right / f.statements).toFixed(2);

describe('the labelled corpus of goal statements', () => {
  it('holds at least 200 statements, good ones and every flaw kind, with no statement twice', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(new Set(rows.map((r) => r.statement.toLowerCase())).size).toBe(rows.length);
    for (const f of figures) expect(f.statements, f.kind).toBeGreaterThanOrEqual(30);
  });

  it('draws no warning from a statement rule on any good statement', () => {
    expect(byKind.get('good')!.wrong).toEqual([]);
  });

  it.each(figures.filter((f) => f.kind !== 'good'))('finds $kind statements with recall of 0.9 or better', (f) => {
    expect(f.right / f.statements, `missed:\n${f.wrong.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('matches the figures docs/rules/corpus.md reports', () => {
    const table = documented();
    expect(Object.fromEntries(table)).toEqual(Object.fromEntries(figures.map((f) => [f.kind, [f.statements, f.right, share(f)]])));
  });
});
