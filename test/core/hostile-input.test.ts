// Regression tests for inputs that crashed the core or made it quadratic, each built from the input
// that showed the fault (issue 15). Where a fault was an expression rewritten for speed, the old
// expression stays here as the oracle, and a property checks that the new code gives the same answer.
// Timings are not asserted here: bench/hostile-input.bench.ts measures these inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, parse } from '../../server/src/core/index';
import { readQuantity } from '../../server/src/core/build/values';
import type { Text } from '../../server/src/core/model';
import { keepLongest } from '../../server/src/core/text/patterns';
import { maskQuotes, type Span } from '../../server/src/core/text/words';
import { LAST_DAY, shiftDate } from '../../server/src/core/values/dates';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

const codes = (text: string, today = TODAY) => analyze(text, { today }).diagnostics.map((d) => d.code);
/** Findings that say a rule itself failed: the engine turns a thrown error into one of these. */
const ruleFailures = (text: string, today = TODAY) =>
  analyze(text, { today }).diagnostics.filter((d) => /could not run the check/.test(d.message)).map((d) => d.message);

describe('a very long pasted line', () => {
  // A line of thousands of comma-separated words has no colon, so every comma is a stray token in
  // the line's head; Chevrotain's recovery re-entered the repetition once per comma and the stack
  // overflowed, which in the language server ended the process.
  const list = Array.from({ length: 20_000 }, (_, i) => `item${i}`).join(', ');

  it('is one syntax error, at its first stray character, at the top of a plan', () => {
    const text = joinLines('plan: Pasted list', '', list, 'goal walk: Walk 3 times a week');
    const { plan, diagnostics } = parse(text);
    expect(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`)).toEqual(['2:5 syntax-error']);
    expect(plan.goals.map((g) => g.id)).toEqual(['walk']);
  });

  it('is one finding when indented under a goal, and the goal keeps its fields', () => {
    const text = joinLines('plan: Pasted list', '', 'goal walk: Walk 3 times a week', `  ${list}`, '  due: 2027-01-31');
    const { plan, diagnostics } = parse(text);
    expect(diagnostics.filter((d) => d.range.start.line === 3)).toHaveLength(1);
    expect(plan.goals[0]?.due?.iso).toBe('2027-01-31');
  });

  it('is read whole as a statement, a note or a field value', () => {
    const prose = 'I want to feel calm, steady and present, '.repeat(2_000);
    const text = joinLines('plan: Long prose', '', `goal calm: ${prose}`, `  value: ${prose}`, `2026-11-01 note calm -- ${prose}`);
    const { plan } = parse(text);
    expect(plan.goals[0]?.statement.text).toBe(prose.trim());
    expect(ruleFailures(text)).toEqual([]);
  });
});

describe('quoted passages are masked in linear time', () => {
  /** The expressions maskQuotes replaced; each retried from every opening mark, which was quadratic. */
  function oracle(text: string): string {
    const blank = (m: string) => ' '.repeat(m.length);
    return text
      .replace(/"[^"]*"/g, blank)
      .replace(/\u201c[^\u201d]*\u201d/g, blank)
      .replace(/\u00ab[^\u00bb]*\u00bb/g, blank)
      .replace(/\u201e[^\u201c\u201d]*[\u201c\u201d]/g, blank)
      .replace(/\u300c[^\u300d]*\u300d/g, blank)
      .replace(/(?<=^|[\s(])['\u2018][^'\u2018\u2019\n]+?['\u2019](?=$|[\s.,;:!?)])/g, blank);
  }
  const marks = fc.constantFrom('"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e', '\u300c', '\u300d', "'", '\u2018', '\u2019', ' ', '\n', '(', ')', '.', 'a', 'b', '\t');

  it('masks exactly what the regular expressions masked', () => {
    fc.assert(
      fc.property(fc.array(marks, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(maskQuotes(text)).toBe(oracle(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads thousands of opening marks that never close', () => {
    const text = '\u201cso '.repeat(20_000);
    expect(maskQuotes(text)).toBe(text);
    expect(maskQuotes(`${text}\u201d`)).toBe(`${' '.repeat(4)}${' '.repeat(text.length - 4)} `);
  });
});

describe('a trailing "on <date>" is found in linear time', () => {
  const whole = (text: string): Text => ({ text, range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } } });
  const sink = { error: () => undefined, warning: () => undefined, info: () => undefined };
  const bodyOf = (text: string) => readQuantity(whole(text), sink as never, true).text.text;

  it('splits off the same date as the regular expression it replaced', () => {
    const oracle = /\s+on\s+(\S+)$/;
    const chars = fc.constantFrom(' ', '\t', '\u00a0', 'o', 'n', '2', 'x', '-');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 24 }), (list) => {
        const text = list.join('');
        const match = oracle.exec(text);
        expect(bodyOf(text)).toBe(match && /^\d/.test(match[1]!) ? text.slice(0, match.index).trim() : text);
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads a baseline with a run of 30,000 spaces before its unit', () => {
    const text = joinLines('plan: P', '', 'goal walk: Walk 3 times a week by 2027-01-31', `  baseline: 1${' '.repeat(30_000)}time/week on 2026-09-01`);
    const goal = parse(text).plan.goals[0]!;
    expect(goal.baseline?.date?.iso).toBe('2026-09-01');
    expect(goal.baseline?.measurement?.value).toBe(1);
  });
});

describe('overlapping matches are settled in linear time', () => {
  /** The old keepLongest: every span compared with every span kept. */
  function oracle(spans: readonly Span[]): Span[] {
    const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Span[] = [];
    for (const span of sorted) if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
    return kept.sort((a, b) => a.start - b.start);
  }
  const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 30 })).map(([start, length]) => ({ start, end: start + length, text: '' }));

  it('keeps the same spans as comparing every pair', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), (spans) => {
        expect(keepLongest(spans)).toEqual(oracle(spans));
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads a statement of 8,000 numbers', () => {
    const numbers = Array.from({ length: 8_000 }, (_, i) => String(i % 100)).join(' ');
    expect(ruleFailures(joinLines('plan: P', '', `goal count: ${numbers}`))).toEqual([]);
  });
});

describe('long chains of part-of links', () => {
  // Each goal walked up the whole chain, and each step searched every goal: cubic, so 1,000 goals
  // took seconds and 3,000 minutes in missing-value and unknown-parent-goal, while the server
  // answered nothing.
  const chain = (n: number, circle = false) =>
    joinLines(
      'plan: A long chain',
      '',
      ...Array.from({ length: n }, (_, i) => {
        const parent = i > 0 ? `g${i - 1}` : circle ? `g${n - 1}` : undefined;
        return joinLines(`goal g${i}: Walk ${i + 1} minutes a day`, ...(parent ? [`  part of: ${parent}`] : []), ...(i === 0 ? ['  value: Keeping up with my kids'] : []));
      }),
    );

  it('carries the long-term goal’s value down 1,000 links', () => {
    expect(codes(chain(1_000)).filter((c) => c === 'missing-value')).toEqual([]);
  });

  it('reports a circle of 1,000 goals once per goal, with a shortened path', () => {
    const { diagnostics } = analyze(chain(1_000, true), { today: TODAY });
    const circles = diagnostics.filter((d) => d.code === 'unknown-parent-goal');
    expect(circles).toHaveLength(1_000);
    expect(circles[0]!.message).toMatch(/^The 'part of' links go round in a circle: g0 → g999 → g998 → g997 → … → g1 → g0 \(1000 goals\)\./);
  });

  it('still spells out a short circle in full', () => {
    const text = joinLines('plan: P', '', 'goal a: Walk 1 km a day', '  part of: b', 'goal b: Walk 2 km a day', '  part of: a');
    const messages = analyze(text, { today: TODAY }).diagnostics.filter((d) => d.code === 'unknown-parent-goal').map((d) => d.message);
    expect(messages).toEqual([
      "The 'part of' links go round in a circle: a → b → a. A long-term goal cannot be part of its own short-term goals.",
      "The 'part of' links go round in a circle: b → a → b. A long-term goal cannot be part of its own short-term goals.",
    ]);
  });
});

describe('the edges of the calendar and absurd schedules', () => {
  it('steps through the calendar only within the years 1 to 9999', () => {
    expect(shiftDate('2026-01-31', 1, 'month')).toBe('2026-02-28');
    expect(shiftDate('9999-12-30', 1, 'day')).toBe(LAST_DAY);
    expect(shiftDate('9999-12-31', 1, 'day')).toBeUndefined();
    expect(shiftDate('0001-01-01', -1, 'day')).toBeUndefined();
    expect(shiftDate('2026-01-01', 99_999_999_999, 'day')).toBeUndefined();
    expect(shiftDate('2026-02-30', 1, 'day')).toBeUndefined();
  });

  it('says a schedule of 99,999,999,999 days is too long, instead of failing a rule', () => {
    const text = joinLines('plan: P', 'start: 2026-01-05', 'review: every 99999999999 days', '', 'goal walk: Walk 3 times a week by 2027-01-31');
    const { diagnostics } = analyze(text, { today: TODAY });
    expect(diagnostics.find((d) => d.code === 'invalid-value')?.message).toBe(
      "'every 99999999999 days' is longer than a review schedule can be: use a count from 1 to 999, like 'every 6 months'.",
    );
    expect(ruleFailures(text)).toEqual([]);
  });

  it('checks a plan dated at the end of 9999 without a rule failing', () => {
    const text = joinLines(
      'plan: The last fortnight',
      'start: 9999-12-18',
      'review: every 2 weeks',
      '',
      'goal walk: Walk 3 times a week by 9999-12-31',
      '  baseline: 1 time/week on 9999-12-17',
      '  target: 3 times/week',
      '  milestone 9999-12-25: 2 times/week',
      '  due: 9999-12-31',
      '9999-12-24 progress walk: 2 times/week',
    );
    for (const today of ['9999-12-20', LAST_DAY]) expect(ruleFailures(text, today)).toEqual([]);
    expect(ruleFailures(text, '0001-01-01')).toEqual([]);
  });
});
