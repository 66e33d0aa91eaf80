/**
 * Messages for lines the grammar rejected, written for the person keeping the journal rather than
 * in terms of tokens. Each says what the line should look like.
 */
import { GOAL_FIELDS, HEADER_FIELDS } from '../fields';
import type { SyntaxLine } from '../syntax/line';
import type { Wording } from './diagnostics';

/** The longest a message may be, so it fits one line in the Problems panel, as the rules' do. */
export const MESSAGE_LIMIT = 160;

/**
 * `head` followed by the list of known names when the whole fits in one message; otherwise
 * `head` followed by `instead`: a list longer than the line would bury the point.
 */
export function withKnown(head: string, list: string, instead: string): string {
  return head.length + list.length <= MESSAGE_LIMIT ? head + list : head + instead;
}

/** Field keys, longest first, so that 'start level' is found before 'start'. */
const KNOWN_KEYS = [...new Set([...GOAL_FIELDS, ...HEADER_FIELDS].map((f) => f.key))]
  .filter((key) => key !== 'milestone' && key !== 'track')
  .sort((a, b) => b.length - a.length);

const ENTRY_SHAPES: Record<string, string> = {
  progress: '2026-11-08 progress <goal>: 3 attacks/week',
  review: '2026-11-08 review <goal>: -1',
  revise: '2026-11-08 revise <goal> target: 2 attacks/week -- why it changed',
  note: '2026-11-08 note: what happened',
};

function describe(text: string): string {
  return text === '' ? 'the end of the line' : `'${text}'`;
}

/**
 * Where a colon would make the line read as it was meant, when the message asks for one: after a
 * goal's id, after 'progress <goal>' or 'review <goal>', or after a known field name.
 */
export function missingColonAt(line: SyntaxLine): number | undefined {
  switch (line.kind) {
    case 'goal':
      return line.head[0]?.range.end.character;
    case 'entry': {
      const kind = line.head[0]?.text.toLowerCase();
      return (kind === 'progress' || kind === 'review') && line.date?.type !== 'MalformedDate' ? line.head[1]?.range.end.character : undefined;
    }
    case 'level':
    case 'item':
      return undefined;
    default: {
      const content = line.text.slice(line.indent, line.comment?.range.start.character).trim();
      const known = KNOWN_KEYS.find((key) => content.toLowerCase().startsWith(`${key} `));
      return known ? line.text.indexOf(content, line.indent) + known.length : undefined;
    }
  }
}

/** Returns the message for a line that could not be read. */
export function syntaxMessage(line: SyntaxLine): Wording {
  const error = line.error!;
  const found = describe(error.part.text);
  const heads = line.head.map((p) => p.text);
  switch (line.kind) {
    case 'goal':
      if (heads.length === 0) return `A goal needs an id after 'goal', like 'goal sleep: In bed by 23:00 on 5 nights a week'.`;
      return `Put a colon after the goal id: 'goal ${heads[0]}: <the goal in your words>' (found ${found}).`;
    case 'entry': {
      if (line.date?.type === 'MalformedDate') return `Expected a date like 2026-11-08 at the start of a journal line, found '${line.date.text}'.`;
      const kind = heads[0]?.toLowerCase() ?? '';
      if (heads.length === 0) return `After the date, say what happened: 'session', 'progress <goal>: <value>', 'review <goal>: <level>' or 'note: <text>'.`;
      const shape = ENTRY_SHAPES[kind] ?? '2026-11-08 <kind> <goal>: <value>';
      const goal = line.head[1];
      if ((kind === 'progress' || kind === 'review') && goal) {
        const rest = line.text.slice(goal.range.end.character, line.comment?.range.start.character).trim();
        return `Put a colon after '${kind} ${goal.text}': '${line.date!.text} ${kind} ${goal.text}: ${rest}'.`;
      }
      return `Found ${found} where the line expected a ':' before its value. A ${kind} line reads '${shape}'.`;
    }
    case 'level':
      return {
        standard: `A scale level reads '<level>: <what it looks like>', like '+1: 1 attack a week' (found ${found}).`,
        plain: `A line of the scale reads like '+1: 1 attack a week' (found ${found}).`,
      };
    case 'item':
      return `A list item reads '- <text>', or '- [ ] <step>' for a step (found ${found}).`;
    default: {
      const content = line.text.slice(line.indent, line.comment?.range.start.character).trim();
      const known = KNOWN_KEYS.find((key) => content.toLowerCase().startsWith(`${key} `));
      if (known) {
        const rest = content.slice(known.length).trim();
        return `Put a colon after '${known}': '${known}: ${rest}'.`;
      }
      if (error.atEnd) return `Put a colon between the field name and its value, like 'due: 2027-01-31'.`;
      if (line.head.length === 0) return `A line here starts with a field name, a date or 'goal' (found ${found}).`;
      return `Found ${found} in the name of a field. A field reads '<name>: <value>', like 'review: every 2 weeks'.`;
    }
  }
}
