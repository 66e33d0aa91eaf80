import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, applyTextEdits, codeActions, documentContext, type CodeAction, type Range } from '../../server/src/core/index';
import { withCursor } from '../support/cursor';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

/** The actions at the `$0` in `marked`, with the diagnostics `analyze` finds on the fixed test date. */
function actionsAt(marked: string): { text: string; actions: CodeAction[] } {
  const { text, position } = withCursor(marked);
  const { diagnostics } = analyze(text, { today: TODAY });
  const range: Range = { start: position, end: position };
  return { text, actions: codeActions(documentContext(text, { today: TODAY }), diagnostics, range) };
}

/** The titles of the actions at the cursor, with their kind and the finding each fixes. */
function titles(marked: string): string[] {
  return actionsAt(marked).actions.map((a) => `${a.kind}: ${a.title}${a.diagnostics ? ` [${a.diagnostics.map((d) => d.code).join(', ')}]` : ''}`);
}

/** The document after the action titled `title` at the cursor. */
function apply(marked: string, title: string): string {
  const { text, actions } = actionsAt(marked);
  const action = actions.find((a) => a.title === title);
  if (!action) throw new Error(`no action '${title}'; there are: ${actions.map((a) => a.title).join(' | ')}`);
  return applyTextEdits(text, action.edit);
}

const complete = [
  '  category: behavioral',
  '  value: Time outdoors with the dog',
  '  baseline: 1 walk/week on 2026-11-01',
  '  measure: Walks from my step counter',
  '  target: 3 walks/week',
  '  due: 2027-01-31',
  '  review: every 2 weeks',
  '  steps:',
  '    - [ ] Shoes by the door',
  '  obstacles: Rain',
  '  supports: Biscuit the dog',
];

describe('code actions', () => {
  it('add a missing template field where the template puts it', () => {
    const goal = ['goal wa$0lk: Walk for 30 minutes on 3 days a week by 2027-01-31', ...complete];
    expect(apply(joinLines(...goal.filter((l) => !l.includes('baseline'))), "Add 'baseline:' to 'walk'")).toMatchInlineSnapshot(`
      "goal walk: Walk for 30 minutes on 3 days a week by 2027-01-31
        category: behavioral
        value: Time outdoors with the dog
        baseline: <where things stand now> on 2026-11-25
        measure: Walks from my step counter
        target: 3 walks/week
        due: 2027-01-31
        review: every 2 weeks
        steps:
          - [ ] Shoes by the door
        obstacles: Rain
        supports: Biscuit the dog"
    `);
    expect(apply(joinLines(...goal.filter((l) => !l.includes('steps') && !l.includes('Shoes'))), "Add 'steps:' to 'walk'")).toContain(
      '  steps:\n    - [ ] <a first small step>\n  obstacles: Rain',
    );
  });

  it('add every missing template field at once, each where the template puts it', () => {
    const gaps = ['baseline', 'steps', 'Shoes', 'obstacles', 'supports'];
    const goal = ['goal wa$0lk: Walk for 30 minutes on 3 days a week by 2027-01-31', ...complete.filter((l) => !gaps.some((g) => l.includes(g)))];
    expect(apply(joinLines(...goal), "Add the missing fields to 'walk' (baseline, steps, obstacles, supports)")).toMatchInlineSnapshot(`
      "goal walk: Walk for 30 minutes on 3 days a week by 2027-01-31
        category: behavioral
        value: Time outdoors with the dog
        baseline: <where things stand now> on 2026-11-25
        measure: Walks from my step counter
        target: 3 walks/week
        due: 2027-01-31
        review: every 2 weeks
        steps:
          - [ ] <a first small step>
        obstacles: <what could get in the way>
        supports: <who or what can help>"
    `);
  });

  it("record today's review of an overdue goal as a bare line, which clears the finding and guesses no level", () => {
    const marked = joinLines(
      'start: 2026-10-01',
      'review: every 2 weeks',
      '',
      'goal pa$0nic: Reduce panic attacks to 1 a week',
      '  start level: -1',
      '',
      '2026-10-15 review panic: -1',
      '',
    );
    const fixed = apply(marked, "Record today's review: '2026-11-25 review panic'");
    expect(fixed).toContain('2026-10-15 review panic: -1\n2026-11-25 review panic\n');
    const after = analyze(fixed, { today: TODAY }).diagnostics.map((d) => d.code);
    expect(after).not.toContain('review-overdue');
    expect(analyze(withCursor(marked).text, { today: TODAY }).diagnostics.map((d) => d.code)).toContain('review-overdue');
  });

  it('repair what a format error already knows: the field or kind meant, a date written another way, a missing colon', () => {
    expect(apply(joinLines('plan: P', 'therap$0ist: Dr. Voss'), "Change to 'clinician'")).toBe(joinLines('plan: P', 'clinician: Dr. Voss'));
    expect(apply(joinLines('goal g: Walk 3 days a week', '2026-11-02 pro$0gres g: 2 days/week'), "Change to 'progress'")).toContain('2026-11-02 progress g: 2 days/week');
    expect(apply(joinLines('goal g: Walk 3 days a week', '  due: 2027-$01-5'), 'Write the date as 2027-01-05')).toContain('  due: 2027-01-05');
    // A date left alone on its line by a broken entry stays no entry once rewritten: no fix is offered for it.
    const broken = joinLines('goal g: Walk 3 days a week', '2026-10-$01', '0 progress g: 2 days/week');
    expect(titles(broken).filter((t) => t.includes('Write the date'))).toEqual([]);
    expect(titles(joinLines('goal g: Walk 3 days a week', '2026-10-$01 progress g: 2 days/week'))).toContain('quickfix: Write the date as 2026-10-01 [invalid-date]');
    expect(apply(joinLines('goal g: Walk 3 days a week', '  category be$0havioral'), 'Add the missing colon')).toContain('  category: behavioral');
    expect(apply('goal walk Wa$0lk 3 days a week', 'Add the missing colon')).toBe('goal walk: Walk 3 days a week');
    expect(apply(joinLines('goal g: Walk 3 days a week', '2026-11-02 progress g 2 days$0/week'), 'Add the missing colon')).toContain('2026-11-02 progress g: 2 days/week');
  });

  it('offer both ways on for a goal past its due date, neither preferred: achieved today, or a new due date', () => {
    const marked = joinLines('goal walk: Walk 3 days a week', '  due: 2026-10-3$01', '', '2026-10-01 progress walk: 2 days/week');
    const { actions } = actionsAt(marked);
    const fixes = actions.filter((a) => a.diagnostics?.some((d) => d.code === 'due-date-passed'));
    expect(fixes.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ["Record it achieved today: '2026-11-25 achieved walk'", false],
      ["Give it a new due date: '2026-11-25 revise walk due: 2026-12-23'", false],
    ]);
    expect(apply(marked, "Record it achieved today: '2026-11-25 achieved walk'")).toContain('2026-10-01 progress walk: 2 days/week\n2026-11-25 achieved walk');
  });

  it('change a misspelt rule id in a goalpost-ignore comment to the rule meant', () => {
    const marked = joinLines('# goalpost-ignore missing-value, vauge-g$0oal -- her own words', 'goal calm: Feel better');
    expect(apply(marked, "Change to 'vague-goal'")).toBe(joinLines('# goalpost-ignore missing-value, vague-goal -- her own words', 'goal calm: Feel better'));
  });

  it('add a review schedule, at the indentation the goal uses', () => {
    const text = joinLines('goal wa$0lk: Walk for 30 minutes on 3 days a week by 2027-01-31', ...complete.filter((l) => !l.includes('review')).map((l) => `  ${l}`));
    expect(apply(text, "Add 'review: every 2 weeks'")).toMatchInlineSnapshot(`
      "goal walk: Walk for 30 minutes on 3 days a week by 2027-01-31
          category: behavioral
          value: Time outdoors with the dog
          baseline: 1 walk/week on 2026-11-01
          measure: Walks from my step counter
          target: 3 walks/week
          due: 2027-01-31
          review: every 2 weeks
          steps:
            - [ ] Shoes by the door
          obstacles: Rain
          supports: Biscuit the dog"
    `);
  });

  it('add a due date six weeks from today', () => {
    const text = joinLines('goal wa$0lk: Walk for 30 minutes on 3 days a week', ...complete.filter((l) => !l.includes('due')));
    expect(apply(text, "Add 'due: 2027-01-06'").split('\n').slice(5, 8)).toEqual(['  target: 3 walks/week', '  due: 2027-01-06', '  review: every 2 weeks']);
  });

  it('add a GAS scale: the missing levels of one, or a whole new one', () => {
    const partial = joinLines(
      'goal walk: Walk for 30 minutes on 3 days a week by 2027-01-31',
      ...complete,
      '  sc$0ale:',
      '    -2: no walks',
      '     0: 3 walks a week',
    );
    expect(titles(partial)).toEqual(['quickfix: Add the missing GAS levels (-1, +1, +2) [gas-scale-incomplete]']);
    expect(apply(partial, 'Add the missing GAS levels (-1, +1, +2)').split('\n').slice(-6)).toMatchInlineSnapshot(`
      [
        "  scale:",
        "    -2: no walks",
        "    -1: <somewhat less than expected>",
        "     0: 3 walks a week",
        "    +1: <somewhat more than expected>",
        "    +2: <much more than expected>",
      ]
    `);
    const none = joinLines('goal walk: Walk for 30 minutes on 3 days a week by 2027-01-31', ...complete.slice(0, 6), '  start level: -1', ...complete.slice(7), '2026-11-20 review walk: -$01');
    expect(titles(none)).toContain("quickfix: Add a GAS scale to 'walk' [review-without-scale]");
    expect(apply(none, "Add a GAS scale to 'walk'")).toMatchInlineSnapshot(`
      "goal walk: Walk for 30 minutes on 3 days a week by 2027-01-31
        category: behavioral
        value: Time outdoors with the dog
        baseline: 1 walk/week on 2026-11-01
        measure: Walks from my step counter
        target: 3 walks/week
        due: 2027-01-31
        start level: -1
        scale:
          -2: <much less than expected>
          -1: <somewhat less than expected>
           0: <the expected outcome>
          +1: <somewhat more than expected>
          +2: <much more than expected>
        steps:
          - [ ] Shoes by the door
        obstacles: Rain
        supports: Biscuit the dog
      2026-11-20 review walk: -1"
    `);
  });

  it('offer a GAS scale as a source action anywhere in a goal without one', () => {
    const text = joinLines('goal walk: Walk for 30 minutes on 3 days a week by 2027-01-31', ...complete.map((l) => l.replace('Rain', 'R$0ain')));
    expect(titles(text)).toEqual(["source: Add a GAS scale to 'walk'"]);
  });

  it('replace an unknown category, parent goal or goal id with the suggestion', () => {
    const text = joinLines('goal walk: Walk for 30 minutes on 3 days a week by 2027-01-31', '  category: behavoiral', '2026-11-20 progress wlak: 2 walks/week');
    expect(apply(text.replace('behavoiral', 'beha$0voiral'), "Change to 'behavioral'")).toContain('  category: behavioral\n');
    expect(apply(text.replace('wlak', 'wl$0ak'), "Change to 'walk'")).toContain('2026-11-20 progress walk: 2 walks/week');
    expect(titles(text.replace('wlak', 'wl$0ak'))).toContain("quickfix: Change to 'walk' [unknown-goal]");
  });

  it('date a baseline and delete a repeated journal line', () => {
    const text = joinLines('goal walk: Walk 3 days a week by 2027-01-31', '  baseline: 1 walk/week', '2026-11-20 progress walk: 2 walks/week', '2026-11-20 progress walk: 2 walks/week');
    expect(apply(text.replace('1 walk', '1 wa$0lk'), "Add the date it was measured: 'on 2026-11-25'")).toContain('  baseline: 1 walk/week on 2026-11-25\n');
    const deleted = apply(text.replace(/walks\/week$/, 'walks/we$0ek'), 'Delete the repeated line');
    expect(deleted.split('\n').slice(-2)).toEqual(['  baseline: 1 walk/week', '2026-11-20 progress walk: 2 walks/week']);
  });

  it('sort the journal by date, each line with the comments right above it', () => {
    const text = joinLines(
      'goal walk: Walk 3 days a week by 2027-01-31',
      '',
      '# Journal: a comment with a blank line under it stays where it is.',
      '',
      '2026-10-01 session',
      '# Written late: this belongs before the first session.',
      '2026-09-$024 note: intake',
      '2026-10-01 progress walk: 1 walk/week',
      '',
      '2026-09-30 progress walk: 0 walks/week -- same day as the note below',
      '2026-09-30 note walk: bought shoes',
      'goal calm: Stay calm at work by 2027-01-31',
      '2026-09-29 session',
    );
    expect(titles(text)).toContain('quickfix: Sort journal entries by date [entry-out-of-order]');
    expect(apply(text, 'Sort journal entries by date')).toMatchInlineSnapshot(`
      "goal walk: Walk 3 days a week by 2027-01-31

      # Journal: a comment with a blank line under it stays where it is.

      # Written late: this belongs before the first session.
      2026-09-24 note: intake
      2026-09-29 session
      2026-09-30 progress walk: 0 walks/week -- same day as the note below

      2026-09-30 note walk: bought shoes
      2026-10-01 session
      goal calm: Stay calm at work by 2027-01-31
      2026-10-01 progress walk: 1 walk/week"
    `);
    // Away from the finding it is a source action; once sorted it is not offered at all.
    expect(titles(text.replace('$0', '').replace('goal walk', 'goal wa$0lk'))).toContain('source: Sort journal entries by date');
    expect(titles(`${apply(text, 'Sort journal entries by date')}$0`).join()).not.toContain('Sort journal');
  });

  it('offer one sort for every line out of order, and as a source action away from them', () => {
    const text = joinLines('2026-09-08 session', '2026-09-01 session', '2026-10-13 session', '2026-10-06 session');
    const { diagnostics } = analyze(text, { today: TODAY });
    const all: Range = { start: { line: 0, character: 0 }, end: { line: 3, character: 18 } };
    const sorts = codeActions(documentContext(text, { today: TODAY }), diagnostics, all).filter((a) => a.title === 'Sort journal entries by date');
    expect(sorts.map((a) => `${a.kind}: ${a.diagnostics?.map((d) => d.range.start.line).join(', ')}`)).toEqual(['quickfix: 1, 3']);
    expect(titles(`$0${text}`)).toEqual(['source: Sort journal entries by date']);
  });

  it('edit only the lines that move when sorting', () => {
    const { text, actions } = actionsAt(joinLines('2026-09-01 session', '2026-09-08 session', '2026-10-13 session', '2026-10-0$06 session', '2026-10-20 session'));
    const sort = actions.find((a) => a.title === 'Sort journal entries by date')!;
    expect(sort.edit).toEqual([{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 18 } }, newText: '2026-10-06 session\n2026-10-13 session' }]);
    expect(applyTextEdits(text.replace(/\n/g, '\r\n'), actionsAt(`${text.replace(/\n/g, '\r\n').replace('10-06', '10-0$06')}`).actions[0]!.edit)).toBe(
      '2026-09-01 session\r\n2026-09-08 session\r\n2026-10-06 session\r\n2026-10-13 session\r\n2026-10-20 session',
    );
  });

  it('fix what they say they fix, for every finding in the flawed sample', () => {
    const text = readFileSync(new URL('../../samples/flawed.goals', import.meta.url), 'utf8');
    const { diagnostics } = analyze(text, { today: TODAY });
    const context = documentContext(text, { today: TODAY });
    const count = (t: string, code: string) => analyze(t, { today: TODAY }).diagnostics.filter((d) => d.code === code).length;
    const fixed: string[] = [];
    for (const diagnostic of diagnostics) {
      const actions = codeActions(context, diagnostics, diagnostic.range).filter((a) => a.diagnostics?.includes(diagnostic));
      for (const action of actions) {
        const after = applyTextEdits(text, action.edit);
        expect(count(after, diagnostic.code), action.title).toBeLessThan(count(text, diagnostic.code));
        fixed.push(`${diagnostic.code}: ${action.title}`);
      }
    }
    // The sample belongs to the whole project and changes; these fixes must stay available in it.
    const codes = new Set(fixed.map((f) => f.slice(0, f.indexOf(':'))));
    expect([...codes]).toEqual(
      expect.arrayContaining([
        'missing-field',
        'missing-value',
        'missing-deadline',
        'gas-scale-incomplete',
        'unknown-goal',
        'unknown-parent-goal',
        'entry-out-of-order',
        'review-without-scale',
        'review-overdue',
        'due-date-passed',
        'unknown-field',
        'unknown-entry-kind',
        'invalid-date',
        'syntax-error',
      ]),
    );
  });
});
