import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

const goal = (...levels: string[]) => joinLines('goal panic: 1 panic attack a week by March', '  scale:', ...levels.map((l) => `    ${l}`));

describe('gas-scale-order', () => {
  it('points at the one level that is out of place, and says where it goes', () => {
    expect(findings('gas-scale-order', goal('-2: an attack every day', '0: 1 attack a week', '-1: 2–4 attacks a week', '+1: 1 attack in two weeks', '+2: never another attack')))
      .toMatchInlineSnapshot(`
        "    -1: 2–4 attacks a week
            ^^ info gas-scale-order: Level -1 is out of order: move this line up to just above the 0 line."
      `);
    expect(findings('gas-scale-order', goal('+2: never another attack', '-2: an attack every day', '-1: 2–4 attacks a week', '0: 1 attack a week', '+1: 1 attack in two weeks')))
      .toMatchInlineSnapshot(`
        "    +2: never another attack
            ^^ info gas-scale-order: Level +2 is out of order: move this line down to just below the +1 line."
      `);
  });

  it('reports a scale written from +2 down to -2 once, on its key', () => {
    expect(findings('gas-scale-order', goal('+2: never another attack', '+1: 1 attack in two weeks', '0: 1 attack a week', '-1: 2–4 attacks a week', '-2: an attack every day')))
      .toMatchInlineSnapshot(`
        "  scale:
          ^^^^^ info gas-scale-order: This scale runs from +2 down to -2: reverse its lines, so it reads from -2 at the top to +2 at the bottom."
      `);
  });

  it('stays silent for an ascending scale, even an incomplete one', () => {
    expect(findings('gas-scale-order', goal('-2: an attack every day', '-1: 2–4 attacks a week', '0: 1 attack a week', '+1: 1 attack in two weeks', '+2: never another attack'))).toBe('');
    expect(findings('gas-scale-order', goal('-2: an attack every day', '0: 1 attack a week', '0: 1 or 2 attacks a week', '+2: never another attack'))).toBe('');
    expect(findings('gas-scale-order', goal('0: 1 attack a week'))).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    expect(findings('gas-scale-order', goal('-2: an attack every day', '0: 1 attack a week', '-1: 2–4 attacks a week', '+1: 1 attack in two weeks', '+2: never another attack'), { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "    -1: 2–4 attacks a week
          ^^ info gas-scale-order: The -1 line is out of place. Move it up to just above the 0 line."
    `);
    expect(findings('gas-scale-order', goal('+2: never another attack', '+1: 1 attack in two weeks', '0: 1 attack a week', '-1: 2–4 attacks a week', '-2: an attack every day'), { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "  scale:
        ^^^^^ info gas-scale-order: This scale is upside down. Turn it round, with -2 at the top and +2 at the bottom."
    `);
  });
});
