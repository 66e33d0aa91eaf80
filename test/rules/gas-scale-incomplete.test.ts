import { describe, expect, it } from 'vitest';
import { analyze, ALL_RULES } from '../../server/src/core/index';
import { joinLines } from '../support/render';
import { findings, TODAY } from '../support/rules';

const goal = (...levels: string[]) => joinLines('goal panic: 1 panic attack a week by March', '  scale:', ...levels.map((l) => `    ${l}`));

describe('gas-scale-incomplete', () => {
  it('names the missing levels on the scale key', () => {
    expect(findings('gas-scale-incomplete', goal('-2: an attack every day', '-1: 2–4 attacks a week', '0: 1 attack a week', '+2: never another attack')))
      .toMatchInlineSnapshot(`
        "  scale:
          ^^^^^ warning gas-scale-incomplete: This scale has no +1 level: GAS needs all five. Add '+1: <what it looks like>' under 'scale:'."
      `);
    expect(findings('gas-scale-incomplete', goal('-2: an attack every day', '0: 1 attack a week', '+2: never another attack')))
      .toMatchInlineSnapshot(`
        "  scale:
          ^^^^^ warning gas-scale-incomplete: This scale has no -1 and +1 levels: GAS needs all five. Add a line for each under 'scale:'."
      `);
  });

  it('says so when the scale has no levels at all', () => {
    expect(findings('gas-scale-incomplete', joinLines('goal panic: 1 panic attack a week by March', '  scale:', '  due: 2027-03-31')))
      .toMatchInlineSnapshot(`
        "  scale:
          ^^^^^ warning gas-scale-incomplete: This scale has no levels yet: add five indented lines, from -2 (much worse than expected) to +2 (much better)."
      `);
  });

  it('points at a repeated level, a level outside -2..+2 and a level with no words', () => {
    expect(findings('gas-scale-incomplete', goal('-2: an attack every day', '-1: 2–4 attacks a week', '0: 1 attack a week', '0: 1 or 2 attacks a week', '+1:', '+2: no attacks for a month', '+3: no attacks for a year')))
      .toMatchInlineSnapshot(`
        "    0: 1 or 2 attacks a week
            ^ warning gas-scale-incomplete: Level 0 is already described on line 5: keep one, so a review at 0 has one meaning.
            +1:
            ^^^ warning gas-scale-incomplete: Level +1 is empty: after the colon, say what +1 looks like, e.g. '+1: 1 attack a week'.
            +3: no attacks for a year
            ^^ warning gas-scale-incomplete: +3 is not a GAS level: a scale runs from -2 (much worse than expected) to +2 (much better). Use one of those five."
      `);
  });

  it('gives a quick fix the missing levels and where each goes', () => {
    const text = goal('-2: an attack every day', '0: 1 attack a week', '+2: never another attack');
    const rule = ALL_RULES.find((r) => r.id === 'gas-scale-incomplete')!;
    const [finding] = analyze(text, { today: TODAY, rules: [rule] }).diagnostics;
    expect(finding?.data).toEqual({ missing: [-1, 1], insertions: [{ level: -1, afterLine: 2 }, { level: 1, afterLine: 3 }] });
  });

  it('stays silent for a full scale, written +1 or 1, and for a goal without a scale', () => {
    expect(findings('gas-scale-incomplete', goal('-2: an attack every day', '-1: 2–4 attacks a week', '0: 1 attack a week', '1: 1 attack in two weeks', '+2: no attacks for a month'))).toBe('');
    expect(findings('gas-scale-incomplete', joinLines('goal walk: Walk 3 times a week', '  target: 3 walks/week'))).toBe('');
  });

  it('reads CRLF files the same way', () => {
    const text = goal('-2: an attack every day', '0: 1 attack a week', '0: 2 attacks a week', '+2: never another attack');
    expect(findings('gas-scale-incomplete', text.replace(/\n/g, '\r\n'))).toBe(findings('gas-scale-incomplete', text));
  });
  it('says it in simple words in the plain voice', () => {
    expect(findings('gas-scale-incomplete', goal('-2: an attack every day', '0: 1 attack a week', '0: 2 attacks a week', '+1:', '+3: no attacks for a year'), { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "  scale:
        ^^^^^ warning gas-scale-incomplete: The scale has no -1 and +2 lines yet. Add one for each, e.g. '-1: <what it looks like>'.
          0: 2 attacks a week
          ^ warning gas-scale-incomplete: There are two 0 lines (the other is line 4). Keep the one you mean.
          +1:
          ^^^ warning gas-scale-incomplete: The +1 line is empty. Say what it would look like, e.g. '+1: 1 attack a week'.
          +3: no attacks for a year
          ^^ warning gas-scale-incomplete: +3 is past the end: the lines go from -2 to +2. Use the nearest, e.g. +2."
    `);
    expect(findings('gas-scale-incomplete', joinLines('goal panic: 1 panic attack a week by March', '  scale:'), { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "  scale:
        ^^^^^ warning gas-scale-incomplete: This scale is empty. Add five lines under it, from -2 to +2, e.g. '0: 1 attack a week' for what you expect."
    `);
  });
});
