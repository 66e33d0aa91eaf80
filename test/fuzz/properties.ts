/**
 * The properties every document must have, as plain functions that throw a `PropertyFailure`
 * saying what broke. The test suite's run (`fuzz.test.ts`) and long runs (`run.ts`) call the same
 * functions, so a counterexample from either replays in the other.
 */
import {
  analyze, applyTextEdits, codeActions, codeLenses, complete, documentContext, documentSymbols, foldingRanges, formatDocument, formatRange, hover,
  inlayHints, selectionRange, semanticTokens, Snapshot, SYNTAX_CODES, type Analysis, type DocumentSymbol, type Diagnostic, type Position, type Range,
  type TextEdit,
} from '../../server/src/core/index';
import { encodeSemanticTokens } from '../../server/src/lsp/semantic-tokens';
import type { FuzzInput } from './arbitraries';
import { documentLines, ensure } from './check';
import { expectSameWords, meaning, sameMeaning } from './meaning';

/** The date every property checks on: no property reads the clock. */
export const TODAY = '2026-11-25';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Why a position is not in the document, or undefined when it is; a position inside a surrogate pair is not. */
function badPosition(p: Position, lines: readonly string[]): string | undefined {
  if (!Number.isInteger(p.line) || p.line < 0 || p.line >= lines.length) return `line ${p.line} of ${lines.length}`;
  const line = lines[p.line]!;
  if (!Number.isInteger(p.character) || p.character < 0 || p.character > line.length) return `character ${p.character} of ${line.length} on line ${p.line}`;
  if (isHigh(line.charCodeAt(p.character - 1)) && isLow(line.charCodeAt(p.character))) return `character ${p.character} splits a surrogate pair on line ${p.line}`;
  return undefined;
}

export function ensureInside(what: string, range: Range, lines: readonly string[]): void {
  const problem = badPosition(range.start, lines) ?? badPosition(range.end, lines);
  ensure(problem === undefined, () => `${what} ${JSON.stringify(range)} lies outside the document: ${problem}`);
  const { start, end } = range;
  ensure(start.line < end.line || (start.line === end.line && start.character <= end.character), () => `${what} ${JSON.stringify(range)} ends before it starts`);
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Edits an editor can apply: inside the document and not overlapping. */
export function ensureApplicable(what: string, edits: readonly TextEdit[], lines: readonly string[]): void {
  for (const edit of edits) ensureInside(what, edit.range, lines);
  const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (let i = 1; i < sorted.length; i++) {
    ensure(before(sorted[i - 1]!.range.end, sorted[i]!.range.start), () => `${what}: edits overlap: ${JSON.stringify(sorted[i - 1]!.range)} and ${JSON.stringify(sorted[i]!.range)}`);
  }
}

/**
 * A range picked by two of the input's numbers: from a line to a later one, at some character on
 * each, never inside a surrogate pair (an editor's cursor never stands there).
 */
export function pickRange(lines: readonly string[], a: number, b: number): Range {
  const from = a % lines.length;
  const to = from + (b % Math.min(lines.length - from, 12));
  const at = (line: number, n: number) => {
    const text = lines[line]!;
    const character = n % (text.length + 1);
    return { line, character: isHigh(text.charCodeAt(character - 1)) && isLow(text.charCodeAt(character)) ? character - 1 : character };
  };
  const start = at(from, b);
  const end = at(to, a);
  return before(start, end) ? { start, end } : { start: end, end: start };
}

/** Parse and analysis never throw, count the lines as editors do, and speak to people in one line. */
export function analyses(text: string): Analysis {
  const result = analyze(text, { today: TODAY });
  const lines = documentLines(text);
  ensure(result.plan.lineCount === lines.length, () => `the plan counts ${result.plan.lineCount} lines, the document has ${lines.length}`);
  for (const d of result.diagnostics) {
    ensure(/^[a-z]+(-[a-z]+)*$/.test(d.code), () => `a finding without a stable code: ${JSON.stringify(d.code)}`);
    ensure(d.message.trim() !== '' && !/[\r\n]/.test(d.message), () => `the message of ${d.code} is not one line: ${JSON.stringify(d.message)}`);
    ensure(!/Expecting|token of type|NoViableAlt|MismatchedToken|undefined|NaN|\[object /.test(d.message), () => `the message of ${d.code} shows the program's insides: ${d.message}`);
  }
  return result;
}

/** Every range a feature reports lies inside the document, in UTF-16 columns. */
export function rangesInside({ text, picks }: FuzzInput, { diagnostics }: Analysis): void {
  const lines = documentLines(text);
  const context = documentContext(text, { today: TODAY });
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } };
  for (const d of diagnostics) ensureInside(`the ${d.code} finding`, d.range, lines);
  const symbol = (s: DocumentSymbol, parent?: DocumentSymbol) => {
    ensureInside(`symbol '${s.name}'`, s.range, lines);
    ensureInside(`symbol '${s.name}' (selection)`, s.selectionRange, lines);
    ensure(before(s.range.start, s.selectionRange.start) && before(s.selectionRange.end, s.range.end), () => `symbol '${s.name}': its selection range is not inside its range`);
    if (parent) ensure(before(parent.range.start, s.range.start) && before(s.range.end, parent.range.end), () => `symbol '${s.name}' is not inside '${parent.name}'`);
    for (const child of s.children) symbol(child, s);
  };
  for (const s of documentSymbols(context)) symbol(s);
  for (const f of foldingRanges(context)) ensure(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lines.length, () => `folding range ${f.startLine}-${f.endLine} of ${lines.length} lines`);
  for (const lens of codeLenses(context)) ensureInside(`code lens '${lens.title}'`, lens.range, lines);
  const tokens = semanticTokens(context);
  for (const t of tokens) ensureInside(`semantic token ${t.type}`, { start: t, end: { line: t.line, character: t.character + t.length } }, lines);
  const encoded = encodeSemanticTokens(tokens);
  for (let i = 0; i < encoded.length; i += 5) {
    ensure(encoded[i]! >= 0 && (encoded[i]! > 0 || encoded[i + 1]! >= 0) && encoded[i + 2]! > 0, () => `semantic tokens out of order or empty at token ${i / 5}`);
  }
  for (const hint of inlayHints(context, whole)) ensureInside(`inlay hint '${hint.label}'`, { start: hint.position, end: hint.position }, lines);
  for (const n of picks.slice(0, 3)) {
    const { start: position } = pickRange(lines, n, n >> 3);
    const h = hover(context, position);
    if (h) ensureInside('hover', h.range, lines);
    for (let s: ReturnType<typeof selectionRange> | undefined = selectionRange(context, position); s; s = s.parent) {
      ensureInside('selection range', s.range, lines);
      if (s.parent) ensure(before(s.parent.range.start, s.range.start) && before(s.range.end, s.parent.range.end), () => 'a selection range is not inside its parent');
    }
    for (const item of complete(context, position, { snippets: true })) ensureInside(`completion '${item.label}'`, item.edit.range, lines);
  }
}

/** Formatting is idempotent, keeps every word and the plan; so does formatting random ranges, which never changes the parse. */
export function formattingKeepsWords({ text, picks }: FuzzInput): void {
  const lines = documentLines(text);
  const edits = formatDocument(documentContext(text, { today: TODAY }));
  ensureApplicable('formatting', edits, lines);
  // One edit per changed line, or whole blank lines removed, so the cursor and the undo history survive.
  for (const { range: { start, end }, newText } of edits) {
    ensure(start.line === end.line || (newText === '' && start.character === 0 && end.character === 0), () => `formatting replaces lines ${start.line + 1}-${end.line + 1} in one sweeping edit`);
  }
  const once = applyTextEdits(text, edits);
  ensure(formatDocument(documentContext(once, { today: TODAY })).length === 0, () => 'formatting a formatted document changes it again');
  expectSameWords(text, once, 'formatting');
  ensure(sameMeaning(text, once), () => `formatting changes what the plan says:\n${meaning(text)}\n${meaning(once)}`);
  ensure(once.startsWith('\uFEFF') === text.startsWith('\uFEFF'), () => 'formatting adds or drops the byte-order mark');
  const range = pickRange(lines, picks[3]!, picks[4]!);
  const rangeEdits = formatRange(documentContext(text, { today: TODAY }), range);
  ensureApplicable('range formatting', rangeEdits, lines);
  const after = applyTextEdits(text, rangeEdits);
  const where = `formatting lines ${range.start.line + 1}-${range.end.line + 1}`;
  ensure(sameMeaning(text, after), () => `${where} changes what the plan says:\n${meaning(text)}\n${meaning(after)}`);
  expectSameWords(text, after, where);
  const same = sameLines(lines, documentLines(after), range);
  const again = same ? formatRange(documentContext(after, { today: TODAY }), same) : [];
  ensure(again.length === 0, () => `${where} a second time changes the document again: ${JSON.stringify(again)}`);
}

/**
 * The range of `after` holding the lines with text that `range` held in `before` (formatting keeps
 * them one for one, in order), or undefined when it held only blank lines.
 */
function sameLines(before: readonly string[], after: readonly string[], range: Range): Range | undefined {
  const text = (lines: readonly string[]) => lines.flatMap((l, i) => (/^[ \t]*$/.test(l) ? [] : [i]));
  const [from, to] = [text(before), text(after)];
  // A range that ends at the start of a line does not take that line in, as editors select.
  const lastLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  const inside = from.flatMap((line, k) => (line >= range.start.line && line <= lastLine ? [k] : []));
  if (inside.length === 0 || from.length !== to.length) return undefined;
  const [first, last] = [to[inside[0]!]!, to[inside.at(-1)!]!];
  return { start: { line: first, character: 0 }, end: { line: last, character: after[last]!.length } };
}

/** Words, numbers and single other characters: what a fix must keep, whatever the spacing around it. */
function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of text.match(/[\p{L}\p{N}\p{M}_]+|[^\s\p{L}\p{N}\p{M}_]/gu) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

const countBy = (ds: readonly Diagnostic[], codes: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const d of ds) if (codes.includes(d.code)) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return counts;
};

/**
 * Every code action yields a document that parses with no new format errors, keeps every word
 * the writer wrote (a misspelt name that is replaced aside), changes only the goal or the journal
 * its finding is about, and fixes that finding.
 */
export function fixesKeepWords({ text, picks }: FuzzInput, analysis: Analysis): void {
  const lines = documentLines(text);
  const { diagnostics } = analysis;
  const context = documentContext(text, { today: TODAY });
  const targets: { range: Range; diagnostic?: Diagnostic }[] = [{ range: pickRange(lines, picks[7]!, picks[8]!) }];
  if (diagnostics.length > 0) for (const n of picks.slice(9, 12)) targets.push({ range: diagnostics[n % diagnostics.length]!.range, diagnostic: diagnostics[n % diagnostics.length]! });
  for (const { range, diagnostic } of targets) {
    for (const action of codeActions(context, diagnostics, range)) {
      if (diagnostic ? !action.diagnostics?.includes(diagnostic) : action.kind !== 'source') continue;
      checkAction(text, lines, analysis, action.title, action.edit, diagnostic, range);
    }
  }
}

function checkAction(text: string, lines: readonly string[], analysis: Analysis, title: string, edits: readonly TextEdit[], diagnostic: Diagnostic | undefined, at: Range): void {
  const what = `${JSON.stringify(title)}${diagnostic ? ` (for ${diagnostic.code} on line ${diagnostic.range.start.line + 1})` : ''}`;
  ensureApplicable(what, edits, lines);
  const after = applyTextEdits(text, edits);
  ensure(after !== text, () => `${what} changes nothing`);
  const fixed = analyze(after, { today: TODAY });
  const errorsBefore = countBy(analysis.diagnostics, SYNTAX_CODES);
  for (const [code, n] of countBy(fixed.diagnostics, SYNTAX_CODES)) ensure(n <= (errorsBefore.get(code) ?? 0), () => `${what} adds a format error (${code}):\n${JSON.stringify(after)}`);

  // Every word stays, except the misspelt name a replacement is for; a deleted repeat's words are on the line it repeats.
  const replaced = diagnostic && edits.length === 1 && JSON.stringify(edits[0]!.range) === JSON.stringify(diagnostic.range) ? textIn(lines, diagnostic.range) : '';
  const kept = tokens(after);
  const allowed = tokens(replaced);
  let lostInAll = 0;
  for (const [token, n] of tokens(text)) {
    const lost = n - (kept.get(token) ?? 0) - (allowed.get(token) ?? 0);
    ensure(lost <= 0 || (!replaced && kept.has(token)), () => `${what} loses the writer's '${token}':\n${JSON.stringify(text)}\n${JSON.stringify(after)}`);
    lostInAll += Math.max(0, lost);
  }
  // A reduce, not Math.max(...): a spread of a hundred thousand lines overflows the stack.
  const longestLine = lines.reduce((most, l) => Math.max(most, [...tokens(l).values()].reduce((a, b) => a + b, 0)), 0);
  ensure(lostInAll <= longestLine, () => `${what} deletes more than one line's words:\n${JSON.stringify(text)}\n${JSON.stringify(after)}`);

  // Only the goal or the journal the finding is about changes.
  const { plan } = analysis;
  const scope = scopeOf(plan, lines, title, diagnostic, at, Boolean(replaced));
  ensure(fixed.plan.goals.length === plan.goals.length, () => `${what} adds or removes a goal`);
  // A replacement on a header line ('therapist:' → 'clinician:') is meant to change that line.
  const onHeader = Boolean(replaced) && !plan.goals.some((g) => g.range.start.line <= at.start.line && at.start.line <= g.range.end.line) && !plan.journal.some((e) => e.range.start.line === at.start.line);
  if (!onHeader) ensure(meaning({ ...plan, goals: [], journal: [], comments: [] }) === meaning({ ...fixed.plan, goals: [], journal: [], comments: [] }), () => `${what} changes the header`);
  const changed = plan.goals.flatMap((g, i) => (meaning(g) === meaning(fixed.plan.goals[i]) ? [] : [i]));
  for (const i of changed) ensure(scope !== 'journal' && scope.includes(i), () => `${what} changes goal '${plan.goals[i]!.id}', which it is not about`);
  ensure(changed.length <= 1, () => `${what} changes ${changed.length} goals`);
  if (scope !== 'journal') ensure(meaning(plan.journal) === meaning(fixed.plan.journal), () => `${what} changes the journal, which it is not about`);
  if (diagnostic) {
    // missing-field lists every gap in one finding; a fix that fills some of them (a field written
    // empty, 'baseline:', is left for the writer) has fixed what it says it adds.
    const weight = (d: Diagnostic) => (d.code === 'missing-field' && Array.isArray(d.data?.['fields']) ? (d.data['fields'] as unknown[]).length : 1);
    const count = (ds: readonly Diagnostic[]) => ds.filter((d) => d.code === diagnostic.code).reduce((n, d) => n + weight(d), 0);
    ensure(count(fixed.diagnostics) < count(analysis.diagnostics), () => `${what} does not fix its finding:\n${JSON.stringify(after)}`);
  }
}

/**
 * What an action may change: the journal, or one of some goals (by index; one id may name several).
 * A replacement is about the line of its finding; otherwise an action that names a goal is about
 * it, and the rest about the line of their finding (or, for a source action, the goal at the cursor).
 */
function scopeOf(plan: Analysis['plan'], lines: readonly string[], title: string, diagnostic: Diagnostic | undefined, at: Range, replacement: boolean): number[] | 'journal' {
  const line = (diagnostic?.range ?? at).start.line;
  // 'Sort journal', and an action that writes a dated line ("Record today's review: '2026-11-25
  // review panic'"), are about the journal even when their finding sits on a goal.
  // So is the kind of an entry put right ('progres' → 'progress'), wherever the entry is indented.
  // A line that starts with a date is an entry once its format error is mended.
  if (/Sort journal/.test(title) || /'\d{4}-\d{2}-\d{2} /.test(title) || diagnostic?.code === 'unknown-entry-kind') return 'journal';
  if (diagnostic && SYNTAX_CODES.includes(String(diagnostic.code)) && /^\s*\d/.test(lines[line] ?? '')) return 'journal';
  if (!replacement) {
    const named = plan.goals.flatMap((g, i) => (title.includes(`'${g.id}'`) ? [i] : []));
    if (named.length > 0) return named;
  }
  if (plan.journal.some((e) => e.range.start.line === line)) return 'journal';
  return plan.goals.flatMap((g, i) => (g.range.start.line <= line && line <= g.range.end.line ? [i] : []));
}

function textIn(lines: readonly string[], { start, end }: Range): string {
  if (start.line === end.line) return lines[start.line]!.slice(start.character, end.character);
  return [lines[start.line]!.slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line]!.slice(0, end.character)].join('\n');
}

/** Every property, in the order a failure is easiest to read in. */
export function checkAll(input: FuzzInput): void {
  const analysis = analyses(input.text);
  rangesInside(input, analysis);
  formattingKeepsWords(input);
  fixesKeepWords(input, analysis);
}

/**
 * The next version of a document as an editor makes it: a few lines typed into, inserted,
 * deleted, emptied, or copied over or between others, picked by the input's numbers. Line breaks become LF.
 */
export function editedVersion({ text, picks }: FuzzInput): string {
  const lines = documentLines(text);
  for (let i = 0; i + 2 < picks.length; i += 3) {
    const at = picks[i + 1]! % lines.length;
    const other = lines[picks[i + 2]! % lines.length]!;
    switch (picks[i]! % 6) {
      case 0:
        lines.splice(at, 0, other);
        break;
      case 1:
        if (lines.length > 1) lines.splice(at, 1);
        break;
      case 2:
        lines[at] = `${lines[at]!.slice(0, picks[i + 2]! % (lines[at]!.length + 1))}${other.slice(0, 12)}`;
        break;
      case 3:
        lines.push(other);
        break;
      case 4:
        lines[at] = other;
        break;
      default:
        lines[at] = '';
    }
  }
  return lines.join('\n');
}

/**
 * Reading a version from the snapshot of the one before (what the language server does on every
 * edit) gives exactly what reading it afresh gives: the same plan, findings and held findings,
 * also after going back to the first version, when what the rules kept must be dropped.
 */
export function readsIncrementally(input: FuzzInput): void {
  const options = { today: TODAY };
  const first = Snapshot.read(input.text);
  const same = (what: string, snapshot: Snapshot, text: string) => {
    const kept = JSON.stringify(snapshot.analyze(options));
    const fresh = JSON.stringify(analyze(text, options));
    ensure(kept === fresh, () => `${what} read from the version before differs from a fresh read:\n${kept.slice(0, 400)}\n${fresh.slice(0, 400)}`);
    // Where its lines start and which lines are entry rules' inputs, which the next version's read relies on.
    const alone = Snapshot.read(text);
    alone.analyze(options);
    ensure(snapshot.offsets.join() === alone.offsets.join(), () => `${what} has other line offsets than a fresh read`);
    const inputs = (s: Snapshot) => (s.inputs ?? []).map((line) => `${line.line} ${line.text}`).join('\n');
    ensure(inputs(snapshot) === inputs(alone), () => `${what} has other input lines than a fresh read`);
  };
  first.analyze(options);
  const text = editedVersion(input);
  const next = Snapshot.read(text, first);
  same('the edited version', next, text);
  const back = Snapshot.read(input.text, next);
  same('the first version again', back, input.text);
  // Typed and pasted text, line breaks of every kind included, anywhere in the text.
  const typed = typedVersion(input);
  const typedRead = Snapshot.read(typed, back);
  same('a version typed into', typedRead, typed);
  const again = typedVersion({ text: typed, picks: [...input.picks].reverse() });
  same('a version typed into twice', Snapshot.read(again, typedRead), again);
}

/** What the text of a typed-into version may gain: line breaks of every kind, words, a date. */
const TYPED = ['\r', '\n', '\r\n', '\n\r', 'x', ' ', '\t', '2026-11-20 ', 'progress ', ': 3', '\uFEFF', '# ', ''];

/** The text with a few runs of characters replaced, at offsets the picks choose. */
export function typedVersion({ text, picks }: FuzzInput): string {
  let out = text;
  for (let i = 0; i + 2 < picks.length && i < 12; i += 3) {
    const at = picks[i]! % (out.length + 1);
    const cut = picks[i + 1]! % 4;
    out = out.slice(0, at) + TYPED[picks[i + 2]! % TYPED.length]! + out.slice(at + cut);
  }
  return out;
}
