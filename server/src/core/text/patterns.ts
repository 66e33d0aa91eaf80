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
const capturing = new WeakMap<readonly string[], boolean>();
const combinedSubsets = new WeakMap<readonly string[], Map<string, RegExp>>();

/**
 * The one expression for the templates of a list that can match `searched` (see `mayMatch`): a
 * template that cannot match never wins a place in the alternation, so leaving it out changes no
 * match, and an expression is compiled only for the subsets statements actually need.
 */
function combine(templates: readonly string[], searched: string): RegExp | null {
  let captures = capturing.get(templates);
  if (captures === undefined) capturing.set(templates, (captures = templates.some((t) => compileSource(t).includes('(?<'))));
  if (captures) return null;
  const chosen = templates.filter((t) => mayMatch(t, searched));
  const key = chosen.join('\u0000');
  let subsets = combinedSubsets.get(templates);
  if (!subsets) combinedSubsets.set(templates, (subsets = new Map()));
  let regex = subsets.get(key);
  if (!regex) {
    regex = new RegExp(chosen.length === 0 ? '(?!)' : `${WORD_START}(?:${chosen.map(compileSource).join('|')})${WORD_END}`, 'gu');
    if (subsets.size > 200) subsets.clear();
    subsets.set(key, regex);
  }
  return regex;
}

/**
 * What a template needs to find in a text before it can match: for each of its parts outside
 * optional brackets and slots, a word of it (a literal, or one per alternative of a choice), as a
 * list of alternatives. A cheap test of these skips the templates a statement cannot match, so a
 * regular expression is compiled only for templates with a chance: compiling them all cost the
 * first check of a plan some 250 ms.
 */
function requirementsOf(template: string): string[][] {
  const out: string[][] = [];
  const longestRun = (part: string) => (part.match(/[\p{L}\p{N}]+/gu) ?? []).sort((a, b) => b.length - a.length)[0];
  const topLevel = (part: string) => {
    // The literal text of a part at its own top level: brackets, slots and choices blanked out.
    let depth = 0;
    let literal = '';
    for (const c of part) {
      if (c === '[' || c === '(' || c === '{') depth++;
      else if (c === ']' || c === ')' || c === '}') depth--;
      else literal += depth === 0 ? c : ' ';
    }
    return literal;
  };
  const literal = topLevel(template);
  for (const run of literal.match(/[\p{L}\p{N}]+/gu) ?? []) out.push([run]);
  // Each slot at the top level that has a short word list, or stands for digits.
  depthWalk(template, (slot) => {
    const name = slot.replace(/^@/, '');
    if (NUMERIC_SLOTS.has(name)) out.push(DIGITS);
    const list = SLOTS[name];
    if (!list || list.length > MAX_GATE_WORDS) return;
    const words = list.map((entry) => longestRun(topLevel(entry)));
    if (words.every((w): w is string => w !== undefined)) out.push(words);
  });
  // Each choice `( ... )` at the top level: one word per alternative, if every alternative has one.
  let depth = 0;
  let start = -1;
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '(' || c === '[' || c === '{') {
      if (depth === 0 && c === '(') start = i;
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0 && c === ')' && start >= 0) {
        const words = splitTop(template.slice(start + 1, i)).map((alternative) => longestRun(topLevel(alternative)));
        if (words.every((w): w is string => w !== undefined)) out.push(words);
        start = -1;
      }
    }
  }
  return out;
}

/** The built-in slots that always hold a digit, and the digits they need. */
const NUMERIC_SLOTS: ReadonlySet<string> = new Set(['digits', 'isoDate', 'slashDate', 'year', 'dayNumber', 'clock', 'percent', 'range']);
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Longer word lists (the verbs) are not worth testing word by word: a template with one always compiles. */
const MAX_GATE_WORDS = 80;

/** Calls `visit` with the inside of each slot `{...}` at the top level of a template. */
function depthWalk(template: string, visit: (slot: string) => void): void {
  let depth = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '{' && depth === 0) {
      const close = template.indexOf('}', i);
      visit(template.slice(i + 1, close));
      i = close;
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
  }
}

/** The alternatives of a choice's inside, split at its own `|` (not at those of choices nested in it). */
function splitTop(inside: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inside.length; i++) {
    const c = inside[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(inside.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(inside.slice(from));
  return parts;
}

const requirements = new Map<string, string[][]>();

/** False when the folded text lacks a word the template cannot match without; true when it may match. */
export function mayMatch(template: string, searched: string): boolean {
  let needs = requirements.get(template);
  if (!needs) requirements.set(template, (needs = requirementsOf(template)));
  return needs.every((alternatives) => alternatives.some((word) => searched.includes(word)));
}

function matchAll(text: string, templates: readonly string[]): TemplateMatch[] {
  const searched = fold(maskQuotes(text));
  const found: TemplateMatch[] = [];
  const one = combine(templates, searched);
  for (const regex of one ? [one] : templates.filter((t) => mayMatch(t, searched)).map(compileTemplate)) {
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
