/**
 * Phrase templates: the small pattern language of `lexicon.ts`, compiled to Unicode-aware regular
 * expressions and matched against a statement with quoted passages set aside. The language is
 * described at the top of `lexicon.ts`.
 */
import { COMPOSITE_SLOTS, ENGLISH_MARKERS, SLOTS } from './lexicon';
import { alternation, COMPOUND_JOIN, fold, maskQuotes, WORD_END, WORD_START, type Span } from './words';

/** A template match with the spans of its captured slots (`{@slot}` and `{name}`). */
export interface TemplateMatch extends Span {
  readonly groups: Readonly<Record<string, Span>>;
}

const NAME = String.raw`[\p{L}\p{M}][\p{L}\p{M}'-]*`;

/** Slots that are patterns rather than word lists. */
const BUILT_IN: Readonly<Record<string, string>> = {
  word: String.raw`[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'-]*`,
  digits: String.raw`\p{Nd}+(?:[.,]\p{Nd}+)?`,
  isoDate: String.raw`\d{4}-\d{2}-\d{2}`,
  slashDate: String.raw`\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})`,
  year: String.raw`(?:19|20)\d{2}(?![-/.]\d)`,
  dayNumber: String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`,
  clock: String.raw`(?:[01]?\d|2[0-3])(?::[0-5]\d\s?(?:am|pm|a\.m\.|p\.m\.|h)?|\.[0-5]\d\s?(?:am|pm|a\.m\.|p\.m\.)|\s?(?:am|pm|a\.m\.|p\.m\.))`,
  percent: String.raw`\p{Nd}+(?:[.,]\p{Nd}+)?\s?%`,
  range: String.raw`\p{Nd}+(?:[.,]\p{Nd}+)?\s?(?:-|–|—|to)\s?\p{Nd}+(?:[.,]\p{Nd}+)?`,
};

/** Compiles one template (or slot entry) to a regular-expression source. */
function compileSource(template: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '{') {
      const close = template.indexOf('}', i);
      const inner = template.slice(i + 1, close);
      out += slotSource(inner.replace(/^@/, ''), inner.startsWith('@'));
      i = close;
    } else if (c === '[') out += '(?:';
    else if (c === ']') out += ')?';
    else if (c === '(') out += '(?:';
    else if (c === ')' || c === '|' || c === '^' || c === '$') out += c;
    // '{feeling}-free' and '(drink|smoke)-free' are compounds: 'stress free' is written too.
    else if (c === '-' && /[\p{L}\p{N})}]/u.test(template[i - 1] ?? '') && /\p{L}/u.test(template[i + 1] ?? '')) out += COMPOUND_JOIN;
    else if (c === ' ') {
      while (template[i + 1] === ' ') i++;
      out += String.raw`\s+`;
    } else out += c.replace(/[.*+?\\/]/g, '\\$&');
  }
  return out;
}

function slotSource(slot: string, capture: boolean): string {
  let body: string;
  if (slot === 'name') return `(?<name>${NAME})`;
  if (BUILT_IN[slot]) body = BUILT_IN[slot];
  else if (COMPOSITE_SLOTS[slot]) body = `(?:${COMPOSITE_SLOTS[slot].map(compileSource).join('|')})`;
  else if (SLOTS[slot]) body = alternation(SLOTS[slot]);
  else throw new Error(`unknown slot {${slot}} in a lexicon template`);
  return capture ? `(?<${slot}>${body})` : body;
}

const compiled = new Map<string, RegExp>();

/** The compiled, whole-word, global form of a template; compiled once and kept. */
export function compileTemplate(template: string): RegExp {
  let regex = compiled.get(template);
  if (!regex) {
    const source = compileSource(template);
    // Match indices cost time; only templates that capture a slot need them.
    regex = new RegExp(`${WORD_START}(?:${source})${WORD_END}`, source.includes('(?<') ? 'gdu' : 'gu');
    compiled.set(template, regex);
  }
  return regex;
}

/**
 * A `{name}` is a person's name when it starts with a capital or is written in a script without
 * case (王芳), is not a common English word, and does not simply start a sentence.
 */
function isName(original: string, span: Span): boolean {
  if (!/^[\p{Lu}\p{Lt}\p{Lo}]/u.test(span.text)) return false;
  if (ENGLISH_MARKERS.includes(fold(span.text))) return false;
  return !/(?:^|[.!?;:])\s*$/.test(original.slice(0, span.start));
}

/**
 * Every match of the templates in `text`, quoted passages set aside, without overlaps: where two
 * matches overlap, the longer is kept.
 */
export function matchTemplates(text: string, templates: readonly string[]): TemplateMatch[] {
  // Several rules read the same statement with the same lists, on every keystroke in an editor:
  // remember the last few hundred answers per list.
  let memo = memos.get(templates);
  if (!memo) memos.set(templates, (memo = new Map()));
  const known = memo.get(text);
  if (known) return known;
  const found = matchAll(text, templates);
  if (memo.size > 500) memo.clear();
  memo.set(text, found);
  return found;
}

const memos = new WeakMap<readonly string[], Map<string, TemplateMatch[]>>();

/**
 * Lists whose templates capture nothing are compiled into one expression, which reads the text
 * once instead of once per template; where two of its templates match at the same place, the
 * first listed wins.
 */
const combined = new WeakMap<readonly string[], RegExp | null>();

function combine(templates: readonly string[]): RegExp | null {
  if (!combined.has(templates)) {
    const sources = templates.map(compileSource);
    combined.set(templates, sources.some((s) => s.includes('(?<')) ? null : new RegExp(`${WORD_START}(?:${sources.join('|')})${WORD_END}`, 'gu'));
  }
  return combined.get(templates) ?? null;
}

function matchAll(text: string, templates: readonly string[]): TemplateMatch[] {
  const searched = fold(maskQuotes(text));
  const found: TemplateMatch[] = [];
  const one = combine(templates);
  for (const regex of one ? [one] : templates.map(compileTemplate)) {
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(searched))) {
      const groups: Record<string, Span> = {};
      for (const [key, range] of Object.entries(match.indices?.groups ?? {})) {
        if (range) groups[key] = { start: range[0], end: range[1], text: text.slice(range[0], range[1]) };
      }
      if (groups.name && !isName(text, groups.name)) {
        regex.lastIndex = nextCodePoint(searched, match.index);
        continue;
      }
      const end = match.index + match[0].length;
      found.push({ start: match.index, end, text: text.slice(match.index, end), groups });
      if (match[0] === '') regex.lastIndex = nextCodePoint(searched, match.index);
    }
  }
  return keepLongest(found);
}

/**
 * The offset after the character at `at`. A search with the `u` flag that resumes inside a
 * surrogate pair starts again at the pair, so stepping one code unit past '𓁆' would loop for ever.
 */
function nextCodePoint(text: string, at: number): number {
  return at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
}

/**
 * Drops spans that overlap a longer one (of two the same length, the earlier stays), and returns
 * the rest in text order: '2027-01-31' wins over the 'by 2027' inside 'by 2027-01-31'.
 */
export function keepLongest<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const claimed = new ClaimedSpans();
  return sorted.filter((span) => claimed.claim(span)).sort((a, b) => a.start - b.start);
}

/**
 * The offsets of a text already taken by kept spans. Asking whether a span overlaps any kept one
 * costs its own length, not the number of spans kept, so keeping spans stays linear in the text
 * (a list of every kept span, searched each time, was quadratic on a long list of numbers).
 */
export class ClaimedSpans {
  private taken = new Uint8Array(64);

  /** True when no claimed offset lies in `[span.start, span.end)`. */
  isFree(span: Span): boolean {
    const end = Math.min(span.end, this.taken.length);
    for (let at = span.start; at < end; at++) if (this.taken[at]) return false;
    return true;
  }

  /** Claims the span's offsets when they are free, and says whether it did. */
  claim(span: Span): boolean {
    if (!this.isFree(span)) return false;
    if (span.end > this.taken.length) {
      const grown = new Uint8Array(Math.max(span.end, this.taken.length * 2));
      grown.set(this.taken);
      this.taken = grown;
    }
    this.taken.fill(1, span.start, span.end);
    return true;
  }
}
