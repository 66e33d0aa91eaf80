// Every kind of journal entry is known to every place that lists the kinds: a new row in the table
// of server/src/core/entry-kinds.ts fails here until the parser reads its example as the table says,
// completion offers it with the table's words, docs/format.md shows its example and the TextMate
// grammar highlights it as a keyword (in its fixtures too).
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  complete,
  DEFAULT_CONFIG,
  documentContext,
  ENTRY_KIND_SPECS,
  ENTRY_KINDS,
  entryGoal,
  parse,
  statusEntriesOf,
  type CompletionItem,
  type Voice,
} from '../../server/src/core/index';
import { GOAL_CHANGING_KINDS } from '../../server/src/core/rules/rule';
import { JARGON_WORDS } from '../../server/src/core/text/lexicon';
import { withCursor } from '../support/cursor';
import { formatSection } from '../support/docs';
import { loadTokenizer } from '../support/textmate';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const DATE = '2026-11-20';
const GOALS = ['goal panic: Fewer panic attacks', 'goal sleep: Sleep 7 hours', 'goal walk: Walk to work', 'goal sober: Stay sober']
  .map((line) => `${line}\n`)
  .join('');
/** The rows of the table by name, for `it.each`. */
const ROWS = ENTRY_KIND_SPECS.map((spec) => [spec.name, spec] as const);

describe('the table of entry kinds', () => {
  it('is the list of kinds, and the kinds that change a goal are its rows marked so', () => {
    expect(ENTRY_KINDS).toEqual(ENTRY_KIND_SPECS.map((spec) => spec.name));
    const changing = ENTRY_KIND_SPECS.filter((spec) => spec.changesGoal).map((spec) => spec.name);
    expect([...GOAL_CHANGING_KINDS].sort()).toEqual(changing.sort());
  });

  it('says each kind in the plain voice in one sentence, without the method\'s words', () => {
    for (const { name, description, aboutGoal } of ENTRY_KIND_SPECS) {
      for (const plain of [description.plain, ...(aboutGoal ? [aboutGoal.plain] : [])]) {
        expect(plain, name).toMatch(/^[A-Z][^.]*\.$/);
        const words = plain.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
        expect(words.filter((word) => JARGON_WORDS.includes(word)), name).toEqual([]);
      }
    }
  });

  it.each(ROWS)('reads the example of %s as that kind, with no format error', (name, spec) => {
    const { plan, diagnostics } = parse(`${GOALS}${DATE} ${spec.example}\n`);
    expect(diagnostics).toEqual([]);
    expect(plan.journal.map((entry) => entry.kind)).toEqual([name]);
    const goal = entryGoal(plan.journal[0]!);
    if (spec.shape === 'remark') expect(goal).toBeUndefined();
    else if (spec.shape !== 'maybe-goal') expect(goal).toBeDefined();
    // A status entry is what the queries find as the goal's status; no other kind is.
    if (goal) expect(statusEntriesOf(plan, goal.text)).toHaveLength(spec.status ? 1 : 0);
    else expect(spec.status).toBe(false);
  });

  it.each(ROWS)('reads %s alone only when its shape needs no goal', (name, { shape }) => {
    const { plan, diagnostics } = parse(`${GOALS}${DATE} ${name}\n`);
    const alone = shape === 'remark' || shape === 'maybe-goal';
    expect(diagnostics.length > 0, diagnostics.map((d) => d.message).join('\n')).toBe(!alone);
    expect(plan.journal.map((entry) => entry.kind)).toEqual(alone ? [name] : []);
  });
});

describe('completion of entry kinds', () => {
  const itemsAfterDate = (voice: Voice): CompletionItem[] => {
    const { text, position } = withCursor(`plan: P\n\n${DATE} $0`);
    const context = documentContext(text, { today: '2026-11-25', config: { ...DEFAULT_CONFIG, voice } });
    return complete(context, position, { snippets: false });
  };

  it('offers every kind after a date', () => {
    const labels = itemsAfterDate('standard').map((item) => item.label);
    for (const kind of ENTRY_KINDS) expect(labels, kind).toContain(kind);
  });

  it.each(['standard', 'plain'] as const)('describes every kind in the table’s words, in the %s voice', (voice) => {
    const items = itemsAfterDate(voice);
    const detail = (label: string) => items.find((item) => item.label === label)?.detail;
    for (const spec of ENTRY_KIND_SPECS) {
      expect(detail(spec.name), spec.name).toBe(spec.description[voice]);
      if (spec.aboutGoal) expect(detail(`${spec.name} <goal>`), spec.name).toBe(spec.aboutGoal[voice]);
    }
    const forms = ENTRY_KIND_SPECS.length + ENTRY_KIND_SPECS.filter((spec) => spec.aboutGoal).length;
    expect(items.filter((item) => item.kind === 'entry-kind')).toHaveLength(forms);
  });
});

describe('docs/format.md', () => {
  const journal = formatSection('The journal');

  it('shows the example of every kind in its journal table', () => {
    const examples = [...journal.matchAll(/^\| `\d{4}-\d{2}-\d{2} (.+?)` \|/gm)].map((row) => row[1]);
    for (const spec of ENTRY_KIND_SPECS) expect(examples, spec.name).toContain(spec.example);
  });

  it('shows no kind the table lacks: every other line of its journal table is a tracked measure', () => {
    const rows = [...journal.matchAll(/^\| `\d{4}-\d{2}-\d{2} ([\p{L}\p{M}_][\p{L}\p{M}\p{N}_-]*)(:?)/gmu)];
    expect(rows.length).toBeGreaterThan(ENTRY_KINDS.length);
    const kinds: readonly string[] = ENTRY_KINDS;
    for (const [, word, colon] of rows) expect(kinds.includes(word!) || colon === ':', word).toBe(true);
  });
});

type Pattern = { begin?: string; beginCaptures?: Record<string, { name?: string }> };

describe('the TextMate grammar', () => {
  const grammar = JSON.parse(read('syntaxes/goals.tmLanguage.json')) as { repository: Record<string, { patterns?: Pattern[] }> };
  const patterns = grammar.repository['entry-line']!.patterns!;
  const named = (scope: string) => patterns.filter((p) => p.beginCaptures?.['1']?.name === scope);
  /** The words of a `(?i:...)` group's alternation, as the grammar writes it: `(?i:(a|b))` or `(?i:a|b)`. */
  const alternation = (source: string, at: RegExp): string[] => {
    const match = at.exec(source);
    expect(match, source).not.toBeNull();
    return match![1]!.split('|');
  };
  let tokenize: Awaited<ReturnType<typeof loadTokenizer>>;
  beforeAll(async () => {
    tokenize = await loadTokenizer();
  });
  const scopesAt = (line: string, at: number) => tokenize([line])[0]!.filter((token) => token.startIndex <= at).at(-1)!.scopes;

  it('names every kind, once, in the patterns that make a kind word a keyword, and no other word', () => {
    const keywords = named('keyword.control.entry.goals').flatMap((p) => alternation(p.begin!, /^\\G\[ \\t\]\+\(\?i:\(([\p{L}|]+)\)\)/u));
    expect([...keywords].sort()).toEqual([...ENTRY_KINDS].sort());
  });

  it('names every kind, and no other word, in the pattern of tracked measures, which leaves the kinds out', () => {
    const [measure, ...more] = named('variable.other.measure.goals');
    expect(more).toEqual([]);
    expect(alternation(measure!.begin!, /\(\?!\(\?i:([\p{L}|]+)\)/u).sort()).toEqual([...ENTRY_KINDS].sort());
  });

  it.each(ROWS)('highlights %s as a keyword in its example, in any case', (name, { example }) => {
    const at = DATE.length + 1;
    for (const line of [`${DATE} ${example}`, `${DATE} ${name.toUpperCase()}${example.slice(name.length)}`]) {
      expect(scopesAt(line, at), line).toContain('keyword.control.entry.goals');
      expect(scopesAt(line, at), line).not.toContain('variable.other.measure.goals');
    }
    // A measure whose name starts with the kind's word is a measure.
    expect(scopesAt(`${DATE} ${name}s: 6/10`, at)).toContain('variable.other.measure.goals');
  });

  it('highlights every kind as a keyword in the grammar fixtures', () => {
    const fixtures = readdirSync(new URL('test/grammar/', root)).filter((f) => f.endsWith('.test.goals')).map((f) => read(`test/grammar/${f}`)).join('\n');
    for (const kind of ENTRY_KINDS) {
      // A fixture line with the kind, then an assertion line under it naming the keyword scope.
      expect(fixtures, kind).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} ${kind}\\b.*\\n(?:#.*\\n){0,3}?#\\s+\\^+ keyword\\.control\\.entry\\.goals`, 'mi'));
    }
  });
});
