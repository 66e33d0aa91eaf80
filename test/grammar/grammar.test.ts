// The TextMate grammar (syntaxes/goals.tmLanguage.json) is checked against the annotated fixtures
// in this folder with vscode-tmgrammar-test, run as users run it; and the editor's language
// configuration is checked for the behaviour it promises (step lists continue on Enter, goal ids
// stay one word).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLine } from '../../server/src/core/syntax/line';
import { loadTokenizer } from '../support/textmate';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/** The vscode-tmgrammar-test command-line entry, as its package's `bin` names it. */
function tmGrammarTestBin(): string {
  const manifestPath = require.resolve('vscode-tmgrammar-test/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(manifestPath), manifest.bin['vscode-tmgrammar-test']!);
}

describe('TextMate grammar', () => {
  it('passes every assertion in test/grammar/*.test.goals', () => {
    const result = spawnSync(
      process.execPath,
      [tmGrammarTestBin(), '--grammar', 'syntaxes/goals.tmLanguage.json', 'test/grammar/*.test.goals'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, timeout: 60_000 },
    );
    const output = `exit ${result.status}${result.error ? ` (${result.error.message})` : ''}\n${result.stdout}${result.stderr}`;
    expect(output, output).toMatch(/^exit 0\n/);
    // Both fixtures ran: a glob that matched nothing would also exit 0.
    expect(result.stdout).toMatch(/plan\.test\.goals run successfuly/);
    expect(result.stdout).toMatch(/journal\.test\.goals run successfuly/);
  });

  it('declares the scope the fixtures name', () => {
    const grammar = JSON.parse(readFileSync(path.join(root, 'syntaxes/goals.tmLanguage.json'), 'utf8')) as { scopeName: string };
    expect(grammar.scopeName).toBe('source.goals');
  });
});

describe('TextMate grammar and parser agree', () => {
  const samplesDir = path.join(root, 'samples');
  const extra = [
    'plan: room #4 and #selfcare',
    'client: Alex # a comment',
    '\t# a comment after a tab',
    '  value: a#b # c -- not a note inside the comment',
    '  measure: days--not a note -- a note # and a comment',
    '2026-11-20 note: -- only a note',
    '    - [ ] step #2 -- note #3 # comment',
    '#',
    '  #',
  ];
  it('on where comments and notes start, on every line of the samples', async () => {
    const tokenize = await loadTokenizer();
    const files = readdirSync(samplesDir).filter((name) => name.endsWith('.goals'));
    const lines = [...files.flatMap((name) => readFileSync(path.join(samplesDir, name), 'utf8').split(/\r\n|\r|\n/)), ...extra];
    const tokens = tokenize(lines);
    const disagreements: string[] = [];
    lines.forEach((text, i) => {
      const parsed = readLine(text, i);
      const startOf = (scope: string) => tokens[i]!.find((t) => t.scopes.includes(scope))?.startIndex;
      const grammarComment = startOf('punctuation.definition.comment.goals');
      const grammarNote = startOf('punctuation.separator.note.goals');
      const parserComment = parsed.comment?.range.start.character;
      const parserNote = parsed.noteSeparator?.range.start.character;
      if (grammarComment !== parserComment) disagreements.push(`comment at ${grammarComment} vs ${parserComment}: ${text}`);
      if (grammarNote !== parserNote) disagreements.push(`note at ${grammarNote} vs ${parserNote}: ${text}`);
    });
    expect(disagreements).toEqual([]);
  });
});

interface EnterRule {
  readonly beforeText: string;
  readonly action: { readonly indent: string; readonly appendText?: string };
}

const config = JSON.parse(readFileSync(path.join(root, 'language-configuration.json'), 'utf8')) as {
  comments: { lineComment: string };
  onEnterRules: EnterRule[];
  wordPattern: string;
  folding: { offSide: boolean };
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
};

/** The action of the first rule that applies, as VS Code picks it. */
function onEnter(line: string): EnterRule['action'] | undefined {
  return config.onEnterRules.find((rule) => new RegExp(rule.beforeText).test(line))?.action;
}

describe('language configuration', () => {
  it('comments with #, folds by indentation', () => {
    expect(config.comments.lineComment).toBe('#');
    expect(config.folding.offSide).toBe(true);
  });

  it('continues a step list on Enter with an empty checkbox', () => {
    expect(onEnter('    - [ ] Practise on the bus itself')).toEqual({ indent: 'none', appendText: '- [ ] ' });
    expect(onEnter('    - [x] Keep the panic diary -- every day')).toEqual({ indent: 'none', appendText: '- [ ] ' });
    expect(onEnter('    - [X] Done')).toEqual({ indent: 'none', appendText: '- [ ] ' });
    expect(onEnter('    - Breathing app')).toEqual({ indent: 'none', appendText: '- ' });
    // An empty item is left alone, so Enter on it does not pile up empty checkboxes.
    expect(onEnter('    - [ ] ')?.appendText).toBeUndefined();
  });

  it('indents after a goal line and a list field, and keeps a field indentation', () => {
    expect(onEnter('goal panic: Cut panic attacks to 1 a week')?.indent).toBe('indent');
    expect(onEnter('  steps:')?.indent).toBe('indent');
    expect(onEnter('  Supports:  # people and tools')?.indent).toBe('indent');
    expect(onEnter('  category: behavioral')).toEqual({ indent: 'none' });
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    expect(increase.test('goal sleep: Sleep 7 hours')).toBe(true);
    expect(increase.test('  scale:')).toBe(true);
    expect(increase.test('  target: 7 hours')).toBe(false);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    expect(decrease.test('  2026-11-20 session')).toBe(true);
  });

  it('keeps goal ids with - and _ as one word, in any script', () => {
    const words = (text: string) => text.match(new RegExp(config.wordPattern, 'g'));
    expect(words('2026-10-05 review sleep-routine: -1')).toContain('sleep-routine');
    expect(words('part of: sober_year')).toContain('sober_year');
    expect(words('goal téta-letters: Write to Téta')).toContain('téta-letters');
    expect(words('2027-01-10 resumed 睡眠')).toContain('睡眠');
  });
});
