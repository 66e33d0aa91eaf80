// The inputs that were quadratic or worse before issue 15, at two sizes each, so a regression
// shows as the larger size taking far more than twice the smaller (run: npm run bench:micro).
import { bench, describe } from 'vitest';
import { analyze } from '../server/src/core/index';

const TODAY = '2026-11-25';

/** Each hostile shape of input, as a function of its size in units (lines, items, characters). */
const SHAPES: Record<string, (n: number) => string> = {
  'a pasted comma-separated line': (n) => `plan: P\n\n${Array.from({ length: n }, (_, i) => `item${i}`).join(', ')}\n`,
  'unclosed opening quotes in a statement': (n) => `plan: P\n\ngoal a: ${'\u201cso '.repeat(n)}\n`,
  'spaces before a baseline unit': (n) => `plan: P\n\ngoal a: Walk 3 times a week\n  baseline: 3${' '.repeat(n)}times/week on 2026-01-01\n`,
  'a statement of numbers': (n) => `plan: P\n\ngoal a: ${Array.from({ length: n }, (_, i) => String(i % 100)).join(' ')}\n`,
  'a chain of part-of links': (n) =>
    `plan: P\n\n${Array.from({ length: n / 10 }, (_, i) => `goal g${i}: Walk ${i + 1} minutes a day\n${i ? `  part of: g${i - 1}\n` : ''}`).join('')}`,
};

for (const [name, shape] of Object.entries(SHAPES)) {
  describe(name, () => {
    for (const n of [5_000, 10_000]) {
      const text = shape(n);
      bench(`${n} units (${Math.round(text.length / 1024)} KiB)`, () => {
        analyze(text, { today: TODAY });
      }, { iterations: 3 });
    }
  });
}
