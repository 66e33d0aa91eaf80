import { describe, expect, it } from 'vitest';
import { complete, documentContext, type CompletionItem, type CompletionOptions, type Range } from '../../server/src/core/index';
import { withCursor } from '../support/cursor';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

const PLAN = joinLines(
  'plan: Completion test',
  'client: Alex R.',
  'start: 2026-11-01',
  'review: every 2 weeks',
  'track mood: 1-10',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  category: symptom-reduction',
  '  term: long',
  '  baseline: 3 attacks/week on 2026-11-01',
  '  target: 1 attack/week',
  '  due: 2027-01-31',
  '  scale:',
  '    -2: 4 or more attacks a week',
  '    -1: 3 attacks a week',
  '     0: 2 attacks a week',
  '    +1: 1 attack a week',
  '    +2: no attacks for two weeks',
  'goal walk: Walk 20 minutes three times a week by 2026-12-31',
  '  part of: panic',
  '  kind: process',
  '  baseline: 0 🚶/week',
  'goal 睡眠: Sleep 7 hours a night by 2027-02-28 😴',
  '  baseline: 5 hours/night',
  '  target: 7 hours/night',
  'goal gym: Go to the gym twice a week',
  '  term: short',
  '2026-11-08 session',
  '2026-11-15 progress panic: 2 attacks/week',
  '2026-11-15 review panic: -1',
  '2026-11-16 progress 睡眠: 6 Hours/Night',
  '2026-11-20 paused gym',
);

/** The plan with `lines` written after the line `anchor`. */
function insertAfter(anchor: string, ...lines: string[]): string {
  if (!PLAN.includes(`${anchor}\n`)) throw new Error(`no line '${anchor}' in the plan`);
  return PLAN.replace(`${anchor}\n`, joinLines(anchor, ...lines, ''));
}

/** The plan with `lines` added at the end of the journal. */
function append(...lines: string[]): string {
  return joinLines(PLAN, ...lines);
}

type Options = Partial<CompletionOptions>;

/** The items at the `$0` in `marked`, in the order an editor lists them. */
function itemsAt(marked: string, options: Options = {}): CompletionItem[] {
  const { text, position } = withCursor(marked);
  const items = complete(documentContext(text, { today: TODAY }), position, { snippets: true, ...options });
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

/** Each item as `label · detail`, with `*` on the preselected one. */
function list(marked: string, options: Options = {}): string[] {
  return itemsAt(marked, options).map((i) => `${i.preselect ? '*' : ''}${i.label}${i.detail ? ` · ${i.detail}` : ''}`);
}

function labels(marked: string, options: Options = {}): string[] {
  return itemsAt(marked, options).map((i) => i.label);
}

/** Applies the item labelled `label` at `$0` and returns the text, with snippets expanded to their defaults. */
function checkCompletion(marked: string, label: string, options: Options = {}): string {
  const { text } = withCursor(marked);
  const item = itemsAt(marked, options).find((i) => i.label === label);
  if (!item) throw new Error(`no item '${label}' among: ${labels(marked, options).join(', ')}`);
  const newText = item.insertTextFormat === 'snippet' ? expandSnippet(item.edit.newText) : item.edit.newText;
  return applyEdit(text, item.edit.range, newText);
}

/** The raw edit text of the item labelled `label`. */
function newTextOf(marked: string, label: string, options: Options = {}): string | undefined {
  return itemsAt(marked, options).find((i) => i.label === label)?.edit.newText;
}

/** A snippet as it reads when every placeholder keeps its default and every choice its first option. */
function expandSnippet(snippet: string): string {
  return snippet.replace(
    /\\([\\$}])|\$\{\d+:((?:\\.|[^\\}])*)\}|\$\{\d+\|([^,|]*)[^}]*\}|\$\d+/g,
    (_match, escaped?: string, value?: string, choice?: string) => escaped ?? value?.replace(/\\(.)/g, '$1') ?? choice ?? '',
  );
}

function applyEdit(text: string, range: Range, newText: string): string {
  const starts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
  const offset = (p: Range['start']) => starts[p.line]! + p.character;
  return text.slice(0, offset(range.start)) + newText + text.slice(offset(range.end));
}

const WALK_END = '  baseline: 0 🚶/week';

describe('completion of field keys', () => {
  it('offers the fields a goal lacks, the template’s first', () => {
    expect(labels(insertAfter(WALK_END, '  $0'))).toMatchInlineSnapshot(`
      [
        "value",
        "target",
        "measure",
        "steps",
        "obstacles",
        "supports",
        "due",
        "review",
        "category",
        "term",
        "start",
        "milestone",
        "agreed",
        "set by",
        "weight",
        "start level",
        "scale",
      ]
    `);
  });

  it('writes a field as a snippet with the goal’s own unit, or as plain text', () => {
    expect(checkCompletion(insertAfter(WALK_END, '  tar$0'), 'target')).toBe(insertAfter(WALK_END, '  target: 1 🚶/week'));
    expect(checkCompletion(insertAfter(WALK_END, '  tar$0'), 'target', { snippets: false })).toBe(insertAfter(WALK_END, '  target: '));
    expect(newTextOf(insertAfter('goal gym: Go to the gym twice a week', '  $0'), 'baseline')).toBe('baseline: ${1:3 attacks/week} on ${2:2026-11-25}');
    expect(checkCompletion(insertAfter(WALK_END, '  st$0'), 'steps')).toBe(insertAfter(WALK_END, '  steps:', '    - [ ] first step'));
  });

  it('leads into the value where the value has suggestions', () => {
    const item = itemsAt(insertAfter(WALK_END, '  cat$0')).find((i) => i.label === 'category');
    expect(item).toMatchObject({ edit: { newText: 'category: ' }, insertTextFormat: 'plain', triggerSuggest: true });
  });

  it('writes a whole GAS scale, aligned the way the formatter writes it', () => {
    expect(checkCompletion(insertAfter(WALK_END, '  sc$0'), 'scale')).toBe(
      insertAfter(WALK_END, '  scale:', '    -2: much less than expected', '    -1: somewhat less than expected', '     0: the expected outcome', '    +1: somewhat more than expected', '    +2: much more than expected'),
    );
  });

  it('replaces the whole key and keeps the value when the line is already written', () => {
    const marked = PLAN.replace('  kind: process', '  k$0ind: process');
    expect(checkCompletion(marked, 'term')).toBe(PLAN.replace('  kind: process', '  term: process'));
    expect(checkCompletion(PLAN.replace('  part of: panic', '  part$0 of: panic'), 'part of')).toBe(PLAN);
  });

  it('offers a milestone again, however many the goal has', () => {
    const marked = insertAfter('  due: 2027-01-31', '  milestone 2026-12-15: 2 attacks/week', '  $0');
    expect(labels(marked)).toContain('milestone');
    expect(labels(marked)).not.toContain('due');
  });

  it('in the header offers the header fields not yet written, and a first goal', () => {
    expect(list(insertAfter('track mood: 1-10', '$0'))).toMatchInlineSnapshot(`
      [
        "clinician · The clinician who co-writes the plan.",
        "track · A daily measure to log in the journal, with its range or unit: track mood: 1-10.",
        "goal · A new goal with the documentation template",
      ]
    `);
    expect(checkCompletion(insertAfter('track mood: 1-10', 'cl$0'), 'clinician')).toBe(insertAfter('track mood: 1-10', 'clinician: name'));
  });
});

describe('completion of values', () => {
  it('offers the seven categories, each with its description', () => {
    expect(list(insertAfter(WALK_END, '  category: $0'))).toMatchInlineSnapshot(`
      [
        "symptom-reduction · Fewer, milder or shorter symptoms, and less of their hold on daily life.",
        "skill-development · Learning a coping or communication skill and using it in harder situations over time.",
        "insight · Noticing patterns, triggers and early warning signs, and where they come from.",
        "behavioral · New routines and habits, or stepping back into situations that have been avoided.",
        "emotional · Recognising and naming emotions, staying with hard ones, and making room for good ones.",
        "relationship · Boundaries, closeness and how you take part in your relationships.",
        "identity-meaning · What matters to you, who you want to be, and what hard experiences have meant.",
      ]
    `);
    expect(checkCompletion(insertAfter(WALK_END, '  category: beh$0'), 'behavioral')).toBe(insertAfter(WALK_END, '  category: behavioral'));
    expect(checkCompletion(PLAN.replace('category: symptom-reduction', 'category: sym$0ptom -- first guess'), 'insight')).toBe(
      PLAN.replace('category: symptom-reduction', 'category: insight -- first guess'),
    );
  });

  it('offers outcome or process for kind, short or long for term', () => {
    expect(list(PLAN.replace('  kind: process', '  kind: $0'))).toMatchInlineSnapshot(`
      [
        "outcome · A result to reach, such as fewer panic attacks.",
        "process · Something to keep doing, such as practising breathing.",
      ]
    `);
    expect(labels(insertAfter(WALK_END, '  term: $0'))).toEqual(['short', 'long']);
  });

  it('offers the other goals for part of, long-term goals first', () => {
    expect(list(PLAN.replace('  part of: panic', '  part of: $0'))).toMatchInlineSnapshot(`
      [
        "panic · Reduce panic attacks from 3 a week to 1 a week by 2027-01-31",
        "睡眠 · Sleep 7 hours a night by 2027-02-28 😴",
        "gym · (paused) Go to the gym twice a week",
      ]
    `);
  });

  it('offers review schedules, the plan’s own first', () => {
    expect(list(insertAfter(WALK_END, '  review: $0'))).toMatchInlineSnapshot(`
      [
        "every 2 weeks · the plan’s schedule",
        "every week",
        "every 4 weeks",
        "every month",
        "every session · counted in the journal’s session lines",
        "every 2 sessions · counted in the journal’s session lines",
        "every 4 sessions · counted in the journal’s session lines",
      ]
    `);
    expect(checkCompletion(PLAN.replace('review: every 2 weeks', 'review: ev$0ery 2 weeks'), 'every month')).toBe(PLAN.replace('review: every 2 weeks', 'review: every month'));
  });

  it('offers GAS levels for the start level, -1 first choice', () => {
    expect(list(insertAfter('  due: 2027-01-31', '  start level: $0'))).toMatchInlineSnapshot(`
      [
        "-2 · 4 or more attacks a week",
        "*-1 · 3 attacks a week",
        "0 · 2 attacks a week",
        "+1 · 1 attack a week",
        "+2 · no attacks for two weeks",
      ]
    `);
  });
});

describe('completion of dates', () => {
  it('offers today, the goal’s next review and a week on, with their weekdays', () => {
    expect(list(append('2026-11-25 revise panic due: $0'))).toMatchInlineSnapshot(`
      [
        "2026-11-25 · Wednesday · today",
        "2026-11-29 · Sunday · next review of panic",
        "2026-12-02 · Wednesday · in 1 week",
      ]
    `);
    expect(checkCompletion(insertAfter('  due: 2027-01-31', '  milestone 2026-1$0'), '2026-11-29')).toBe(insertAfter('  due: 2027-01-31', '  milestone 2026-11-29: '));
  });

  it('leaves out a next review that is already overdue', () => {
    expect(list(insertAfter(WALK_END, '  due: $0'))).toMatchInlineSnapshot(`
      [
        "2026-11-25 · Wednesday · today",
        "2026-12-02 · Wednesday · in 1 week",
      ]
    `);
  });

  it('offers today and the start for a baseline’s date, after an emoji counted as two UTF-16 units', () => {
    expect(list(PLAN.replace(WALK_END, `${WALK_END} on $0`))).toMatchInlineSnapshot(`
      [
        "2026-11-25 · Wednesday · today",
        "2026-11-01 · Sunday · the plan’s start",
      ]
    `);
    expect(checkCompletion(PLAN.replace(WALK_END, `${WALK_END} on 2026-1$0`), '2026-11-25')).toBe(PLAN.replace(WALK_END, `${WALK_END} on 2026-11-25`));
  });

  it('offers the plan’s start date in the header', () => {
    expect(labels(PLAN.replace('start: 2026-11-01', 'start: $0'))).toEqual(['2026-11-25', '2026-12-02']);
  });

  it('starts a journal line with today, leading into the entry', () => {
    expect(list(append('2026-11-2$0'))).toMatchInlineSnapshot(`
      [
        "*2026-11-25 · Wednesday · today",
        "2026-11-24 · Tuesday · yesterday",
      ]
    `);
    expect(checkCompletion(append('$0'), '2026-11-25')).toBe(append('2026-11-25 '));
    expect(itemsAt(append('$0')).find((i) => i.kind === 'date')).toMatchObject({ preselect: true, triggerSuggest: true });
  });
});

describe('completion in the journal', () => {
  it('offers the entry kinds and tracked measures after a date', () => {
    expect(list(append('2026-11-25 $0'))).toMatchInlineSnapshot(`
      [
        "session · A therapy session took place; schedules in sessions count these.",
        "progress · A measurement for a goal: progress <goal>: 3 attacks/week",
        "review · A review of one or more goals: a GAS level for a goal with a scale, or how it went in words.",
        "revise · A change to one field of a goal; give the reason after --.",
        "achieved · The goal was achieved.",
        "paused · Work on the goal is paused.",
        "dropped · The goal was set aside.",
        "resumed · A paused or dropped goal is active again.",
        "note · A free note for the plan.",
        "note <goal> · A free note about one goal: note <goal>: ...",
        "win · A small win worth keeping, for a goal or the plan: win <goal> -- what went well.",
        "setback · A setback, written down as it happened: setback <goal> -- what happened. Setbacks are part of the plan.",
        "lapse · A lapse after a time without a substance: it restarts the day count of an abstinence goal.",
        "mood · tracked measure: 1-10",
      ]
    `);
    expect(checkCompletion(append('2026-11-25 pro$0'), 'progress')).toBe(append('2026-11-25 progress '));
    expect(checkCompletion(append('2026-11-25 mo$0'), 'mood')).toBe(append('2026-11-25 mood: '));
    expect(checkCompletion(PLAN.replace('2026-11-08 session', '2026-11-08 ses$0sion -- intake'), 'note')).toBe(PLAN.replace('2026-11-08 session', '2026-11-08 note -- intake'));
  });

  it('offers every goal after an entry kind, the likeliest first', () => {
    expect(labels(append('2026-11-25 progress $0'))).toEqual(['panic', 'walk', '睡眠', 'gym']);
    expect(labels(append('2026-11-25 review $0'))).toEqual(['panic', 'walk', '睡眠', 'gym']);
    expect(labels(append('2026-11-25 resumed $0'))).toEqual(['gym', 'panic', 'walk', '睡眠']);
    expect(list(append('2026-11-25 paused $0'))).toMatchInlineSnapshot(`
      [
        "panic · Reduce panic attacks from 3 a week to 1 a week by 2027-01-31",
        "walk · Walk 20 minutes three times a week by 2026-12-31",
        "睡眠 · Sleep 7 hours a night by 2027-02-28 😴",
        "gym · (paused) Go to the gym twice a week",
      ]
    `);
  });

  it('offers the next goal after a comma in a review of several goals', () => {
    expect(checkCompletion(append('2026-11-25 review panic, wa$0'), 'walk')).toBe(append('2026-11-25 review panic, walk -- '));
  });

  it('writes what follows the goal in each kind of entry', () => {
    // 睡眠 has no GAS scale, so its review leads into a remark; panic has one, so into its level.
    expect(checkCompletion(append('2026-11-25 review 睡$0'), '睡眠')).toBe(append('2026-11-25 review 睡眠 -- '));
    expect(checkCompletion(append('2026-11-25 review pa$0'), 'panic')).toBe(append('2026-11-25 review panic: '));
    expect(checkCompletion(append('2026-11-25 revise pa$0'), 'panic')).toBe(append('2026-11-25 revise panic '));
    expect(checkCompletion(append('2026-11-25 achieved wa$0'), 'walk')).toBe(append('2026-11-25 achieved walk'));
    expect(checkCompletion(PLAN.replace('review panic: -1', 'review pa$0nic: -1'), '睡眠')).toBe(PLAN.replace('review panic: -1', 'review 睡眠: -1'));
  });

  it('shows what a goal stands at in the documentation of a review', () => {
    expect(itemsAt(append('2026-11-25 review $0'))[0]!.documentation).toMatchInlineSnapshot(`
      "**panic** · symptom-reduction · long term · active

      Reduce panic attacks from 3 a week to 1 a week by 2027-01-31

      - Next review in 4 days (2026-11-29)
      - GAS -1 on 2026-11-15: 3 attacks a week"
    `);
  });

  it('offers GAS levels with the goal’s scale after review <goal>:', () => {
    expect(list(append('2026-11-25 review panic: $0'))).toMatchInlineSnapshot(`
      [
        "-2 · 4 or more attacks a week",
        "-1 · 3 attacks a week",
        "0 · 2 attacks a week",
        "+1 · 1 attack a week",
        "+2 · no attacks for two weeks",
      ]
    `);
    expect(list(append('2026-11-25 review walk: $0'))[0]).toBe('-2 · much less than expected');
    expect(checkCompletion(append('2026-11-25 review panic: +$0'), '+1')).toBe(append('2026-11-25 review panic: +1'));
  });

  it('offers the units a goal already uses after a number', () => {
    expect(list(append('2026-11-25 progress panic: 2 $0'))).toMatchInlineSnapshot(`
      [
        "*attack/week · the target’s unit",
      ]
    `);
    expect(list(append('2026-11-25 progress 睡眠: 6 $0'))).toMatchInlineSnapshot(`
      [
        "*hours/night · the target’s unit",
      ]
    `);
    expect(checkCompletion(append('2026-11-25 progress walk: 1 🚶$0'), '🚶/week')).toBe(append('2026-11-25 progress walk: 1 🚶/week'));
    expect(checkCompletion(append('2026-11-25 progress 睡眠: 6 ho$0urs -- bad week'), 'hours/night')).toBe(append('2026-11-25 progress 睡眠: 6 hours/night -- bad week'));
    expect(labels(insertAfter('  target: 7 hours/night', '  milestone 2026-12-15: 6.5 $0'))).toEqual(['hours/night']);
    expect(labels(PLAN.replace('  target: 1 attack/week', '  target: 1 at$0'))).toEqual(['attacks/week']);
    expect(labels(append('2026-11-25 progress panic: $0'))).toEqual([]);
  });

  it('offers the fields a revision can change, then their values', () => {
    expect(labels(append('2026-11-25 revise panic $0')).slice(0, 6)).toMatchInlineSnapshot(`
      [
        "target",
        "due",
        "statement",
        "review",
        "category",
        "kind",
      ]
    `);
    expect(checkCompletion(append('2026-11-25 revise panic tar$0'), 'target')).toBe(append('2026-11-25 revise panic target: '));
    expect(labels(append('2026-11-25 revise panic target: 2 $0'))).toEqual(['attack/week']);
    expect(labels(append('2026-11-25 revise walk category: $0'))).toHaveLength(7);
    expect(labels(append('2026-11-25 revise walk milestone 2026-$0'))).toEqual(['2026-11-25', '2026-12-02']);
  });
});

describe('completion snippets', () => {
  it('writes a new goal with the whole template', () => {
    expect(newTextOf(append('$0'), 'goal')).toMatchInlineSnapshot(`
      "goal \${1:new-goal}: \${2:what will change, by how much, by when}
        category: \${3|symptom-reduction,skill-development,insight,behavioral,emotional,relationship,identity-meaning|}
        kind: \${4|outcome,process|}
        value: \${5:why this goal matters}
        baseline: \${6:3 attacks/week} on \${7:2026-11-25}
        measure: \${8:what is counted, and when}
        target: \${9:1 attack/week}
        steps:
          - [ ] \${10:first step}
        obstacles: \${11:what could get in the way}
        supports: \${12:people, tools and strategies that help}
        due: \${13:2027-02-17}"
    `);
    expect(checkCompletion(append('$0'), 'goal')).toBe(
      append(
        'goal new-goal: what will change, by how much, by when',
        '  category: symptom-reduction',
        '  kind: outcome',
        '  value: why this goal matters',
        '  baseline: 3 attacks/week on 2026-11-25',
        '  measure: what is counted, and when',
        '  target: 1 attack/week',
        '  steps:',
        '    - [ ] first step',
        '  obstacles: what could get in the way',
        '  supports: people, tools and strategies that help',
        '  due: 2027-02-17',
      ),
    );
  });

  it('asks for a review schedule in a new goal only when the plan has none', () => {
    expect(newTextOf(append('$0').replace('review: every 2 weeks\n', ''), 'goal')).toContain('  review: ${14:every 2 weeks}');
  });

  it('reviews every active goal, dated today: a level for each goal with a scale, one line in words for the rest', () => {
    expect(checkCompletion(append('$0'), 'review all goals')).toBe(append('2026-11-25 review panic: 0', '2026-11-25 review walk, 睡眠 -- how it went'));
    const unscaled = joinLines('goal a: Walk daily', 'goal b: Sleep by 11', 'goal c: Swim weekly', '2026-11-20 dropped c', '$0');
    expect(newTextOf(unscaled, 'review all goals')).toBe('2026-11-25 review a, b -- ${1:how it went}');
  });

  it('without snippets writes the goal keyword and leaves out the review of all goals', () => {
    expect(labels(append('$0'), { snippets: false })).toEqual(['2026-11-25', 'goal']);
    expect(checkCompletion(append('$0'), 'goal', { snippets: false })).toBe(append('goal '));
  });

  it('offers the whole-line snippets only on an empty line', () => {
    expect(labels(append('go$0 # later'))).toEqual(['2026-11-25']);
    expect(checkCompletion(append('2026-11-2$0 session'), '2026-11-24')).toBe(append('2026-11-24 session'));
  });
});

describe('completion counts in UTF-16 code units', () => {
  it('puts the range after an emoji, which is two code units', () => {
    const marked = append('2026-11-25 progress walk: 1 🚶$0');
    const { position } = withCursor(marked);
    expect(position.character).toBe(30);
    expect(itemsAt(marked)[0]!.edit.range).toEqual({ start: { line: position.line, character: 28 }, end: position });
  });

  it('steps over a character outside the Basic Multilingual Plane whole', () => {
    const text = joinLines('goal 𠀀𠀁: Write one line a day', '2026-11-25 note 𠀀$0');
    expect(checkCompletion(text, '𠀀𠀁')).toBe(joinLines('goal 𠀀𠀁: Write one line a day', '2026-11-25 note 𠀀𠀁: '));
  });
});

describe('completion with CRLF line breaks', () => {
  const crlf = (text: string) => text.replace(/\n/g, '\r\n');

  it('keeps CRLF in items that write several lines', () => {
    expect(checkCompletion(crlf(insertAfter(WALK_END, '  st$0')), 'steps')).toBe(crlf(insertAfter(WALK_END, '  steps:', '    - [ ] first step')));
    expect(checkCompletion(crlf(append('$0')), 'review all goals')).toBe(crlf(append('2026-11-25 review panic: 0', '2026-11-25 review walk, 睡眠 -- how it went')));
    expect(newTextOf(crlf(append('$0')), 'goal')).not.toMatch(/[^\r]\n/);
  });

  it('finds the same contexts as with LF', () => {
    expect(checkCompletion(crlf(append('2026-11-25 progress walk: 1 🚶$0')), '🚶/week')).toBe(crlf(append('2026-11-25 progress walk: 1 🚶/week')));
    expect(labels(crlf(PLAN.replace('  kind: process', '  kind: $0')))).toEqual(['outcome', 'process']);
  });
});

describe('completion stays quiet', () => {
  it.each([
    ['in a note', append('2026-11-25 session -- $0')],
    ['in a comment', append('# $0')],
    ['in a goal statement', PLAN.replace('Walk 20 minutes', 'Walk 2$00 minutes')],
    ['in free text', insertAfter(WALK_END, '  value: $0')],
    ['in the indentation of a written line', PLAN.replace('  kind: process', ' $0 kind: process')],
    ['in a list item', insertAfter(WALK_END, '  steps:', '    - [ ] $0')],
    ['under a list field', insertAfter(WALK_END, '  steps:', '    - [ ] walk', '    $0')],
    ['in a scale level', PLAN.replace('    +1: 1 attack a week', '    +1: 1 att$0ack a week')],
    ['on a session line', append('2026-11-25 session $0')],
  ])('%s', (_name, marked) => {
    expect(itemsAt(marked)).toEqual([]);
  });

  it('past the end of the document', () => {
    expect(complete(documentContext(PLAN, { today: TODAY }), { line: 99, character: 0 }, { snippets: true })).toEqual([]);
  });
});
