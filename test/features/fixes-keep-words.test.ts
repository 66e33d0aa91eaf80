// Regression tests for quick fixes and source actions that lost or broke the writer's words (issue 15):
// each case is the smallest input that showed the fault.
import { describe, expect, it } from 'vitest';
import { analyze, applyTextEdits, codeActions, documentContext, parse, type CodeAction, type Range } from '../../server/src/core/index';
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

const titles = (marked: string) => actionsAt(marked).actions.map((a) => a.title);

/** The document after the action titled `title` at the cursor. */
function apply(marked: string, title: string): string {
  const { text, actions } = actionsAt(marked);
  const action = actions.find((a) => a.title === title);
  if (!action) throw new Error(`no action '${title}'; there are: ${actions.map((a) => a.title).join(' | ')}`);
  return applyTextEdits(text, action.edit);
}

/** The format problems of a text, by code: what a fix must not add to. */
const formatErrors = (text: string) => parse(text).diagnostics.map((d) => d.code);

const walk = 'goal walk: Walk 3 days a week by 2027-01-31';

describe('a repeated journal line', () => {
  it('is deleted only when every word of it is on the line it repeats', () => {
    const same = joinLines(walk, '2026-11-20 progress walk: 2 walks/week -- felt good', '2026-11-20  progress walk: 2 walks/week  --  felt good$0');
    expect(apply(same, 'Delete the repeated line')).toBe(joinLines(walk, '2026-11-20 progress walk: 2 walks/week -- felt good'));
    // A copy without a note repeats nothing the first line lacks.
    const bare = joinLines(walk, '2026-11-20 progress walk: 2 walks/week -- felt good', '2026-11-20 progress walk: 2 walks/we$0ek', '2026-11-21 session');
    expect(apply(bare, 'Delete the repeated line')).toBe(joinLines(walk, '2026-11-20 progress walk: 2 walks/week -- felt good', '2026-11-21 session'));
  });

  it('keeps a note that differs: it moves onto the first line before the copy goes', () => {
    const text = joinLines(walk, '2026-11-20 progress walk: 2 walks/week -- felt good', '2026-11-20 progress walk: 2 walks/week -- it rai$0ned');
    expect(titles(text)).not.toContain('Delete the repeated line');
    expect(apply(text, 'Move the note to line 2 and delete the repeated line')).toBe(joinLines(walk, '2026-11-20 progress walk: 2 walks/week -- felt good; it rained'));
    const first = joinLines(walk, '2026-11-20 achieved walk  # reached in week 6', '2026-11-21 session', '2026-11-20 achieved walk -- three walks a week for a mo$0nth');
    expect(apply(first, 'Move the note to line 2 and delete the repeated line')).toBe(
      joinLines(walk, '2026-11-20 achieved walk -- three walks a week for a month  # reached in week 6', '2026-11-21 session'),
    );
    expect(analyze(text, { today: TODAY }).diagnostics.find((d) => d.code === 'duplicate-entry')?.message).toBe(
      'Line 2 already says the same for the same day. Move its note to that line, then delete this copy, so it is not counted twice.',
    );
  });

  it('is kept when it ends a goal block, so the indented lines under it do not join that goal', () => {
    const text = joinLines('2026-11-20 session', walk, '  value: Time with the dog', '2026-11-20 sess$0ion', '  due: 2027-01-31');
    expect(titles(text)).not.toContain('Delete the repeated line');
  });

  it('is left to the writer when it differs in anything but its note', () => {
    // The rule reads these as one entry (units compare without case or plural), but the words differ.
    expect(titles(joinLines(walk, '2026-11-20 progress walk: 2 walks/week', '2026-11-20 progress walk: 2 Walk/We$0ek'))).toEqual([]);
    expect(titles(joinLines(walk, '2026-11-20 progress walk: 2 walks/week', '2026-11-20 progress walk: 2 walks/we$0ek  # from the app'))).toEqual([]);
  });
});

describe('a new GAS scale', () => {
  const fixed = (text: string) => {
    const after = apply(text, "Add a GAS scale to 'walk'");
    const goal = parse(after).plan.goals[0]!;
    expect(formatErrors(after)).toEqual(formatErrors(withCursor(text).text));
    expect(goal.scale?.map((l) => l.level)).toEqual([-2, -1, 0, 1, 2]);
    return { after, keys: goal.fields.map((f) => f.key.name) };
  };

  it('sits beside the field below it, so a deeper field is not read as a level', () => {
    const text = joinLines(walk, '  review: every 2 weeks', '   steps:', '     - [ ] Shoes by the d$0oor', '   obstacles: Rain');
    const { after, keys } = fixed(text);
    expect(keys).toEqual(['review', 'scale', 'steps', 'obstacles']);
    expect(after.split('\n').slice(2, 5)).toEqual(['   scale:', '     -2: <much less than expected>', '     -1: <somewhat less than expected>']);
  });

  it('follows a tab-indented goal, with its levels a tab deeper', () => {
    const text = joinLines(walk, '\tdue: 2027-01-31', '\tsteps:', '\t\t- [ ] Shoes by the d$0oor', '\tsupports: Biscuit');
    const { after, keys } = fixed(text);
    expect(keys).toEqual(['due', 'scale', 'steps', 'supports']);
    expect(after.split('\n').slice(2, 4)).toEqual(['\tscale:', '\t\t-2: <much less than expected>']);
  });

  it('keeps a mixed layout readable: tabs above, spaces below', () => {
    const { keys } = fixed(joinLines(walk, '\ttarget: 3 walks/week', '  steps:', '    - [ ] Sho$0es'));
    expect(keys).toEqual(['target', 'scale', 'steps']);
  });

  it('is not added where it would change how the broken lines below it read', () => {
    // The deeper `review:` is read as a (broken) level of the scale above; a new field there would adopt it.
    const text = joinLines('goal wa$0lk: Walk 3 days a week by 2027-01-31', ' scale:', '  review: every 2 weeks');
    expect(titles(text)).not.toContain("Add 'steps:' to 'walk'");
    expect(apply(text, "Add 'value:' to 'walk'")).toBe(joinLines(walk, ' value: <why this goal matters to you>', ' scale:', '  review: every 2 weeks'));
  });

  it('adds missing levels in line with the levels already written', () => {
    const text = joinLines(walk, '\tsc$0ale:', '\t\t-2: no walks', '\t\t0: 3 walks a week');
    expect(apply(text, 'Add the missing GAS levels (-1, +1, +2)').split('\n').slice(3, 5)).toEqual(['\t\t-1: <somewhat less than expected>', '\t\t0: 3 walks a week']);
  });
});

describe('the date of a baseline', () => {
  it('is not added again when one is written but mistyped', () => {
    const text = joinLines(walk, '  baseline: 1 walk/week on 2026-13-4$05');
    expect(analyze(withCursor(text).text, { today: TODAY }).diagnostics.map((d) => d.code)).toContain('invalid-date');
    expect(analyze(withCursor(text).text, { today: TODAY }).diagnostics.map((d) => d.code)).not.toContain('missing-baseline-date');
    expect(titles(text).filter((t) => t.startsWith('Add the date'))).toEqual([]);
  });

  it('is added whole after a trailing "ON", which the parser does not read as "on"', () => {
    expect(apply(joinLines(walk, '  baseline: 7$05% ON'), "Add the date it was measured: 'on 2026-11-25'")).toBe(joinLines(walk, '  baseline: 75% ON on 2026-11-25'));
  });

  it('goes after a trailing "on" without a second one', () => {
    expect(apply(joinLines(walk, '  baseline: 1 wa$0lk/week on'), "Add the date it was measured: 'on 2026-11-25'")).toBe(joinLines(walk, '  baseline: 1 walk/week on 2026-11-25'));
  });
});

describe('a part-of link', () => {
  it('never suggests the goal itself as its own parent', () => {
    const text = joinLines(walk, '  part of: wl$0ak');
    expect(titles(text)).not.toContain("Change to 'walk'");
    const other = joinLines(walk, '  part of: wal$0kz', 'goal walkz2: Walk a lot by 2027-06-30', '  term: long');
    expect(titles(other)).not.toContain("Change to 'walk'");
  });

  it('never suggests a goal below it, which would close a circle', () => {
    // Found by the fuzz run: 'c0' is part of 'c1', so 'c1' part of 'c0' would go round.
    const text = joinLines('goal c0: Walk more by 2027-01-31', '  part of: c1', 'goal c1: Walk more by 2027-01-31', '  part of: c$02', 'goal c3: Walk far by 2027-06-30');
    expect(titles(text)).not.toContain("Change to 'c0'");
    expect(titles(text)).toContain("Change to 'c3'");
  });
});

describe('sorting the journal', () => {
  it('sorts entries indented under a goal, and keeps every goal block as it was', () => {
    const text = joinLines(walk, '  2026-11-20 note walk: later', '  2026-11-10 note walk: earl$0ier', '  due: 2027-01-31', '2026-11-01 session', '2026-11-15 session');
    expect(titles(text)).toContain('Sort journal entries by date');
    const after = apply(text, 'Sort journal entries by date');
    expect(after).toBe(joinLines(walk, '  2026-11-01 session', '  2026-11-10 note walk: earlier', '  due: 2027-01-31', '2026-11-15 session', '2026-11-20 note walk: later'));
    expect(formatErrors(after)).toEqual([]);
    expect(parse(after).plan.goals[0]!.due?.iso).toBe('2027-01-31');
    expect(analyze(after, { today: TODAY }).diagnostics.map((d) => d.code)).not.toContain('entry-out-of-order');
  });
});
