// The extension's snippets write plan text, so they must write it the way the format reads it:
// each body is expanded as VS Code would with every placeholder left at its default, on the fixed
// test date, and the plan built from them must read without a single format error.
import { readFileSync } from 'node:fs';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { analyze, documentContext, formatDocument, parse, SYNTAX_CODES } from '../../server/src/core/index';
import { GOAL_FIELDS, TEMPLATE_FIELDS } from '../../server/src/core/fields';
import { renderDiagnostics } from '../support/render';
import { TODAY } from '../support/rules';

interface Snippet {
  readonly scope?: string;
  readonly prefix: string | string[];
  readonly description?: string;
  readonly body: string | string[];
}

function fail(why: string): never {
  throw new Error(why);
}

function readSnippets(): Record<string, Snippet> {
  const text = readFileSync(new URL('../../client/snippets/goals.code-snippets', import.meta.url), 'utf8');
  const errors: ParseError[] = [];
  const snippets = parseJsonc(text, errors) as Record<string, Snippet>;
  if (errors.length > 0) throw new Error(`goals.code-snippets is not valid JSON: ${JSON.stringify(errors)}`);
  return snippets;
}

const SNIPPETS = readSnippets();
const [YEAR, MONTH, DAY] = TODAY.split('-') as [string, string, string];

/** The date variables the snippets may use, as VS Code fills them in on the test date. */
const VARIABLES: Readonly<Record<string, string>> = { CURRENT_YEAR: YEAR, CURRENT_MONTH: MONTH, CURRENT_DATE: DAY };

/** What a bare tab stop (`$1`, `${1}`) stands for in an expansion: a plain word that reads as any text. */
const BARE_TAB_STOP = 'word';

/** An expanded body, and the numbers of the tab stops met on the way. */
interface Expansion {
  readonly text: string;
  readonly tabStops: number[];
}

/**
 * Expands a snippet body as VS Code inserts it when every placeholder keeps its default: `${1:text}`
 * becomes its (expanded) text, `${1|a,b|}` its first choice, `$1` a word, `$0` nothing, and the date
 * variables the test date. An unknown variable throws, since VS Code would insert its name instead.
 */
function expandSnippet(body: string): Expansion {
  const tabStops: number[] = [];
  let at = 0;

  const bad = (why: string): never => {
    throw new Error(`${why} at ${at} in ${JSON.stringify(body)}`);
  };
  const variable = (name: string): string => VARIABLES[name] ?? bad(`unknown snippet variable $${name}`);
  const tabStop = (n: number): string => {
    tabStops.push(n);
    return n === 0 ? '' : BARE_TAB_STOP;
  };

  // Reads text up to an unescaped character in `stops` (or the end), expanding what it meets.
  const readText = (stops: string): string => {
    let out = '';
    while (at < body.length && !stops.includes(body[at]!)) {
      const ch = body[at]!;
      if (ch === '\\' && at + 1 < body.length && '$}\\'.includes(body[at + 1]!)) {
        out += body[at + 1];
        at += 2;
      } else if (ch === '$') out += readDollar();
      else {
        out += ch;
        at += 1;
      }
    }
    return out;
  };

  const readDollar = (): string => {
    at += 1;
    const simple = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(at));
    if (simple) {
      at += simple[0].length;
      return /^\d/.test(simple[0]) ? tabStop(Number(simple[0])) : variable(simple[0]);
    }
    if (body[at] !== '{') return '$';
    at += 1;
    const head = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(at)) ?? bad('a ${ without a tab stop or variable');
    at += head[0].length;
    const isTabStop = /^\d/.test(head[0]);
    const next = body[at];
    let value: string;
    if (next === '}') value = isTabStop ? tabStop(Number(head[0])) : variable(head[0]);
    else if (next === ':') {
      at += 1;
      const fallback = readText('}');
      if (isTabStop) tabStops.push(Number(head[0]));
      value = isTabStop ? fallback : (VARIABLES[head[0]] ?? fallback);
    } else if (next === '|' && isTabStop) {
      at += 1;
      value = readChoices()[0] ?? bad('a choice without options');
      tabStops.push(Number(head[0]));
    } else return bad(`unexpected ${JSON.stringify(next)} after \${${head[0]}`);
    if (body[at] !== '}') bad('an unclosed ${');
    at += 1;
    return value;
  };

  const readChoices = (): string[] => {
    const choices: string[] = [];
    let current = '';
    while (at < body.length) {
      const ch = body[at]!;
      if (ch === '\\' && at + 1 < body.length && ',|\\'.includes(body[at + 1]!)) {
        current += body[at + 1];
        at += 2;
      } else if (ch === ',' || ch === '|') {
        choices.push(current);
        current = '';
        at += 1;
        if (ch === '|') return choices;
      } else {
        current += ch;
        at += 1;
      }
    }
    return bad('an unclosed choice');
  };

  const text = readText('');
  return { text, tabStops };
}

const bodyOf = (name: string): string => {
  const snippet = SNIPPETS[name] ?? fail(`no snippet called '${name}'`);
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
};
/** The snippet's text with its defaults; a trailing `$0` line becomes no line, so expansions can be joined. */
const expand = (name: string): string => expandSnippet(bodyOf(name)).text.replace(/\n+$/, '');

/** The snippets that write a goal: those whose body starts with a goal line. */
const GOAL_SNIPPETS = Object.keys(SNIPPETS).filter((name) => /^goal /.test(bodyOf(name)));

/** A plan written only with snippets, the way someone starting a journal would write it. */
function planFromSnippets(): string {
  const journal = ['session', 'progress', 'review', 'note'].filter((name) => name in SNIPPETS).map(expand);
  return [expand('plan'), '', ...GOAL_SNIPPETS.flatMap((name) => [expand(name), '']), ...journal, ''].join('\n');
}

const formatErrors = (text: string) => analyze(text, { today: TODAY }).diagnostics.filter((d) => SYNTAX_CODES.includes(d.code));

describe('the snippet expander used by these tests', () => {
  it('fills placeholders, choices, tab stops and date variables as VS Code does by default', () => {
    expect(expandSnippet('${1:a ${2:b}} ${3|x,y|} $4 ${5} $0$CURRENT_YEAR-${CURRENT_MONTH}-$CURRENT_DATE \\$1')).toEqual({
      text: `a b x ${BARE_TAB_STOP} ${BARE_TAB_STOP} 2026-11-25 $1`,
      tabStops: [2, 1, 3, 4, 5, 0],
    });
  });

  it('refuses a variable VS Code does not know', () => {
    expect(() => expandSnippet('$CURRENT_DAY')).toThrow(/unknown snippet variable \$CURRENT_DAY/);
  });
});

describe('goals.code-snippets', () => {
  it('offers the plan header, a goal and the journal lines', () => {
    expect(Object.keys(SNIPPETS)).toEqual(expect.arrayContaining(['plan', 'goal with GAS scale', 'progress', 'review', 'session']));
    expect(GOAL_SNIPPETS).toContain('goal with GAS scale');
  });

  for (const [name, snippet] of Object.entries(SNIPPETS)) {
    it(`${name}: is for .goals files, with a prefix, a description and tab stops 1, 2, 3… in order`, () => {
      expect(snippet.scope).toBe('goals');
      expect(snippet.prefix).toBeTruthy();
      expect(snippet.description).toBeTruthy();
      const numbers = [...new Set(expandSnippet(bodyOf(name)).tabStops.filter((n) => n > 0))].sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    });

    it(`${name}: expands to text with no format error`, () => {
      const text = expand(name);
      // Journal lines and the header stand alone; a goal line needs nothing before it.
      expect(renderDiagnostics(text, parse(text).diagnostics)).toBe('');
    });
  }

  it('together write a plan that reads without a format error, every entry naming the goal', () => {
    const text = planFromSnippets();
    expect(renderDiagnostics(text, formatErrors(text))).toBe('');
    const { plan, diagnostics } = analyze(text, { today: TODAY });
    expect(plan.header.title?.text).toBeTruthy();
    expect(plan.header.start?.iso).toBe(TODAY);
    expect(plan.goals.map((g) => g.id)).toEqual(GOAL_SNIPPETS.map(() => 'goal-id'));
    expect(plan.journal.map((e) => `${e.date.iso} ${e.kind}`)).toEqual([`${TODAY} session`, `${TODAY} progress`, `${TODAY} review`, `${TODAY} note`]);
    expect(diagnostics.filter((d) => d.code === 'unknown-goal')).toEqual([]);
  });

  it('write text the formatter would leave as it is', () => {
    const text = planFromSnippets();
    expect(formatDocument(documentContext(text, { today: TODAY }))).toEqual([]);
  });

  for (const name of GOAL_SNIPPETS) {
    it(`${name}: names every field of the documentation template`, () => {
      const { plan } = parse(expand(name));
      const goal = plan.goals[0] ?? fail('no goal');
      const keys = new Set(goal.fields.map((f) => f.key.name.toLowerCase()));
      // Field 1, the goal statement, is the goal line itself; the other eight are keys.
      expect(goal.statement.text).not.toBe('');
      const missing = TEMPLATE_FIELDS.flatMap((title, n) => {
        if (n <= 1) return [];
        const fieldKeys = GOAL_FIELDS.filter((f) => f.template === n && !f.revisionOnly).map((f) => f.key);
        return fieldKeys.some((key) => keys.has(key)) ? [] : [`${n}. ${title} (${fieldKeys.join(' or ')})`];
      });
      expect(missing).toEqual([]);
      // Success is both how it is measured and what counts as reaching it.
      expect([...keys]).toEqual(expect.arrayContaining(['measure', 'target', 'due', 'review']));
    });

    it(`${name}: has a complete GAS scale and satisfies the template checks`, () => {
      const text = expand(name);
      const goal = parse(text).plan.goals[0] ?? fail('no goal');
      expect(goal.scale?.map((l) => l.level)).toEqual([-2, -1, 0, 1, 2]);
      const template = ['missing-field', 'missing-value', 'missing-deadline', 'missing-baseline-date', 'gas-scale-incomplete', 'gas-scale-order', 'unknown-category', 'invalid-weight'];
      const found = analyze(text, { today: TODAY }).diagnostics.filter((d) => template.includes(d.code));
      expect(renderDiagnostics(text, found)).toBe('');
    });
  }
});
