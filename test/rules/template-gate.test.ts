// The cheap test that lets a statement skip a phrase template (patterns.ts `mayMatch`) must never skip
// one that matches: for every template of the lexicon and every statement of the corpus and the
// samples, a template whose regular expression finds a match is one `mayMatch` lets through.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../server/src/core/text/lexicon';
import { compileTemplate, mayMatch } from '../../server/src/core/text/patterns';
import { fold, maskQuotes } from '../../server/src/core/text/words';

const templateLists = Object.entries(lexicon).filter(
  (entry): entry is [string, string[]] => entry[0].endsWith('_TEMPLATES') && Array.isArray(entry[1]),
);
const statements = readFileSync(new URL('../fixtures/corpus/goal-statements.tsv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t').at(-1)!)
  .filter((s) => s !== undefined && s.trim() !== '');

describe('the template gate', () => {
  it('reads the lexicon and the corpus', () => {
    expect(templateLists.length).toBeGreaterThan(10);
    expect(statements.length).toBeGreaterThan(500);
  });

  it('never skips a template that matches a statement', () => {
    const skipped: string[] = [];
    let matched = 0;
    for (const statement of statements) {
      const searched = fold(maskQuotes(statement));
      for (const [name, templates] of templateLists) {
        for (const template of templates) {
          const regex = compileTemplate(template);
          regex.lastIndex = 0;
          if (!regex.test(searched)) continue;
          matched++;
          if (!mayMatch(template, searched)) skipped.push(`${name} '${template}' on '${statement}'`);
        }
      }
    }
    // The corpus must exercise the gate, or this test would pass by matching nothing.
    expect(matched).toBeGreaterThan(500);
    expect(skipped).toEqual([]);
  });
});
