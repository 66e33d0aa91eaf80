/** vague-goal: vague or unobservable wording ('feel better', 'improve my sleep') with nothing to count. */
import {
  DETERMINERS, EVALUATIVE_WORDS, STATE_ADJECTIVES, STAYING_SAFE_TEMPLATES, VAGUE_TEMPLATES, VAGUE_WORDS, type QuoteShape,
} from '../../text/lexicon';
import { isKeptEveryDay } from '../../text/goal-kind';
import { matchTemplates } from '../../text/patterns';
import { findQuantities } from '../../text/quantities';
import { findPhrases, fold, maskQuotes, widen, words, type Span } from '../../text/words';
import type { Rule } from '../rule';
import { fitted, measuredByFields, openGoals, rangeIn } from './open-goals';
import { topicExample } from './suggestions';

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

/**
 * True when a template that starts with a verb has it where a verb can stand: not after 'my' or 'the', nor after
 * another verb's -ing ('piling work on me' is work as a thing, not 'work on me').
 */
function isVerbHere(text: string, span: Span): boolean {
  // 'a healthier relationship with food' starts with its adjective, where 'a' belongs.
  if (EVALUATIVE_WORDS.includes(fold(words(span.text)[0]?.text ?? ''))) return true;
  const previous = words(fold(text)).filter((w) => w.end <= span.start).at(-1)?.text;
  return previous === undefined || !(DETERMINERS.includes(previous) || (/ing$/.test(previous) && previous.length > 4));
}

/**
 * The first vague wording in a statement: Goalpost's words and phrases, the settings' `vagueWords`,
 * and the templates for states ('stay calm'), approval words ('a good partner') and verbs that are
 * vague with an abstract object ('work on my confidence').
 */
function findVague(text: string, extra: readonly string[]): VagueMatch | undefined {
  const masked = maskQuotes(text);
  const shapes = new Map<string, QuoteShape>(VAGUE_WORDS.map((entry) => [entry.phrase, entry.quote]));
  const candidates: { span: Span; shape: QuoteShape }[] = [
    ...findPhrases(masked, [...VAGUE_WORDS.map((e) => e.phrase), ...extra]).map((span) => ({ span, shape: shapes.get(fold(span.text).replace(/\s+/g, ' ')) ?? 'as-is' })),
    ...matchTemplates(text, VAGUE_TEMPLATES)
      .filter((span) => isVerbHere(text, span))
      .map((span) => ({ span, shape: 'as-is' as const })),
  ];
  // 'Keep myself safe' and 'Stay safe' are how a safety goal is written, not a vague state.
  const safe = matchTemplates(text, STAYING_SAFE_TEMPLATES);
  const kept = candidates
    .filter(({ span }) => !safe.some((s) => s.start < span.end && span.start < s.end))
    .filter(({ span }) => !['more', 'less'].includes(fold(span.text)) || isLooseComparative(masked, span))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const first = kept[0];
  if (!first) return undefined;
  const [before, after] = WIDTH[first.shape];
  const quote = widen(text, { ...first.span, text: text.slice(first.span.start, first.span.end) }, before, after);
  return { phrase: fold(first.span.text).replace(/\s+/g, ' '), quote };
}

/**
 * The example to offer: the statement's topic; else, for a short 'Drive more', the act itself
 * with a count ('Drive on 3 days a week'); else a small daily act. Never a frequency on a goal
 * kept every day.
 */
function exampleFor(text: string, match: VagueMatch): string {
  const topical = topicExample(text);
  if (topical) return topical;
  if (isKeptEveryDay(text)) return 'One thing I will do each day, one day at a time';
  // 'Be more patient': noticing the times it already happens is a first step anyone can take.
  const state = fold(words(match.quote.text).at(-1)?.text ?? '');
  if (STATE_ADJECTIVES.includes(state) && !/er$/.test(state) && state !== 'myself') return `Note one moment each day when I was ${state}`;
  const whole = text.replace(/\s*\bmore\b/i, '').replace(/\s+/g, ' ').trim().replace(/[.!,;:]+$/, '');
  return match.phrase === 'more' && whole.length > 0 && whole.length <= 36 && whole.split(' ').length <= 5 ? `${whole} on 3 days a week` : 'Do one thing towards it on 3 days a week';
}

export const vagueGoal: Rule = {
  id: 'vague-goal',
  group: 'smart',
  facet: 'statement',
  severity: 'warning',
  summary: "A goal worded vaguely ('feel better', 'improve my sleep', 'be a good partner') with nothing in its words to see or count.",
  explanation: {
    standard:
      "Specific is about the statement: a goal whose words name no behaviour gives the client nothing to do tomorrow and sessions drift, even when a measure or target is filled in. Keep the client's wish and add what it looks like from outside and how often. When the fields already measure the goal this is information only.",
    plain:
      "A goal works best when its words say what you will do, so that you know what to do tomorrow. Keep your own words and add what it looks like and how often, for example 'Sleep better: in bed by 23:00 on 5 nights a week'.",
  },
  *check(context) {
    for (const { goal, statement } of openGoals(context)) {
      // A number or frequency in the statement already says what 'better' means.
      if (findQuantities(statement.text).length > 0) continue;
      const match = findVague(statement.text, context.config.vagueWords.map(fold));
      if (!match) continue;
      const example = exampleFor(statement.text, match);
      const quote = match.quote.text;
      // A measure or target in the fields counts something, but the words still name no behaviour:
      // say so quietly, as a prompt that never holds back anything else.
      const measured = measuredByFields(context.plan, goal, context.today);
      yield {
        range: rangeIn(statement, match.quote),
        goal: goal.id,
        ...(measured
          ? {
              severity: 'info' as const,
              facet: 'prompt' as const,
              message: fitted(quote, (q) => `'${q}' is counted in the fields, but the words don't say what you'll do, e.g. '${example}'.`),
              plain: `You count this already; the goal could also say what you'll do, like '${example}'.`,
            }
          : {
              message: fitted(quote, (q) => `'${q}' is hard to see or count: say what you'll do and how often, e.g. '${example}'.`),
              plain: fitted(quote, (q) => `'${q}' is hard to check. Say what you will do, like '${example}'.`),
            }),
        data: { phrase: match.phrase, quote: match.quote.text, example, measured },
      };
    }
  },
};
