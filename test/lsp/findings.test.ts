// Findings through the real server: each links to its rule's page, the hover over one explains it,
// a quick fix answers only for the finding it was asked about, and the reader's voice and budget apply.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { joinLines } from '../support/render';
import { TestClient } from './client';

/** A goal with an overdue review and missing fields, both on its id, and a goal whose wording draws a finding. */
const PLAN = joinLines(
  'plan: Findings test',
  'start: 2026-10-01',
  'review: every 2 weeks',
  '',
  'goal walk: Walk 30 minutes on 3 days a week by 2027-02-01',
  '  value: time outdoors',
  '',
  'goal jo: Make Jo listen to me properly when I talk about my day',
  '',
);
const ON_WALK = { line: 4, character: 6 };

interface Finding {
  readonly code: string;
  readonly message: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly codeDescription?: { href: string };
}

const clients: TestClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) if (client.process.exitCode === null) client.process.kill();
});

async function open(settings: Record<string, unknown> = {}) {
  const client = new TestClient({ today: '2026-11-25', ...settings });
  clients.push(client);
  await client.initialize({ workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } });
  const uri = 'file:///tmp/findings-test/plan.goals';
  await client.open(uri, PLAN);
  const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
  return { client, uri, diagnostics: published.diagnostics as Finding[] };
}

describe('findings in the editor', () => {
  it('link each rule finding to its page, a local file that exists', async () => {
    const { diagnostics } = await open();
    const overdue = diagnostics.find((d) => d.code === 'review-overdue')!;
    expect(overdue.codeDescription?.href).toMatch(/^file:\/\/.*\/docs\/rules\/review-overdue\.md$/);
    for (const d of diagnostics) expect(existsSync(fileURLToPath(d.codeDescription!.href))).toBe(true);
  });

  it('explain the findings under the cursor in the hover', async () => {
    const { client, uri } = await open();
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: ON_WALK });
    expect(hover.contents.value).toContain('**review-overdue**: Regular reviews are where a plan gets adjusted');
    expect(hover.contents.value).toMatch(/\[More about `review-overdue`\]\(file:\/\/[^)]*review-overdue\.md\)/);
    // The goal's own hover is still there, above the explanations.
    expect(hover.contents.value.indexOf('**walk**')).toBeLessThan(hover.contents.value.indexOf('**review-overdue**'));
  });

  it('answer a quick-fix request only for the finding it names', async () => {
    const { client, uri, diagnostics } = await open();
    const overdue = diagnostics.find((d) => d.code === 'review-overdue')!;
    const missing = diagnostics.find((d) => d.code === 'missing-field')!;
    expect(overdue.range).toEqual(missing.range);
    const titles = async (asked: unknown[]) =>
      (await client.request<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri }, range: overdue.range, context: { diagnostics: asked, only: ['quickfix'] } })).map((a) => a.title);
    expect(await titles([overdue])).toEqual(["Record today's review: '2026-11-25 review walk'"]);
    expect(await titles([missing])).toEqual(["Add the missing fields to 'walk' (baseline, measure, steps, obstacles, supports)"]);
    expect((await titles([overdue, missing])).sort()).toEqual(["Add the missing fields to 'walk' (baseline, measure, steps, obstacles, supports)", "Record today's review: '2026-11-25 review walk'"]);
  });

  it('word findings in the voice the editor asks for, and show everything with budget "all"', async () => {
    const focused = await open();
    // The overdue review is a fact and stays; the missing fields wait for the wording.
    expect(focused.diagnostics.filter((d) => d.range.start.line === 7).map((d) => d.code).sort()).toEqual(['external-focus', 'review-overdue']);
    const plain = await open({ voice: 'plain', budget: 'all' });
    expect(plain.diagnostics.find((d) => d.code === 'review-overdue')?.message).toBe("Time to look back at 'walk': it was due on 2026-10-15 (41 days ago).");
    expect(plain.diagnostics.filter((d) => d.range.start.line === 7).map((d) => d.code).sort()).toEqual([
      'external-focus',
      'missing-deadline',
      'missing-field',
      'missing-value',
      'review-overdue',
      'vague-goal',
    ]);
  });
});
