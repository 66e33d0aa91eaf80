/**
 * Assembles syntax lines into a plan: the header, goal blocks (by indentation) and the journal.
 * Every line is read once; a line that cannot be read is reported and the next line starts afresh.
 */
import { goalFieldKeys } from '../fields';
import type { Comment, Entry, Header, ListItem, ParseResult, ScaleLevel, Text } from '../model';
import { lineRange, type SyntaxLine } from '../syntax/line';
import { readLevel } from '../values/numbers';
import { DiagnosticSink } from './diagnostics';
import { assembleGoal, type GoalDraft } from './goal';
import { fieldSpecOf, type FieldDraft } from './field';
import { readEntries } from './journal';
import { missingColonAt, syntaxMessage } from './messages';
import { explainBadDate, isoForm } from '../values/dates';
import { cover, levelMessage, slice } from './values';
import { readHeader } from './header';

/** What indented lines attach to: a goal being read, or nothing (a broken goal line swallows its block quietly). */
type Block = { kind: 'goal'; draft: GoalDraft } | { kind: 'ignored' } | undefined;

/** How a plan is built. */
export interface BuildOptions {
  /**
   * Keep each line's journal entries for the next version of the document (a snapshot's plan,
   * true by default); a plan read once, as the CLI reads it, has no next version to keep them for.
   */
  readonly keep?: boolean;
}

export function buildPlan(lines: readonly SyntaxLine[], { keep = true }: BuildOptions = {}): ParseResult {
  const sink = new DiagnosticSink();
  const headerFields: FieldDraft[] = [];
  const goals: ReturnType<typeof assembleGoal>[] = [];
  const journal: Entry[] = [];
  const comments: Comment[] = [];
  let block: Block;
  let goalSeen = false;

  const endBlock = () => {
    if (block?.kind === 'goal') goals.push(assembleGoal(block.draft, sink));
    block = undefined;
  };

  for (const line of lines) {
    if (line.comment) comments.push(toComment(line));
    if (line.error && line.indent > 0 && block === undefined && line.kind !== 'goal') {
      sink.error(line.range, 'misplaced-line', INDENTED_WITHOUT_GOAL);
      continue;
    }
    if (line.error) {
      reportSyntaxError(line, sink);
      if (line.kind === 'goal' || line.indent === 0) {
        endBlock();
        goalSeen ||= line.kind === 'goal';
        block = line.kind === 'goal' ? rescueGoal(line) : block;
      }
      continue;
    }
    switch (line.kind) {
      case 'blank':
        break;
      case 'goal':
        endBlock();
        goalSeen = true;
        block = { kind: 'goal', draft: startGoal(line, sink) };
        break;
      case 'entry': {
        if (line.indent === 0) endBlock();
        journal.push(...(keep ? entriesOf(line, sink) : readEntries(line, line.line, sink)));
        break;
      }
      case 'field':
        if (line.indent > 0 && block?.kind === 'goal' && inScale(line, block.draft)) attachChild(line, block.draft, sink);
        else if (line.indent > 0 && block?.kind === 'goal') block.draft.fields.push(startField(line));
        else if (line.indent > 0 && block?.kind === 'ignored') break;
        else if (line.indent === 0 && !goalSeen) headerFields.push(startField(line));
        else misplacedField(line, sink);
        break;
      case 'item':
      case 'level':
        if (block?.kind === 'ignored') break;
        attachChild(line, block?.kind === 'goal' ? block.draft : undefined, sink);
        break;
    }
  }
  endBlock();

  const header: Header = readHeader(headerFields, sink);
  const diagnostics = [...sink.diagnostics].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  return { plan: { header, goals, journal, comments, lineCount: lines.length }, diagnostics };
}

/**
 * The journal entries read from each line that read without a problem. A snapshot of the next
 * version of the document shares the line objects it did not change, so their entries are not
 * read again.
 */
const entriesRead = new WeakMap<SyntaxLine, readonly Entry[]>();

/** The entries of a journal line; an entry's index is its line, so an entry depends on its line alone. */
function entriesOf(line: SyntaxLine, sink: DiagnosticSink): readonly Entry[] {
  const known = entriesRead.get(line);
  if (known) return known;
  const problems = sink.diagnostics.length;
  const entries = readEntries(line, line.line, sink);
  if (sink.diagnostics.length === problems) entriesRead.set(line, entries);
  return entries;
}

function toComment(line: SyntaxLine): Comment {
  const comment = line.comment!;
  return { text: comment.text.slice(1).trim(), range: comment.range, ownLine: line.kind === 'blank' };
}

/** Reports a line the grammar rejected, underlining where it went wrong. */
function reportSyntaxError(line: SyntaxLine, sink: DiagnosticSink): void {
  const { part, atEnd } = line.error!;
  if (line.kind === 'entry' && line.date?.type === 'MalformedDate') {
    const iso = isoForm(line.date.text);
    sink.error(line.date.range, 'invalid-date', explainBadDate(line.date.text)!, iso ? { replacement: iso } : undefined);
    return;
  }
  const colon = missingColonAt(line);
  sink.error(atEnd ? line.range : part.range, 'syntax-error', syntaxMessage(line), colon === undefined ? undefined : { insertColonAt: { line: line.line, character: colon } });
}

/** Tells whether a line sits inside the goal's `scale:` block, where every line is a level. */
function inScale(line: SyntaxLine, goal: GoalDraft): boolean {
  const field = goal.fields.at(-1);
  return field !== undefined && fieldSpecOf(field)?.type === 'scale' && line.indent > field.line.indent;
}

function startGoal(line: SyntaxLine, sink: DiagnosticSink): GoalDraft {
  const id = line.head[0]!;
  const colon = line.colon!;
  const statement: Text = line.value ?? { text: '', range: { start: colon.range.end, end: colon.range.end } };
  if (!line.value) {
    sink.error(cover(id.range, colon.range), 'missing-statement', `Goal '${id.text}' has no statement. Write the goal in your own words after the colon.`);
  }
  return { id, statement, line, fields: [] };
}

/** Keeps a goal whose line lacks its colon, so its fields are still read and not reported as stray. */
function rescueGoal(line: SyntaxLine): Block {
  const id = line.head[0];
  if (!id || id.type !== 'Word') return { kind: 'ignored' };
  const first = line.head[1];
  const end = line.comment?.range.start.character ?? line.range.end.character;
  const statement: Text = first
    ? slice({ text: line.text, range: lineRange(line.line, 0, line.text.length) }, first.range.start.character, end)
    : { text: '', range: { start: id.range.end, end: id.range.end } };
  return { kind: 'goal', draft: { id, statement, line, fields: [] } };
}

function startField(line: SyntaxLine): FieldDraft {
  return { line, items: [], levels: [] };
}

const INDENTED_WITHOUT_GOAL = `This line is indented but no goal is above it: a plan field goes unindented, a goal field under its goal; or join it to the line above.`;

function misplacedField(line: SyntaxLine, sink: DiagnosticSink): void {
  const name = line.head.map((p) => p.text.toLowerCase()).join(' ');
  const isGoalKey = goalFieldKeys().includes(line.head[0]?.text.toLowerCase() ?? '') || goalFieldKeys().includes(name);
  let message: string;
  if (line.indent > 0) message = INDENTED_WITHOUT_GOAL;
  else if (isGoalKey) message = `'${name}' is not indented, so it does not belong to any goal. Indent it under its goal line.`;
  else message = `Plan fields such as '${name}' go at the top of the file, before the first goal.`;
  sink.error(line.range, 'misplaced-line', message);
}

/** Attaches a list item or scale level to the field above it. */
function attachChild(line: SyntaxLine, goal: GoalDraft | undefined, sink: DiagnosticSink): void {
  const field = goal?.fields.at(-1);
  const spec = field && fieldSpecOf(field);
  if (line.kind === 'item') {
    if (!field || !spec?.list || field.line.value || line.indent < field.line.indent) {
      sink.error(line.range, 'misplaced-line', `A '- ' item belongs under a list field: steps, measure, obstacles or supports. Indent it under one of those, with nothing after its colon.`);
      return;
    }
    field.items.push(toItem(line));
    return;
  }
  if (!field || spec?.type !== 'scale' || line.indent <= field.line.indent) {
    const step = line.head[0]?.text ?? '+1';
    sink.error(line.range, 'misplaced-line', {
      standard: `A GAS level such as '${step}:' belongs under 'scale:'. Indent it under the goal's scale.`,
      plain: `A line like '${step}: ...' goes under the goal's 'scale:' line. Move it in under there.`,
    });
    return;
  }
  const levelPart = line.head[0]!;
  const level = levelPart.type === 'NumberLiteral' ? readLevel(levelPart.text) : undefined;
  if (level === undefined) {
    sink.error(levelPart.range, 'invalid-value', levelMessage(levelPart.text));
    return;
  }
  const text: Text = line.value ?? { text: '', range: line.colon!.range };
  const scaleLevel: ScaleLevel = { level, levelRange: levelPart.range, text, range: line.range };
  field.levels.push(scaleLevel);
}

function toItem(line: SyntaxLine): ListItem {
  const checkbox = line.checkbox;
  const text: Text = line.value ?? { text: '', range: { start: line.range.end, end: line.range.end } };
  return {
    text,
    range: line.range,
    ...(checkbox && { done: checkbox.text !== '[ ]' }),
    ...(line.note && { note: line.note }),
  };
}

