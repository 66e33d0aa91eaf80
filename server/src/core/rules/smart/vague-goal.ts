/** vague-goal: vague or unobservable wording ('feel better', 'improve my sleep') with nothing to count. */
import { TOPICS, VAGUE_TEMPLATES, VAGUE_WORDS, type QuoteShape } from '../../text/lexicon';
import { matchTemplates } from '../../text/patterns';
import { findQuantities } from '../../text/quantities';
import { findPhrases, fold, maskQuotes, widen, words, type Span } from '../../text/words';
import type { Rule } from '../rule';
import { measuredByFields, openGoals, rangeIn } from './open-goals';

/** An example of a countable goal for each topic in the lexicon, to show what 'specific' looks like. */
const EXAMPLES: Readonly<Record<string, string>> = {
  sleep: 'In bed by 23:00 on 5 nights a week',
  drinking: 'Drink on no more than 2 days a week',
  worry: 'Keep worrying to one 20-minute slot each evening',
  anxiety: 'Practise 10 minutes of slow breathing each morning',
  anger: 'Take a 20-minute time-out in 4 of 5 heated moments',
  confidence: 'Speak up once in each team meeting',
  mindfulness: 'Practise 10 minutes of mindfulness each morning',
  eating: 'Cook a meal with vegetables on 4 evenings a week',
  exercise: 'Walk for 20 minutes on 3 days a week',
  partner: 'Have a 15-minute check-in with my partner every Sunday',
  social: 'Call or meet one friend each week',
  work: "Write down tomorrow's three main tasks before I finish work each day",
  mood: 'Do one thing I enjoy each day and rate my mood 1-10 at night',
};

const WIDTH: Readonly<Record<QuoteShape, readonly [number, number]>> = { before: [1, 0], after: [0, 2], around: [1, 1], 'as-is': [0, 0] };

interface VagueMatch {
  /** The vague word or phrase itself, lower case: what a quick fix or a setting would name. */
  readonly phrase: string;
  /** The words a person would recognise as the vague part of their goal. */
  readonly quote: Span;
}

/** 'more' and 'less' are vague, except in 'more than 2', 'more or less', 'no more', 'one more'. */
function isLooseComparative(text: string, span: Span): boolean {
  const all = words(fold(text));
  const index = all.findIndex((w) => w.start === span.start);
  const previous = all[index - 1]?.text;
  const next = all[index + 1]?.text;
  return !(next === 'than' || next === 'or' || ['no', 'any', 'once', 'one'].includes(previous ?? ''));
}

/** The first vague wording in a statement, from Goalpost's lists and the settings' `vagueWords`. */
function findVague(text: string, extra: readonly string[]): VagueMatch | undefined {
  const masked = maskQuotes(text);
  const shapes = new Map<string, QuoteShape>(VAGUE_WORDS.map((entry) => [entry.phrase, entry.quote]));
  const candidates: { span: Span; shape: QuoteShape }[] = [
    ...findPhrases(masked, [...VAGUE_WORDS.map((e) => e.phrase), ...extra]).map((span) => ({ span, shape: shapes.get(fold(span.text).replace(/\s+/g, ' ')) ?? 'as-is' })),
    ...matchTemplates(text, VAGUE_TEMPLATES).map((span) => ({ span, shape: 'as-is' as const })),
  ];
  const kept = candidates
    .filter(({ span }) => !['more', 'less'].includes(fold(span.text)) || isLooseComparative(masked, span))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const first = kept[0];
  if (!first) return undefined;
  const [before, after] = WIDTH[first.shape];
  const quote = widen(text, { ...first.span, text: text.slice(first.span.start, first.span.end) }, before, after);
  return { phrase: fold(first.span.text).replace(/\s+/g, ' '), quote };
}

/** The example for the first topic the statement names, if any. */
function exampleFor(text: string): string | undefined {
  const topic = TOPICS.find((t) => findPhrases(text, t.words).length > 0);
  return topic && EXAMPLES[topic.topic];
}

export const vagueGoal: Rule = {
  id: 'vague-goal',
  group: 'smart',
  facet: 'statement',
  severity: 'warning',
  summary: "A goal worded vaguely ('feel better', 'improve my sleep') with no count, measure or observable behaviour to pin it down.",
  *check(context) {
    for (const { goal, statement } of openGoals(context)) {
      // A number or frequency in the statement, or a measure, target, milestone or scale in the
      // fields, already says what 'better' means; the wording is then fine as the client's own.
      if (findQuantities(statement.text).length > 0 || measuredByFields(context.plan, goal, context.today)) continue;
      const match = findVague(statement.text, context.config.vagueWords.map(fold));
      if (!match) continue;
      const example = exampleFor(statement.text);
      const quoted = match.quote.text;
      yield {
        range: rangeIn(statement, match.quote),
        goal: goal.id,
        message: example
          ? `'${quoted}' is hard to see or count. Name what you will do and how often, e.g. '${example}'.`
          : `'${quoted}' is hard to see or count. Name what you will do and how often, e.g. 'on 3 days a week'.`,
        data: { phrase: match.phrase, quote: match.quote.text, ...(example && { example }) },
      };
    }
  },
};
