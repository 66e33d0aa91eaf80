// Every rule's voice, over every plan the project keeps (samples/ and test/fixtures/): one line of at
// most 160 characters in both voices, a median under 110 for the standard one, a plain wording of its
// own for every finding, no jargon in the plain voice, and an explanation in both voices. The
// parser's format errors are held to the same length.
// A rule whose wording has not been written yet fails here by name: that is the point of the test.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, analyze, DEFAULT_CONFIG, parse, RULE_INFO, SYNTAX_CODES, type Diagnostic } from '../../server/src/core/index';
import type { Voice } from '../../server/src/core/rules/rule';
import { readSuppressions } from '../../server/src/core/rules/suppressions';
import { JARGON_WORDS } from '../../server/src/core/text/lexicon';
import { TODAY } from '../support/rules';

const MAX_LENGTH = 160;
const MEDIAN_BELOW = 110;
/** The check date of the rule tests, and a day some months on, when due dates and reviews have passed. */
const DATES = [TODAY, '2027-06-01'];

const root = fileURLToPath(new URL('../..', import.meta.url));
const FILES = globSync(['samples/**/*.goals', 'test/fixtures/**/*.goals'], { cwd: root }).sort();
const texts = FILES.map((file) => ({ file, text: readFileSync(`${root}/${file}`, 'utf8') }));
const RULE_IDS = RULE_INFO.map((rule) => rule.id);

/** What one rule said over every plan, on every date, in one voice. */
function said(voice: Voice): Map<string, { file: string; message: string }[]> {
  const byRule = new Map<string, { file: string; message: string }[]>(RULE_IDS.map((id) => [id, []]));
  for (const { file, text } of texts) {
    for (const today of DATES) {
      const { diagnostics } = analyze(text, { today, config: { ...DEFAULT_CONFIG, voice, budget: 'all' } });
      for (const d of diagnostics) byRule.get(d.code)?.push({ file, message: d.message });
    }
  }
  return byRule;
}

const STANDARD = said('standard');
const PLAIN = said('plain');

/** The plain wording each finding of a rule carries itself, `undefined` where the engine would fall back. */
function ownPlainWordings(id: string): { file: string; plain: string | undefined }[] {
  const rule = ALL_RULES.find((r) => r.id === id);
  const out: { file: string; plain: string | undefined }[] = [];
  for (const { file, text } of texts) {
    const { plan } = parse(text);
    for (const today of DATES) {
      if (rule) {
        for (const finding of rule.check({ plan, config: { ...DEFAULT_CONFIG, budget: 'all' }, today })) out.push({ file, plain: finding.plain });
      } else if (id === 'invalid-suppression') {
        const { problems } = readSuppressions(plan, RULE_IDS, (code) => SYNTAX_CODES.includes(code));
        for (const problem of problems) out.push({ file, plain: problem.plain });
      }
    }
  }
  return out;
}

/** The engine's findings of `id` on one plan in both voices, paired by position. */
function bothVoices(id: string): { file: string; standard: string; plain: string }[] {
  const out: { file: string; standard: string; plain: string }[] = [];
  const of = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === id);
  for (const { file, text } of texts) {
    for (const today of DATES) {
      const standard = of(analyze(text, { today, config: { ...DEFAULT_CONFIG, budget: 'all' } }).diagnostics);
      const plain = of(analyze(text, { today, config: { ...DEFAULT_CONFIG, voice: 'plain', budget: 'all' } }).diagnostics);
      standard.forEach((d, i) => out.push({ file, standard: d.message, plain: plain[i]?.message ?? '' }));
    }
  }
  return out;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words: a letter, digit or hyphen on either side makes it part of another word. */
const JARGON = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...JARGON_WORDS, ...RULE_IDS].map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'iu');

/** The jargon word in `text`, or undefined: `"'level' in: ..."` reads better in a failure than `true`. */
function jargonIn(text: string): string | undefined {
  return JARGON.exec(text)?.[0];
}

/** A failure's list, each line once: the plans are checked on two dates, which often find the same. */
function lines(items: readonly string[]): string {
  return [...new Set(items)].join('\n');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

describe('the voice of every rule, over every plan in samples/ and test/fixtures/', () => {
  it('reads the plans and knows the jargon', () => {
    expect(FILES.filter((f) => f.startsWith('samples/')).length).toBeGreaterThan(0);
    expect(FILES.filter((f) => f.startsWith('test/fixtures/')).length).toBeGreaterThan(0);
    expect(jargonIn('Your baseline is 3.')).toBe('baseline');
    expect(jargonIn('The GAS T-score')).toBe('GAS');
    expect(jargonIn('fix the vague-goal comment')).toBe('vague-goal');
    expect(jargonIn('a gasket, levelled and united')).toBeUndefined();
  });

  it(`keeps the median of the distinct standard messages under ${MEDIAN_BELOW} characters`, () => {
    const distinct = new Set([...STANDARD.values()].flat().map((m) => m.message));
    expect(distinct.size).toBeGreaterThan(RULE_INFO.length);
    expect(median([...distinct].map((m) => m.length))).toBeLessThan(MEDIAN_BELOW);
  });

  it(`keeps the format errors, shown to the same people, in one line of at most ${MAX_LENGTH} characters`, () => {
    const errors = texts.flatMap(({ file, text }) => parse(text).diagnostics.map((d) => ({ file, message: d.message })));
    expect(errors.length).toBeGreaterThan(0);
    expect(lines(errors.filter((e) => e.message.length > MAX_LENGTH || /[\r\n]/.test(e.message)).map((e) => `${e.file}: ${e.message}`))).toBe('');
  });

  it('says the format errors in the plain voice without jargon too', () => {
    // Every format error the parser can word with 'GAS level', written the way a client might.
    const plan = [
      'goal a: Walk on 3 days a week',
      '  +1: walk on 4 days',
      '  scale:',
      '    +1 walk on 4 days',
      '    0: walk on 3 days',
      '    +7: walk every day',
      'goal b: Swim once a week',
      '2026-11-02 review a, b: +1',
      '2026-11-09 review a: high',
    ].join('\n');
    const errors = texts.map(({ text }) => text).concat(plan).flatMap((text) => analyze(text, { today: TODAY, config: { ...DEFAULT_CONFIG, voice: 'plain' } }).diagnostics);
    const format = errors.filter((d) => SYNTAX_CODES.includes(d.code));
    expect(format.filter((d) => d.code !== 'unknown-field').length).toBeGreaterThanOrEqual(5);
    expect(lines(format.flatMap((d) => (jargonIn(d.message) ? [`'${jargonIn(d.message)}' in: ${d.message}`] : [])))).toBe('');
    expect(format.every((d) => !('plain' in d))).toBe(true);
  });

  it('words a misspelt field or entry kind plainly, and offers the near spelling, not a measure of that name', () => {
    const text = ['plan: P', 'clinican: Dr Ines', 'goal a: Walk on 3 days a week', '  basline: 2 days/week', '2026-11-03 sesion'].join('\n');
    const plain = analyze(text, { today: TODAY, config: { ...DEFAULT_CONFIG, voice: 'plain' } }).diagnostics.filter((d) => SYNTAX_CODES.includes(d.code));
    expect(plain.map((d) => d.message)).toEqual([
      "'clinican' is not a word Goalpost knows here. Did you mean 'clinician'?",
      "'basline' is not a word Goalpost knows here. Did you mean 'baseline'?",
      "'sesion' is not a kind of journal line Goalpost knows. Did you mean 'session'?",
    ]);
    const standard = parse(text).diagnostics.map((d) => d.message);
    expect(standard).toContain("'sesion' is not a kind of journal entry. Did you mean 'session'?");
  });

  describe.each(RULE_INFO.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    it('is found somewhere in the plans, so its wording is tested', () => {
      expect(STANDARD.get(id)!.length).toBeGreaterThan(0);
    });

    it(`says each finding in one line of at most ${MAX_LENGTH} characters, in both voices`, () => {
      const tooLong = [...STANDARD.get(id)!, ...PLAIN.get(id)!].filter((m) => m.message.length > MAX_LENGTH || /[\r\n]/.test(m.message));
      expect(lines(tooLong.map((m) => `${m.file}: ${m.message.length}: ${m.message}`))).toBe('');
    });

    it('gives every finding a plain wording of its own', () => {
      // A rule's check is run directly, because the engine falls back to the standard wording.
      // The suppression checks have no check of their own; for them, the plain voice must differ.
      const missing = ownPlainWordings(id).filter((f) => !f.plain);
      expect(lines(missing.map((f) => `${f.file}: a finding without 'plain'`))).toBe('');
      if (ALL_RULES.some((r) => r.id === id)) return;
      const fallbacks = bothVoices(id).filter((pair) => pair.standard === pair.plain);
      expect(lines(fallbacks.map((pair) => `${pair.file}: the same in both voices: ${pair.standard}`))).toBe('');
    });

    it('uses no jargon in the plain voice', () => {
      const jargon = PLAIN.get(id)!.flatMap((m) => {
        const word = jargonIn(m.message);
        return word ? [`'${word}' in ${m.file}: ${m.message}`] : [];
      });
      expect(lines(jargon)).toBe('');
    });

    it('has an explanation in both voices, the plain one without jargon', () => {
      expect(rule.explanation?.standard.trim()).toBeTruthy();
      expect(rule.explanation?.plain.trim()).toBeTruthy();
      expect(jargonIn(rule.explanation!.plain)).toBeUndefined();
    });
  });
});
