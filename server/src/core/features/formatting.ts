/**
 * Formatting: one canonical layout for a plan, returned as one edit per changed line so that the
 * cursor and the undo history survive. Only white space, key case, checkbox case, level signs and
 * blank lines change: the writer's words and comments are copied byte for byte, and a line the
 * parser reports a problem on is left exactly as it is.
 */
import { ENTRY_KINDS, type Diagnostic, type ParseResult, type Range } from '../model';
import { Snapshot } from '../snapshot';
import { readLine, type Part, type SyntaxLine } from '../syntax/line';
import { splitLines } from '../syntax/lines';
import type { DocumentContext } from './context';

/** A replacement of the text in `range`, in LSP terms. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

const FIELD_INDENT = '  ';
const CHILD_INDENT = '    ';
const BLANK = /^[ \t]*$/;
const KINDS: readonly string[] = ENTRY_KINDS;

/**
 * The edits that bring the whole document to the canonical layout; none when it is already there.
 * Formatting twice changes nothing: in the rare layouts where one pass is not yet the canonical one
 * (lines indented by mistake around a broken line), the passes are repeated until they settle, and
 * the document is then replaced in one edit. Formatting reads only the document, not the day or
 * the settings, so it takes only the snapshot (`goalpost fmt` has no day to give).
 */
export function formatDocument({ snapshot }: Pick<DocumentContext, 'snapshot'>): TextEdit[] {
  return formatEdits(snapshot);
}

/**
 * The edits of `formatDocument`. Each result is read as a snapshot of the text before it, so only
 * the lines an edit changed are read again.
 */
function formatEdits(snapshot: Snapshot): TextEdit[] {
  const first = formatOnce(snapshot);
  // A document already in the canonical layout needs no second pass to show that it settles.
  if (first.edits.length === 0) return first.edits;
  const once = first.result;
  let settled = once;
  for (let pass = 0; pass < 4; pass++) {
    const next = formatOnce(settled).result;
    if (next.text === settled.text) return settled === once ? first.edits : [replaceAll(snapshot.text, settled.text)];
    settled = next;
  }
  return first.edits;
}

/** One edit that replaces the whole document (a byte-order mark stays, as in `applyTextEdits`). */
function replaceAll(text: string, result: string): TextEdit {
  const lines = splitLines(text);
  const last = lines.length - 1;
  const end = { line: last, character: lines[last]!.text.length };
  return { range: { start: { line: 0, character: 0 }, end }, newText: result.replace(/^\uFEFF/, '') };
}

/** One formatting pass over a version of the document: its edits, and the version they make. */
function formatOnce(snapshot: Snapshot): { edits: TextEdit[]; result: Snapshot } {
  // Re-indenting the lines around a broken one could regroup them (an item the parser rejected may
  // fit under its field once the field moves), so the result must read exactly as before; if not,
  // the goal blocks with broken lines keep their indentation, and failing that, every line does.
  for (const keep of ['none', 'broken-blocks', 'all'] as const) {
    const edits = layoutEdits(snapshot, keep);
    if (edits.length === 0) return { edits, result: snapshot };
    const result = editedKeepingMeaning(snapshot, edits);
    if (result) return { edits, result };
  }
  return { edits: [], result: snapshot };
}

/**
 * The document with the edits applied, read as a snapshot of the original (only the lines they
 * change are read again), when it reads as the same plan with the same problems; else undefined.
 */
function editedKeepingMeaning(snapshot: Snapshot, edits: readonly TextEdit[]): Snapshot | undefined {
  const edited = Snapshot.read(applyTextEdits(snapshot.text, edits), snapshot);
  return sameMeaning(snapshot.parsed, edited.parsed) ? edited : undefined;
}

/**
 * The formatting edits that touch the lines of `range`, never changing what the plan says.
 * A line's canonical indentation can depend on lines outside the range: on a tab-indented plan,
 * moving one field under a `scale:` to two spaces alone makes it deeper than the scale, and it is
 * read as a GAS level. So the edits are checked against the whole document; if they would change
 * its meaning, the lines of the range keep their indentation and only their spacing is tidied, and
 * failing that nothing changes. Editors format modified lines on save this way.
 */
export function formatRange({ snapshot }: Pick<DocumentContext, 'snapshot'>, range: Range): TextEdit[] {
  const last = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  const inRange = (edits: readonly TextEdit[]) =>
    edits.filter((edit) => {
      const { start, end } = edit.range;
      const to = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
      return start.line <= last && to >= range.start.line;
    });
  const keeps = (edits: readonly TextEdit[]) => edits.length === 0 || editedKeepingMeaning(snapshot, edits) !== undefined;
  const canonical = inRange(formatEdits(snapshot));
  if (keeps(canonical)) return canonical;
  const spacing = inRange(layoutEdits(snapshot, 'all'));
  return keeps(spacing) ? spacing : [];
}

/** Applies non-overlapping edits to a document, as an editor would; a byte-order mark is kept. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const lines = splitLines(text);
  const offset = ({ line, character }: { line: number; character: number }) => {
    const source = lines[Math.min(line, lines.length - 1)]!;
    return line >= lines.length ? body.length : source.offset + Math.min(character, source.text.length);
  };
  const sorted = edits
    .map((edit, order) => ({ start: offset(edit.range.start), end: offset(edit.range.end), newText: edit.newText, order }))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += body.slice(at, edit.start) + edit.newText;
    at = Math.max(at, edit.end);
  }
  return bom + out + body.slice(at);
}

/** One line of the document as the formatter sees it. */
interface Row {
  readonly text: string;
  readonly syntax: SyntaxLine;
  /** A line with code on it, as opposed to a blank line or a comment on its own. */
  readonly code: boolean;
  /** Left exactly as written. */
  frozen: boolean;
  /** The line's new indentation and text. */
  indent: string;
  out: string;
  /** For code lines: whether the line lies in a goal block, as the parser tracks it. */
  inBlock: boolean;
}

/** The code lines that keep the indentation they were written with. */
function keptRows(rows: readonly (Row | undefined)[], keep: KeepIndent): Set<Row> {
  const kept = new Set<Row>();
  if (keep === 'none') return kept;
  // A block runs from an unindented code line (a goal line opens one) to the next; indented lines belong to it.
  let block: Row[] = [];
  let broken = false;
  const close = () => {
    if (keep === 'all' || broken) for (const row of block) kept.add(row);
    block = [];
    broken = false;
  };
  for (const row of rows) {
    if (!row?.code) continue;
    if (row.syntax.indent === 0 || row.syntax.kind === 'goal') close();
    block.push(row);
    broken ||= row.frozen;
  }
  close();
  return kept;
}

/** Which lines keep their indentation: none, those in goal blocks with a broken line, or all. */
type KeepIndent = 'none' | 'broken-blocks' | 'all';

function layoutEdits(snapshot: Snapshot, keepIndent: KeepIndent): TextEdit[] {
  const { text, parsed, lines } = snapshot;
  const source = splitLines(text);
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  // A blank last line is where the final line break leads; every other line is the plan's.
  const endsBlank = BLANK.test(source.at(-1)!.text);
  const count = endsBlank ? source.length - 1 : source.length;
  const problems = new Set(parsed.diagnostics.map((d) => d.range.start.line));
  const rows: (Row | undefined)[] = source.slice(0, count).map((line, index) => toRow(line.text, lines[index]!, problems));

  placeCode(rows, keptRows(rows, keepIndent));
  placeComments(rows, keepIndent === 'all');
  const { keep, blankBefore } = planBlankLines(rows);

  // A blank line added above line `i` ends with the line break above it: after a lone CR, an LF
  // would join that CR into one CRLF break, and the blank line would not be there.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const breakBefore = (i: number) => (i > 0 ? body.slice(source[i - 1]!.offset + source[i - 1]!.text.length, source[i]!.offset) : eol);
  const edits: TextEdit[] = [];
  const replace = (line: number, newText: string) =>
    edits.push({ range: { start: { line, character: 0 }, end: { line, character: source[line]!.text.length } }, newText });
  let dropFrom: number | undefined;
  for (let i = 0; i <= count; i++) {
    const row = rows[i];
    const dropped = i < count && row === undefined && !keep.has(i);
    if (dropped) {
      dropFrom ??= i;
      continue;
    }
    if (dropFrom !== undefined) {
      edits.push({ range: { start: { line: dropFrom, character: 0 }, end: { line: i, character: 0 } }, newText: '' });
      dropFrom = undefined;
    }
    if (i === count) break;
    const current = source[i]!.text;
    const next = (blankBefore.has(i) ? breakBefore(i) : '') + (row ? row.out : '') + (!endsBlank && i === count - 1 ? eol : '');
    // Emptying a blank line of spaces between a lone CR and an LF would join them into one CRLF: it stays as written.
    const joinsBreaks = next === '' && i + 1 < source.length && breakBefore(i) === '\r' && breakBefore(i + 1).startsWith('\n');
    if (next !== current && !joinsBreaks) replace(i, next);
  }
  if (endsBlank && source.at(-1)!.text !== '') replace(source.length - 1, '');
  return edits;
}

/** A line as the formatter sees it, from the snapshot's reading of it; undefined for a blank line. */
function toRow(text: string, syntax: SyntaxLine, problems: ReadonlySet<number>): Row | undefined {
  if (BLANK.test(text)) return undefined;
  const code = syntax.kind !== 'blank';
  const frozen = code && (syntax.error !== undefined || problems.has(syntax.line));
  const indent = text.slice(0, syntax.indent);
  return { text, syntax, code, frozen, indent, out: text, inBlock: false };
}

/** Gives each code line its canonical indentation and layout, tracking goal blocks as the parser does. */
function placeCode(rows: readonly (Row | undefined)[], kept: ReadonlySet<Row>): void {
  let inBlock = false;
  for (const row of rows) {
    if (!row?.code) continue;
    const line = row.syntax;
    row.inBlock = inBlock;
    if (!row.frozen) {
      const keep = kept.has(row);
      const indent = keep ? row.indent : canonicalIndent(line, inBlock);
      const out = renderLine(line, indent, !keep);
      if (out !== undefined && sameLine(line, out)) {
        row.indent = indent;
        row.out = out;
      } else row.frozen = true;
    }
    // The parser opens a block at every goal line (even a broken one) and closes it at any other unindented line.
    if (line.kind === 'goal') inBlock = true;
    else if (line.indent === 0 && (line.error || line.kind === 'entry')) inBlock = false;
  }
}

function canonicalIndent(line: SyntaxLine, inBlock: boolean): string {
  switch (line.kind) {
    case 'goal':
      return '';
    case 'item':
    case 'level':
      return CHILD_INDENT;
    case 'entry':
      // A journal line indented under a goal stays in its block, so it keeps the block open.
      return line.indent > 0 && inBlock ? FIELD_INDENT : '';
    default:
      return line.indent > 0 ? FIELD_INDENT : '';
  }
}

/** A well-formed line in the canonical layout, or undefined for a line the formatter does not know. */
function renderLine(line: SyntaxLine, indent: string, alignLevels: boolean): string | undefined {
  let head: string;
  switch (line.kind) {
    case 'goal':
      head = `goal ${line.head[0]?.text ?? ''}`;
      break;
    case 'field':
      head = fieldKey(line.head);
      break;
    case 'entry':
      // A comma between goal ids (`review a, b`) sits against the id before it.
      head = [line.date?.text ?? '', ...entryHead(line.head)].join(' ').replace(/ ,/g, ',');
      break;
    case 'level': {
      const level = signed(line.head[0]?.text ?? '');
      head = alignLevels ? level.padStart(2) : level;
      break;
    }
    case 'item':
      head = line.checkbox ? `- ${line.checkbox.text.toLowerCase()}` : '-';
      break;
    default:
      return undefined;
  }
  let out = indent + head;
  if (line.colon) out += ':';
  if (line.value) out += ` ${line.value.text}`;
  if (line.noteSeparator) out += line.note ? ` -- ${line.note.text}` : ' --';
  if (line.comment) out += `  ${trimSpaces(line.comment.text)}`;
  return out;
}

/** Field keys in lower case with single spaces; the measure named after `track` is the writer's own word. */
function fieldKey(parts: readonly Part[]): string {
  if (parts.length === 2 && parts[0]!.text.toLowerCase() === 'track') return `track ${parts[1]!.text}`;
  return parts.map((p) => p.text.toLowerCase()).join(' ');
}

/** The kind of a journal line in lower case; goal ids and measure names stay as written. */
function entryHead(parts: readonly Part[]): string[] {
  const [kind, ...rest] = parts.map((p) => p.text);
  if (kind === undefined) return [];
  const lower = kind.toLowerCase();
  if (!KINDS.includes(lower)) return [kind, ...rest];
  // In `revise <goal> <field>`, the field's key words are keys too.
  const tail = lower === 'revise' ? rest.map((word, i) => (i > 0 && parts[i + 1]?.type === 'Word' ? word.toLowerCase() : word)) : rest;
  return [lower, ...tail];
}

/**
 * Drops the spaces and tabs at the end of a comment. Only those: `trimEnd` would also take a
 * no-break or ideographic space, or a U+FEFF, which are the writer's characters.
 */
function trimSpaces(text: string): string {
  return text.replace(/[ \t]+$/, '');
}

/** `1` is written `+1` and `-0` is `0`; anything else keeps its digits. */
function signed(level: string): string {
  const match = /^([+-]?)(\d+)$/.exec(level);
  if (!match) return level;
  const [, sign, digits] = match;
  if (/^0+$/.test(digits!)) return digits!;
  return sign === '' ? `+${digits}` : level;
}

/** The text without white space, in lower case, and without a level's sign: what formatting may not change. */
function squash(line: SyntaxLine): string {
  const text = line.text.replace(/[ \t]+/g, '').toLowerCase();
  return line.kind === 'level' ? text.replace(/^[+-]/, '') : text;
}

/** Checks that a rendered line reads exactly as the original, so no word can be lost or changed. */
function sameLine(before: SyntaxLine, rendered: string): boolean {
  // A line rendered as it was written reads as it did: only its comment's spacing is left to compare.
  if (rendered === before.text && before.error === undefined) return !before.comment || before.comment.text === trimSpaces(before.comment.text);
  const after = readLine(rendered, before.line);
  const parts = (line: SyntaxLine) => line.head.map((p) => (line.kind === 'level' ? String(Number(p.text)) : p.text.toLowerCase())).join(' ');
  return (
    after.error === undefined &&
    after.kind === before.kind &&
    parts(after) === parts(before) &&
    after.date?.text === before.date?.text &&
    after.checkbox?.text.toLowerCase() === before.checkbox?.text.toLowerCase() &&
    Boolean(after.colon) === Boolean(before.colon) &&
    after.value?.text === before.value?.text &&
    Boolean(after.noteSeparator) === Boolean(before.noteSeparator) &&
    after.note?.text === before.note?.text &&
    after.comment?.text === (before.comment && trimSpaces(before.comment.text)) &&
    squash(after) === squash(before)
  );
}

/**
 * A comment on its own line takes the indentation of the code line right below it. An indented
 * comment that ends a goal block stays indented in that block, so it keeps its place in the goal.
 */
function placeComments(rows: readonly (Row | undefined)[], keepIndent: boolean): void {
  let previous: Row | undefined;
  for (const [i, row] of rows.entries()) {
    if (!row) continue;
    if (row.code) {
      previous = row;
      continue;
    }
    let indent = row.indent;
    if (!keepIndent) {
      const below = codeBelow(rows, i);
      const inGoal = previous && (previous.syntax.kind === 'goal' || (previous.indent !== '' && previous.inBlock)) ? previous : undefined;
      if (below && below.indent !== '') indent = below.indent;
      else if (row.syntax.indent > 0 && inGoal) indent = ['item', 'level'].includes(inGoal.syntax.kind) ? CHILD_INDENT : FIELD_INDENT;
      else indent = '';
    }
    row.indent = indent;
    row.out = indent + trimSpaces(row.syntax.comment!.text);
  }
}

/** The code line directly below a run of comments, if no blank line comes first. */
function codeBelow(rows: readonly (Row | undefined)[], from: number): Row | undefined {
  for (let i = from + 1; i < rows.length; i++) {
    const row = rows[i];
    if (!row) return undefined;
    if (row.code) return row;
  }
  return undefined;
}

/**
 * Which blank lines stay and where one is added: at most one in a row, none at the start or the
 * end, and one before each goal and before the journal, above the comments written directly over them.
 */
function planBlankLines(rows: readonly (Row | undefined)[]): { keep: Set<number>; blankBefore: Set<number> } {
  const keep = new Set<number>();
  const blankBefore = new Set<number>();
  const needsBlank = new Set<number>();
  let lastCode: Row | undefined;
  for (const [i, row] of rows.entries()) {
    if (!row?.code) continue;
    const kind = row.syntax.kind;
    const journalStart = kind === 'entry' && row.indent === '' && !(lastCode?.syntax.kind === 'entry' && lastCode.indent === '');
    if (lastCode && (kind === 'goal' || journalStart)) {
      let start = i;
      // The comments written directly over the line, at its indentation, go with it below the blank line.
      for (let above = rows[start - 1]; above && !above.code && above.indent === row.indent; above = rows[start - 1]) start--;
      needsBlank.add(start);
    }
    lastCode = row;
  }
  // A line that starts with U+FEFF after blank lines would become the document's byte-order mark,
  // and lose that character, if the blank lines went: one stays.
  const first = rows.findIndex((row) => row !== undefined);
  if (first > 0 && rows[first]!.text.startsWith('\uFEFF')) keep.add(0);
  let previous: number | undefined;
  for (const [i, row] of rows.entries()) {
    if (!row) continue;
    if (previous !== undefined) {
      const gap = i - previous - 1;
      if (needsBlank.has(i) || gap > 0) {
        if (gap > 0) keep.add(previous + 1);
        else blankBefore.add(i);
      }
    }
    previous = i;
  }
  return { keep, blankBefore };
}

/** True when two parses say the same: same model apart from where things are (ranges, an entry's line), same problems. */
function sameMeaning(a: ParseResult, b: ParseResult): boolean {
  const codes = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.code}/${d.severity}`).join(',');
  const { lineCount: _a, ...planA } = a.plan;
  const { lineCount: _b, ...planB } = b.plan;
  return codes(a.diagnostics) === codes(b.diagnostics) && sameValue(planA, planB);
}

/** Where a model node says where it is, which formatting may change: ranges and an entry's line. */
const isPlace = (key: string) => key === 'range' || key === 'index' || key.endsWith('Range');

/**
 * Deep equality of two model values, ignoring where things are (`isPlace`); a property that is
 * undefined counts as absent. Compared in place, value by value, and stopped at the first
 * difference: a long journal's model is never written out as one string to compare.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameValue(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) if (!isPlace(key) && !sameValue(x[key], y[key])) return false;
  for (const key in y) if (!isPlace(key) && x[key] === undefined && y[key] !== undefined) return false;
  return true;
}
