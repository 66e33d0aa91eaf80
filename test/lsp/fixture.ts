// A small plan for the robustness tests, and the hover they ask for to see that the server still serves.
import { expect } from 'vitest';
import { joinLines } from '../support/render';
import type { RawServer } from './raw-server';

export const PLAN = joinLines(
  'plan: Robustness test',
  'start: 2026-11-01',
  'review: every 2 weeks',
  'goal panic: Reduce panic attacks from 3 a week to 1 a week by 2027-01-31',
  '  category: symptom-reduction',
  '  baseline: 3 attacks/week on 2026-11-01',
  '  target: 1 attacks/week',
  '  due: 2027-01-31',
  '2026-11-15 progress panic: 2 attacks/week',
  '2026-11-16 review panic: 0',
);

/** The goal id in the review entry (line 9). */
export const ON_GOAL = { line: 9, character: 19 };

/** Asks for a hover over the goal id in `uri` (which holds PLAN) and checks that it names the goal. */
export async function expectHover(server: RawServer, uri: string): Promise<void> {
  const answer = await server.request('textDocument/hover', { textDocument: { uri }, position: ON_GOAL });
  expect(answer.error).toBeUndefined();
  expect((answer.result as { contents: { value: string } }).contents.value).toContain('**panic**');
}
