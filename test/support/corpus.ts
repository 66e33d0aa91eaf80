/**
 * The labelled corpus of goal statements (test/fixtures/corpus/goal-statements.tsv) and the
 * figures docs/rules/corpus.md reports for it: precision on the good statements, recall on each
 * kind of flaw.
 */
import { readFileSync } from 'node:fs';
import { ALL_RULES, analyze, DEFAULT_CONFIG } from '../../server/src/core/index';

/** Each flaw kind of the corpus and the rule that should speak about it. */
export const FLAW_RULES = {
  vague: 'vague-goal',
  unmeasurable: 'unmeasurable-goal',
  ambitious: 'overly-ambitious',
  external: 'external-focus',
  avoidance: 'avoidance-goal',
} as const;

export type CorpusKind = 'good' | keyof typeof FLAW_RULES;

export interface CorpusRow {
  readonly kind: CorpusKind;
  /** The construction a flawed statement uses ('causative', 'rid-of'...), or '-'. */
  readonly construction: string;
  readonly topic: string;
  readonly statement: string;
}

export interface CorpusFigure {
  readonly kind: CorpusKind;
  readonly statements: number;
  /** Good statements with no warning from a statement rule; flawed ones its rule found. */
  readonly right: number;
  /** The statements counted wrong, to print when a figure moves. */
  readonly wrong: readonly string[];
}

const TODAY = '2026-11-25';
const STATEMENT_RULES: readonly string[] = Object.values(FLAW_RULES);

export function readCorpus(): CorpusRow[] {
  const text = readFileSync(new URL('../fixtures/corpus/goal-statements.tsv', import.meta.url), 'utf8');
  const [header, ...rows] = text.split('\n').filter((line) => line.trim() !== '');
  if (header !== 'kind\tconstruction\ttopic\tstatement') throw new Error(`unexpected corpus header: ${header}`);
  return rows.map((line) => {
    const [kind, construction, topic, statement] = line.split('\t');
    if (!statement || !(kind === 'good' || kind! in FLAW_RULES)) throw new Error(`bad corpus row: ${line}`);
    return { kind: kind as CorpusKind, construction: construction!, topic: topic!, statement };
  });
}

/** True when the statement, as a goal of its own, draws no warning from a statement rule (the whole engine, budget and overlaps included). */
function quietOnGood(statement: string): boolean {
  const { diagnostics } = analyze(`goal g: ${statement}`, { today: TODAY });
  return !diagnostics.some((d) => STATEMENT_RULES.includes(String(d.code)) && d.severity === 'warning');
}

/**
 * True when the flaw's own rule finds it. The rule runs alone: where two rules could both speak
 * ('Never feel low again' is all-or-nothing and avoidant), the overlap table picks one to show,
 * which is a matter of the budget, not of what the rule can see.
 */
function found(kind: keyof typeof FLAW_RULES, statement: string): boolean {
  const rule = ALL_RULES.filter((r) => r.id === FLAW_RULES[kind]);
  const { diagnostics } = analyze(`goal g: ${statement}`, { today: TODAY, rules: rule, config: { ...DEFAULT_CONFIG, budget: 'all' } });
  return diagnostics.some((d) => d.code === FLAW_RULES[kind]);
}

/** The figures for every kind, in the order docs/rules/corpus.md lists them. */
export function corpusFigures(rows: readonly CorpusRow[]): CorpusFigure[] {
  const kinds: CorpusKind[] = ['good', ...(Object.keys(FLAW_RULES) as (keyof typeof FLAW_RULES)[])];
  return kinds.map((kind) => {
    const of = rows.filter((row) => row.kind === kind);
    const wrong = of.filter((row) => !(kind === 'good' ? quietOnGood(row.statement) : found(kind, row.statement))).map((row) => row.statement);
    return { kind, statements: of.length, right: of.length - wrong.length, wrong };
  });
}
