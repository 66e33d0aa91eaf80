// How long parsing and checking take on a small plan and on a 1 MB journal (run: npm run bench:micro).
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { analyze, parse } from '../server/src/core/index';

const sample = readFileSync(new URL('../samples/anxiety-panic.goals', import.meta.url), 'utf8');

/** A plan with years of daily journal lines, about 1 MB. */
function largePlan(): string {
  const lines = [sample];
  const start = new Date(2020, 0, 1);
  for (let day = 0; lines.join('\n').length < 1_000_000 && day < 40_000; day += 1) {
    const date = new Date(start.getFullYear(), start.getMonth(), start.getDate() + Math.floor(day / 4));
    const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    lines.push(`${iso} progress panic: ${day % 5} attacks/week -- breathing practice, ${day} days in a row`);
    lines.push(`${iso} mood: ${day % 10}/10`);
    if (day % 14 === 0) lines.push(`${iso} review panic: ${(day % 5) - 2} -- reviewed with Dr. Kim`);
  }
  return lines.join('\n');
}

const large = largePlan();

describe('parse', () => {
  bench('a sample plan', () => {
    parse(sample);
  });
  bench(`a ${Math.round(large.length / 1024)} KiB journal`, () => {
    parse(large);
  }, { iterations: 5 });
});

describe('analyze (parse and every rule)', () => {
  bench('a sample plan', () => {
    analyze(sample, { today: '2026-11-25' });
  });
  bench(`a ${Math.round(large.length / 1024)} KiB journal`, () => {
    analyze(large, { today: '2026-11-25' });
  }, { iterations: 3 });
});
