import { describe, expect, it } from 'vitest';
import { documentContext, hover } from '../../server/src/core/index';
import { withCursor } from '../support/cursor';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

const plan = joinLines(
  'plan: Hover test',
  'start: 2026-11-01',
  'review: every 2 weeks',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  category: symptom-reduction',
  '  kind: outcome',
  '  baseline: 3 attacks/week on 2026-11-01',
  '  target: 1 attacks/week',
  '  due: 2027-01-31',
  '  scale:',
  '    -2: 4 or more attacks a week',
  '    -1: 3 attacks a week',
  '     0: 2 attacks a week',
  '    +1: 1 attack a week',
  '    +2: no attacks for two weeks',
  '2026-11-15 progress panic: 2 attacks/week',
  '2026-11-15 review panic: -1',
  '2026-11-20 progress ghost: 1 walk',
);

/** The hover at the `$0` in `marked`, as its Markdown, or 'none'. */
function hoverAt(marked: string): string {
  const { text, position } = withCursor(marked);
  return hover(documentContext(text, { today: TODAY }), position)?.contents ?? 'none';
}

describe('hover', () => {
  it('on a goal reference shows the statement, progress, next review and GAS level', () => {
    expect(hoverAt(plan.replace('review panic', 'review pa$0nic'))).toMatchInlineSnapshot(`
      "**panic** · symptom-reduction · outcome · active

      Reduce panic attacks from 3 a week to 1 a week by 2027-01-31

      - Progress: 3 → 2 → 1 attacks/week · 50% of the way · ahead of plan
      - Next review in 4 days (2026-11-29)
      - GAS -1 on 2026-11-15: 3 attacks a week"
    `);
  });

  it('on an unknown goal says so', () => {
    expect(hoverAt(plan.replace('ghost', 'gh$0ost'))).toMatchInlineSnapshot(`"No goal called \`ghost\` in this plan."`);
  });

  it('on a category explains it', () => {
    expect(hoverAt(plan.replace('symptom-reduction', 'symptom-$0reduction'))).toMatchInlineSnapshot(`
      "**Symptom reduction**

      Fewer, milder or shorter symptoms, and less of their hold on daily life.

      For example: _Cut nightmares from 4 nights a week to 1 by the end of March_"
    `);
  });

  it('on a field name says what belongs there and which template field it is', () => {
    expect(hoverAt(plan.replace('  baseline:', '  base$0line:'))).toMatchInlineSnapshot(`
      "**baseline**

      Where things stand now, ideally a number with a unit and the date it was measured.

      Template field 3: current baseline."
    `);
    expect(hoverAt(plan.replace('review: every', 'rev$0iew: every'))).toMatchInlineSnapshot(`
      "**review** (plan)

      The review schedule for goals that do not set their own."
    `);
  });

  it('on a date shows the weekday and how far away it is', () => {
    expect(hoverAt(plan.replace('due: 2027-01-31', 'due: 2027-0$01-31'))).toMatchInlineSnapshot(`"Sunday 31 January 2027 · in 67 days"`);
    expect(hoverAt(plan.replace('2026-11-15 review', '2026-11-1$05 review'))).toMatchInlineSnapshot(`"Sunday 15 November 2026 · 10 days ago"`);
  });

  it('on a GAS level shows the scale’s text for it', () => {
    expect(hoverAt(plan.replace('panic: -1', 'panic: -$01'))).toMatchInlineSnapshot(`"GAS level **-1**: 3 attacks a week"`);
    expect(hoverAt(plan.replace('    +1: 1 attack', '    +$01: 1 attack'))).toMatchInlineSnapshot(`"GAS level **+1**: somewhat more than expected."`);
  });

  it('over plain words shows nothing', () => {
    expect(hoverAt(plan.replace('Reduce panic', 'Red$0uce panic'))).toBe('none');
  });

  it('on a goal that rests shows its status with the date, and no review due', () => {
    const paused = joinLines(plan, '2026-11-20 paused panic -- night shifts this month');
    expect(hoverAt(paused.replace('review panic', 'review pa$0nic'))).toMatchInlineSnapshot(`
      "**panic** · symptom-reduction · outcome · paused since 2026-11-20

      Reduce panic attacks from 3 a week to 1 a week by 2027-01-31

      - Progress: 3 → 2 → 1 attacks/week · 50% of the way
      - No review due while it is paused; last reviewed on 2026-11-15
      - GAS -1 on 2026-11-15: 3 attacks a week"
    `);
  });

  it('on an abstinence goal shows its day count, its milestones reached, and its last win and setback', () => {
    const sober = joinLines(
      'plan: Hover test',
      'start: 2026-09-01',
      'review: every 2 weeks',
      'goal sober: Stay alcohol-free for 90 days',
      '  target: 0 drinks/week',
      '  milestone 2026-09-30: 30 days alcohol-free',
      '  milestone 2026-11-29: 90 days alcohol-free',
      '2026-09-30 win sober -- 30 days!',
      '2026-10-16 lapse sober -- three glasses of wine at the leaving do',
      '2026-11-15 win sober: 30 days again since the restart',
      '2026-11-20 review sober -- steady',
    );
    expect(hoverAt(sober.replace('review sober', 'review so$0ber'))).toMatchInlineSnapshot(`
      "**sober** · active

      Stay alcohol-free for 90 days

      - Progress: 40 of 90 days since the restart on 2026-10-17
      - Next review in 9 days (2026-12-04)
      - Milestones: 1 of 2 reached (latest: 30 days alcohol-free, on 2026-09-30)
      - Last win: 2026-11-15: 30 days again since the restart
      - Last setback: 2026-10-16 (a lapse): three glasses of wine at the leaving do"
    `);
  });
});
