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
          ^^^^^ warning gas-scale-incomplete: This scale has no +1 level. GAS needs all five, from -2 to +2: add '+1: <what it looks like>' under 'scale:'."
      `);
    expect(findings('gas-scale-incomplete', goal('-2: an attack every day', '0: 1 attack a week', '+2: never another attack')))
      .toMatchInlineSnapshot(`
        "  scale:
          ^^^^^ warning gas-scale-incomplete: This scale has no -1 and +1 levels. GAS needs all five, from -2 to +2: add a line for each under 'scale:'."
      `);
  });

  it('says so when the scale has no levels at all', () => {
    expect(findings('gas-scale-incomplete', joinLines('goal panic: 1 panic attack a week by March', '  scale:', '  due: 2027-03-31')))
      .toMatchInlineSnapshot(`
        "  scale:
          ^^^^^ warning gas-scale-incomplete: This scale has no levels yet. Under 'scale:', add five indented lines from -2 (much worse than expected) through 0 (the expected outcome) to +2 (much better)."
      `);
  });

  it('points at a repeated level, a level outside -2..+2 and a level with no words', () => {
    expect(findings('gas-scale-incomplete', goal('-2: an attack every day', '-1: 2–4 attacks a week', '0: 1 attack a week', '0: 1 or 2 attacks a week', '+1:', '+2: no attacks for a month', '+3: no attacks for a year')))
      .toMatchInlineSnapshot(`
        "    0: 1 or 2 attacks a week
            ^ warning gas-scale-incomplete: Level 0 is already described on line 5. Keep one description of it, so a review at 0 has a single meaning.
            +1:
            ^^^ warning gas-scale-incomplete: Level +1 says nothing yet. After the colon, describe what +1 would look like, in words anyone could check: '+1: 1 attack a week'.
            +3: no attacks for a year
            ^^ warning gas-scale-incomplete: +3 is not a GAS level: a scale runs from -2 (much worse than expected) to +2 (much better). Give this line one of those five levels."
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
});
