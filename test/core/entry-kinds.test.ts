// Every kind of journal entry is known to every place that lists the kinds: a new kind in
// ENTRY_KINDS fails here until completion offers it, docs/format.md documents it and the TextMate
// grammar fixtures show it highlighted as a keyword.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { complete, documentContext, ENTRY_KINDS } from '../../server/src/core/index';
import { withCursor } from '../support/cursor';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('the kinds of journal entry', () => {
  it('are all offered by completion after a date', () => {
    const { text, position } = withCursor('plan: P\n\n2026-11-20 $0');
    const labels = complete(documentContext(text, { today: '2026-11-25' }), position, { snippets: false }).map((item) => item.label);
    for (const kind of ENTRY_KINDS) expect(labels, kind).toContain(kind);
  });

  it('are all in the journal table of docs/format.md', () => {
    const format = read('docs/format.md');
    for (const kind of ENTRY_KINDS) expect(format, kind).toMatch(new RegExp(`\\| \`\\d{4}-\\d{2}-\\d{2} ${kind}[ :\`]`));
  });

  it('are all highlighted as keywords in the grammar fixtures', () => {
    const fixtures = readdirSync(new URL('test/grammar/', root)).filter((f) => f.endsWith('.test.goals')).map((f) => read(`test/grammar/${f}`)).join('\n');
    for (const kind of ENTRY_KINDS) {
      // A fixture line with the kind, then an assertion line under it naming the keyword scope.
      expect(fixtures, kind).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} ${kind}\\b.*\\n(?:#.*\\n){0,3}?#\\s+\\^+ keyword\\.control\\.entry\\.goals`, 'mi'));
    }
  });
});
