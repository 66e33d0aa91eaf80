import { describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { findings } from '../support/rules';

describe('unknown-measure', () => {
  it('suggests the declared name for a typo, and offers to declare a new measure', () => {
    const text = joinLines('plan: Daily log', 'track mood: 1-10', 'track sleep: hours', '', '2026-11-20 moood: 4', '2026-11-20 Slep: 7', '2026-11-20 energy: 3');
    expect(findings('unknown-measure', text)).toMatchInlineSnapshot(`
      "2026-11-20 moood: 4
                 ^^^^^ warning unknown-measure: 'moood' is not a measure this plan tracks. Did you mean 'mood'?
      2026-11-20 Slep: 7
                 ^^^^ warning unknown-measure: 'Slep' is not a measure this plan tracks. Did you mean 'sleep'?
      2026-11-20 energy: 3
                 ^^^^^^ info unknown-measure: 'energy' is not one of the measures this plan tracks (mood, sleep). To chart it, add 'track energy: <range or unit>' to the header."
    `);
  });

  it('stays silent when the plan declares no measures, and for declared names in any case', () => {
    expect(findings('unknown-measure', joinLines('plan: Daily log', '', '2026-11-20 mood: 4', '2026-11-20 energy: 3'))).toBe('');
    expect(findings('unknown-measure', joinLines('plan: Daily log', 'track mood: 1-10', '', '2026-11-20 MOOD: 4'))).toBe('');
  });
  it('says it in simple words in the plain voice', () => {
    const text = joinLines('track mood: 1-10', 'track sleep: hours', '2026-11-08 moood: 6', '2026-11-08 energy: 4');
    expect(findings('unknown-measure', text, { config: { voice: 'plain' } })).toMatchInlineSnapshot(`
      "2026-11-08 moood: 6
                 ^^^^^ warning unknown-measure: 'moood' is not one of the things you track. Did you mean 'mood'?
      2026-11-08 energy: 4
                 ^^^^^^ info unknown-measure: 'energy' is not one of the things you track yet. To chart it, add a line at the top, e.g. 'track energy: 1-10'."
    `);
  });
});
