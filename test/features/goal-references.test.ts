import { describe, expect, it } from 'vitest';
import { checkNewGoalId, documentContext, goalAt, occurrencesOf, parse } from '../../server/src/core/index';
import { goalDefinition } from '../../server/src/core/features/goal-references';
import { withCursor } from '../support/cursor';
import { joinLines } from '../support/render';
import { TODAY } from '../support/rules';

const fixture = joinLines(
  'goal calm: Leave the house on 5 days a week by June',
  'goal bus: Ride the bus alone twice a week',
  '  part of: calm',
  '2026-11-08 progress bus: 1 rides/week',
  '2026-11-15 review calm: -1',
  '2026-11-20 note calm: first good week',
);

describe('goal references', () => {
  it('find the goal id under the cursor, on its definition or a reference', () => {
    const at = (marked: string) => {
      const { text, position } = withCursor(marked);
      return goalAt(documentContext(text, { today: TODAY }), position);
    };
    expect(at(fixture.replace('review calm', 'review ca$0lm'))).toMatchObject({ id: 'calm', kind: 'reference' });
    expect(at(fixture.replace('goal calm', 'goal calm$0'))).toMatchObject({ id: 'calm', kind: 'definition' });
    expect(at(fixture.replace('Leave', 'Lea$0ve'))).toBeUndefined();
  });

  it('list every occurrence of an id and its definition', () => {
    const { plan } = parse(fixture);
    expect(occurrencesOf(plan, 'calm').map((o) => `${o.kind} ${o.range.start.line}:${o.range.start.character}`)).toEqual([
      'definition 0:5',
      'reference 2:11',
      'reference 4:18',
      'reference 5:16',
    ]);
    expect(goalDefinition(plan, 'bus')?.range.start).toEqual({ line: 1, character: 5 });
  });

  it('check a new name for a goal', () => {
    const context = documentContext(fixture, { today: TODAY });
    expect(checkNewGoalId(context, 'calm', 'calm-home')).toBeUndefined();
    expect(checkNewGoalId(context, 'calm', 'bus')).toContain('already has a goal');
    expect(checkNewGoalId(context, 'calm', 'my goal')).toContain('cannot be a goal id');
  });
});
