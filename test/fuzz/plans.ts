/**
 * Generated plans for the fuzz properties: documents that read like the ones people write (a
 * header, goals with the template's fields, GAS scales, lists, a journal), with the slips people
 * make (typos, missing fields, out-of-order and repeated entries, odd and mixed indentation), and
 * the stress shapes that once hurt the core (thousands of goals and entries, very long lines,
 * deep indentation, long `part of` chains, dates near year 9999, absurd schedules).
 */
import fc from 'fast-check';

/** How big the stress shapes get: `ci` keeps the test suite's run to seconds, `long` is for `npm run fuzz`. */
export type Scale = 'ci' | 'long';

const WORDS = [
  'walk', 'sleep', 'panic', 'calm', 'breathing', 'sister', 'Jo', 'bus', 'work', 'more', 'better', 'less', 'drinks', 'attacks',
  'session', 'café', 'Müller', '睡眠', '勇気', 'مرحبا', 'שלום', 'naïve', '😀', '👩‍👩‍👧', '#selfcare', 'room #4', 'by 2027-01-31',
  '3 a week', 'every day', 'x', 'on', 'of', 'the', '–', '"quoted"', "it's", '(maybe)', '1/2', '50%',
];
const word = fc.constantFrom(...WORDS);
export const prose = fc.array(word, { minLength: 1, maxLength: 9 }).map((ws) => ws.join(' '));

const ID_POOL = ['panic', 'walk', 'sleep', 'commute', 'calm', 'schlaf', '睡眠', 'sleep-routine', 'a_b', 'x1', 'Walk', 'wlak'];
export const goalId = fc.constantFrom(...ID_POOL);

export const date = fc.oneof(
  { weight: 8, arbitrary: fc.record({ y: fc.constantFrom(2025, 2026, 2027), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }) },
  { weight: 1, arbitrary: fc.record({ y: fc.constantFrom(1, 1970, 2024, 9998, 9999), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) }) },
).map(({ y, m, d }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const oddDate = fc.constantFrom('2026-1-5', '05/01/2026', '2026-02-30', '9999-12-31', '0000-01-01', '2026-13-45', '20261105');
const anyDate = fc.oneof({ weight: 9, arbitrary: date }, { weight: 1, arbitrary: oddDate });

const unit = fc.constantFrom('attacks/week', 'walks/week', 'hours', 'drinks/day', '%', '', 'Attack/Week', 'days');
export const measurement = fc.oneof(
  fc.tuple(fc.constantFrom('0', '1', '2', '3', '7.5', '-1', '1e9', '99999999999'), unit).map(([n, u]) => (u ? `${n} ${u}` : n)),
  fc.constantFrom('6/10', '3-4 drinks/day', '75%', 'no attacks', 'about the same'),
  prose,
);
const schedule = fc.constantFrom('every 2 weeks', 'every two weeks', 'every month', 'every 4 sessions', 'weekly', 'fortnightly', 'daily', 'every 0 days', 'every 99999999999 days', 'every -1 weeks', 'sometimes');
const level = fc.constantFrom('-2', '-1', '0', '+1', '1', '2', '+2', '3', '-0', '7');

/** A note or comment to end a line with, or nothing. */
const tail = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: prose.map((p) => ` -- ${p}`) },
  { weight: 1, arbitrary: prose.map((p) => `  # ${p}`) },
  { weight: 1, arbitrary: fc.constantFrom(' --', ' -- a -- b', '  #', ' # goalpost-ignore vague-goal -- said so') },
);

/** One goal field as lines: the field itself at depth 1, its items or levels at depth 2. */
type Line = readonly [depth: number, text: string];

function field(ids: readonly string[]): fc.Arbitrary<Line[]> {
  const one = (key: fc.Arbitrary<string>, value: fc.Arbitrary<string>): fc.Arbitrary<Line[]> =>
    fc.tuple(key, value, tail).map(([k, v, t]) => [[1, `${k}: ${v}${t}`]]);
  const list = (key: string, item: fc.Arbitrary<string>): fc.Arbitrary<Line[]> =>
    fc.array(fc.tuple(item, tail), { minLength: 1, maxLength: 5 }).map((items) => [[1, `${key}:`], ...items.map(([i, t]): Line => [2, `- ${i}${t}`])]);
  return fc.oneof(
    one(fc.constantFrom('category', 'Category'), fc.constantFrom('symptom-reduction', 'behavioral', 'behavoiral', 'insight', 'emotional', 'relationship', 'identity-meaning', 'skill-development')),
    one(fc.constant('kind'), fc.constantFrom('outcome', 'process', 'result')),
    one(fc.constant('term'), fc.constantFrom('short', 'long')),
    one(fc.constant('part of'), fc.constantFrom(...ids, 'wlak', 'nobody')),
    one(fc.constantFrom('start', 'due', 'Due'), anyDate),
    one(fc.constant('weight'), fc.constantFrom('2', '2 x 3', '3 × 1', '5', 'x', '0')),
    one(fc.constant('start level'), level),
    one(fc.constantFrom('value', 'obstacles', 'supports', 'measure'), prose),
    one(fc.constant('baseline'), fc.tuple(measurement, fc.oneof(fc.constant(''), anyDate.map((d) => ` on ${d}`), fc.constant(' on')))
      .map(([m, d]) => m + d)),
    one(fc.constant('target'), measurement),
    one(fc.constant('review'), schedule),
    fc.tuple(anyDate, measurement, tail).map(([d, m, t]): Line[] => [[1, `milestone ${d}: ${m}${t}`]]),
    list('steps', fc.tuple(fc.constantFrom('[ ] ', '[x] ', '[X] ', ''), prose).map(([c, p]) => c + p)),
    list('supports', prose),
    list('obstacles', prose),
    fc.array(fc.tuple(level, prose), { maxLength: 6 }).map((levels): Line[] => [[1, 'scale:'], ...levels.map(([l, p]): Line => [2, `${l}: ${p}`])]),
    one(fc.constantFrom('colour', 'baselin', 'stps'), prose),
  );
}

const goalBlock = (id: string, ids: readonly string[]): fc.Arbitrary<Line[]> =>
  fc.tuple(prose, tail, fc.array(field(ids), { maxLength: 12 })).map(([statement, t, fields]) => [[0, `goal ${id}: ${statement}${t}`], ...fields.flat()]);

function entry(ids: readonly string[]): fc.Arbitrary<string> {
  const id = fc.constantFrom(...ids, 'nobody');
  return fc.tuple(anyDate, fc.oneof(
    tail.map((t) => `session${t}`),
    fc.tuple(id, measurement, tail).map(([g, m, t]) => `progress ${g}: ${m}${t}`),
    fc.tuple(id, level, tail).map(([g, l, t]) => `review ${g}: ${l}${t}`),
    fc.tuple(id, fc.constantFrom('target', 'due', 'statement', 'milestone 2026-12-01', 'scale +1', 'colour'), measurement, tail).map(([g, f, v, t]) => `revise ${g} ${f}: ${v}${t}`),
    fc.tuple(fc.constantFrom('achieved', 'paused', 'dropped', 'resumed'), id, tail).map(([k, g, t]) => `${k} ${g}${t}`),
    fc.tuple(fc.option(id), prose).map(([g, p]) => `note${g ? ` ${g}` : ''}: ${p}`),
    fc.tuple(fc.constantFrom('mood', 'sleep', 'Mood'), measurement).map(([n, m]) => `${n}: ${m}`),
    fc.constantFrom('progres walk: 3', 'review', 'revise'),
  )).map(([d, rest]) => `${d} ${rest}`);
}

/** How a plan is laid out: the indentation of fields and of their children, and the line breaks. */
const layout = fc.record({
  field: fc.constantFrom('  ', '  ', '\t', '   ', '    ', ' ', ' \t'),
  child: fc.constantFrom('  ', '  ', '\t', ' ', '   ', '  \t'),
  eol: fc.constantFrom('\n', '\n', '\r\n', '\r', 'mixed'),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
  jitter: fc.array(fc.nat(99), { minLength: 16, maxLength: 16 }),
});

/** A plan as people write it, with the slips they make. */
export const generatedPlan: fc.Arbitrary<string> = fc
  .uniqueArray(goalId, { minLength: 0, maxLength: 5 })
  .chain((ids) =>
    fc.record({
      header: fc.array(fc.oneof(
        prose.map((p) => `plan: ${p}`), prose.map((p) => `client: ${p}`), anyDate.map((d) => `start: ${d}`),
        schedule.map((s) => `review: ${s}`), fc.constantFrom('track mood: 1-10', 'track sleep: hours', 'Plan:  Spaced', 'colour: blue'),
      ), { maxLength: 6 }),
      goals: fc.tuple(...ids.map((id) => goalBlock(id, ids))),
      journal: fc.array(fc.tuple(entry(ids.length ? ids : ['walk']), fc.nat(9)), { maxLength: 25 }),
      layout,
    }),
  )
  .map(({ header, goals, journal, layout: l }) => {
    let k = 0;
    const roll = () => l.jitter[k++ % l.jitter.length]!;
    const indent = (depth: number) => {
      const r = roll();
      if (depth === 0) return r < 3 ? ' ' : '';
      if (r < 8) return ['', ' ', '\t', '      ', '  \t '][r % 5]!;
      return depth === 1 ? l.field : l.field + l.child;
    };
    const lines: string[] = [...header];
    for (const goal of goals) lines.push('', ...goal.map(([depth, text]) => indent(depth) + text));
    // Entries mostly follow the goals; a few are indented under the goal above them, as people do.
    // A few repeat the line above, as a paste does, some with a note of their own.
    for (const [text, place] of journal) {
      const above = lines.at(-1) ?? text;
      lines.push(place === 0 ? `${l.field}${text}` : place === 1 ? above : place === 2 ? `${above} -- and then ${text}` : text);
    }
    const body = lines.map((line, i) => line + (i === lines.length - 1 && !l.finalEol ? '' : l.eol === 'mixed' ? ['\n', '\r\n', '\r'][roll() % 3]! : l.eol));
    return (l.bom ? '\uFEFF' : '') + body.join('');
  });

/**
 * A size from `min` to `max`, as likely in each doubling (1-2, 2-4, ... ), so that most stress
 * inputs stay quick and every run still reaches the largest sizes.
 */
function logSized(min: number, max: number): fc.Arbitrary<number> {
  const doublings = Math.ceil(Math.log2(max / min));
  return fc.integer({ min: 0, max: doublings }).chain((k) => fc.integer({ min: Math.min(max, min * 2 ** Math.max(0, k - 1)), max: Math.min(max, min * 2 ** k) }));
}

/** The shapes that once made the core crash or slow down, at sizes for `scale`. */
export function stressPlan(scale: Scale): fc.Arbitrary<string> {
  const big = scale === 'ci' ? 400 : 5000;
  const long = scale === 'ci' ? 4_000 : 60_000;
  const n = logSized(1, big);
  const goal = (i: number) => `goal g${i}: Walk ${i % 7} times a week by 2027-01-31\n  baseline: ${i % 5} walks/week on 2026-11-01\n  target: ${(i % 5) + 2} walks/week\n  review: every 2 weeks`;
  return fc.oneof(
    // Thousands of goals, and thousands of journal items about them.
    n.map((count) => Array.from({ length: count }, (_, i) => goal(i)).join('\n')),
    fc.tuple(n, fc.boolean()).map(([count, shuffled]) => [goal(0), ...Array.from({ length: count * 3 }, (_, i) => {
      const day = shuffled ? (i * 7919) % 365 : i % 365;
      return `${2026 + Math.floor(i / 365) % 3}-${String((day % 12) + 1).padStart(2, '0')}-${String((day % 28) + 1).padStart(2, '0')} ${['session', 'progress g0: 3 walks/week', 'review g0: 0', 'mood: 6/10', 'note g0: ok -- fine'][i % 5]}`;
    })].join('\n')),
    // A long pasted line: a comma-separated list, prose, one repeated character, quotes, units.
    fc.tuple(logSized(100, long), fc.constantFrom('w, ', 'word ', 'a', '"', "'", ' -- ', '3 walks/week ', 'on 2026-11-01 ', '#', '(', '\t', '😀', ' x ', '-2: ', 'every ')).chain(([len, unit]) =>
      fc.constantFrom('  value: ', '  baseline: ', '2026-11-01 note: ', 'plan: ', '  - ', '  target: 3 ', 'goal long: ', '').map((head) =>
        `goal g: Walk 3 times a week by 2027-01-31\n${head}${unit.repeat(Math.ceil(len / unit.length))}`)),
    // Deep indentation, and lists nested deeper and deeper.
    fc.tuple(logSized(1, long), fc.constantFrom(' ', '\t', ' \t')).map(([depth, ws]) => `goal g: Walk\n${ws.repeat(depth)}due: 2027-01-31\n  steps:\n${Array.from({ length: Math.min(depth, 500) }, (_, i) => `${' '.repeat(i + 4)}- [ ] step ${i}`).join('\n')}`),
    // A long chain of `part of` links, sometimes closed into a circle.
    fc.tuple(n, fc.boolean()).map(([count, circle]) => Array.from({ length: count }, (_, i) => `goal c${i}: Walk more by 2027-01-31\n  part of: c${i + 1 < count ? i + 1 : circle ? 0 : 'end'}`).join('\n')),
    // Dates at the ends of the calendar and absurd schedules.
    fc.constantFrom('9999-12-31', '9999-12-30', '0001-01-01', '2026-12-31').chain((d) => fc.constantFrom('every 99999999999 days', 'every 1 day', 'every 12 months', 'every 9999999 sessions').map((s) =>
      `start: ${d}\nreview: ${s}\ngoal g: Walk by ${d}\n  due: ${d}\n  start: ${d}\n  baseline: 1 on ${d}\n  milestone ${d}: 2\n${d} session\n${d} review g: 0\n${d} revise g due: ${d}`)),
  );
}
