import { describe, expect, it } from 'vitest';
import { documentContext, inlayHints, type Range } from '../../server/src/core/index';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

const everything: Range = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

/** Each hint drawn into its line: the text before it, then `⟨label⟩`. */
function hints(text: string, range: Range = everything): string {
  const lines = text.split('\n');
  return inlayHints(documentContext(text, { today: TODAY }), range)
    .map((h) => `${lines[h.position.line]!.slice(0, h.position.character)}⟨${h.label}⟩`)
    .join('\n');
}

const plan = joinLines(
  'plan: Inlay test',
  'start: 2026-11-01',
  'review: every 2 weeks',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  review: every week',
  '  steps:',
  '    - [x] Learn how the panic cycle works',
  '    - [X] Keep the panic diary',
  '    - [ ] Leave the safety kit at home',
  'goal walk: Walk 3 days a week by 2027-01-31',
  'goal sleep: In bed by 23:00 on 5 nights a week by 2027-01-31',
  '  review: every 3 sessions',
  'goal calm: Speak up once in each team meeting by 2027-01-31',
  '  review: every 2 weeks',
  '2026-11-15 review panic: -1',
  '2026-11-20 session',
  '2026-11-20 review walk: 0',
  '2026-11-22 achieved calm',
);

describe('inlay hints', () => {
  it('show step progress after steps: and the next review after each schedule', () => {
    expect(hints(plan)).toMatchInlineSnapshot(`
      "review: every 2 weeks⟨→ next 2026-12-04 (Fri) · walk⟩
        review: every week⟨→ overdue since 2026-11-22 (Sun)⟩
        steps:⟨[2/3]⟩
        review: every 3 sessions⟨→ after 2 more sessions⟩"
    `);
  });

  it('give only the hints inside the requested range', () => {
    expect(hints(plan, { start: { line: 5, character: 0 }, end: { line: 9, character: 0 } })).toMatchInlineSnapshot(`"  steps:⟨[2/3]⟩"`);
  });

  it('say nothing for empty steps, or a schedule with no date to count from', () => {
    expect(hints(joinLines('goal walk: Walk 3 days a week', '  steps:', '  review: every 2 weeks'))).toMatchInlineSnapshot(`""`);
  });
});
