import { describe, expect, it } from 'vitest';
import { documentContext, semanticTokens, type SemanticToken } from '../../server/src/core/index';
import { TODAY } from '../support/rules';
import { joinLines } from '../support/render';

const text = joinLines(
  'goal calm: Leave the house on 5 days a week by June',
  'goal bus: Ride the bus alone twice a week',
  '  part of: calm',
  'goal 睡眠: Sleep 7 hours',
  '2026-11-08 progress bus: 1 rides/week',
  '2026-11-15 review clam: -1',
  '2026-11-20 note 睡眠: 😀 slept well',
);

/** The tokens drawn under the text they cover. */
function render(tokens: readonly SemanticToken[]): string {
  const lines = text.split('\n');
  return tokens
    .map((t) => `${lines[t.line]!.slice(t.character, t.character + t.length)} @${t.line}:${t.character} ${t.type} ${t.modifiers.join(',')}`)
    .join('\n');
}

describe('semantic tokens', () => {
  it('mark goal ids, resolved or not, in document order', () => {
    expect(render(semanticTokens(documentContext(text, { today: TODAY })))).toMatchInlineSnapshot(`
      "calm @0:5 goal declaration
      bus @1:5 goal declaration
      calm @2:11 goal reference
      睡眠 @3:5 goal declaration
      bus @4:20 goal reference
      clam @5:18 unresolvedGoal reference
      睡眠 @6:16 goal reference"
    `);
  });

  it('keep to a range when asked', () => {
    const range = { start: { line: 4, character: 0 }, end: { line: 5, character: 30 } };
    expect(render(semanticTokens(documentContext(text, { today: TODAY }), range))).toMatchInlineSnapshot(`
      "bus @4:20 goal reference
      clam @5:18 unresolvedGoal reference"
    `);
  });
});
