/** overly-ambitious: all-or-nothing wording, or a very large change in a very short time. */
import type { Goal, Plan, Quantity, Text } from '../../model';
import { effectiveField, effectiveDue, effectiveTarget, goalStart } from '../../queries';
import { ABSTINENCE_WORDS, AMBITIOUS_TEMPLATES, FEELINGS, SOFTENERS, SUBSTANCES } from '../../text/lexicon';
import { matchTemplates } from '../../text/patterns';
import { findPhrases, fold, words, type Span } from '../../text/words';
import { addDays } from 'date-fns';
import { daysBetween, toDate, toIso } from '../../values/dates';
import { normalizeUnit } from '../../values/measurement';
import type { Finding, Rule } from '../rule';
import { openGoals, rangeIn } from './open-goals';

/**
 * The pace threshold: a cut of more than three quarters in under four weeks. Symptom-reduction
 * goals in the framework move at about a half to two thirds over one to two months ('3 a week
 * to 1 a week within two months'), and early goals are meant to be reachable in two to four
 * weeks, so anything this steep is likely to end in discouragement rather than progress.
 */
const MAX_CUT = 0.75;
const MIN_DAYS = 28;

type Kind = keyof typeof AMBITIOUS_TEMPLATES;

/**
 * All-or-nothing wording, except where softened ('almost always'), about abstinence ('completely
 * sober', 'stop drinking completely': stopping outright is the usual aim in recovery). Where
 * avoidance-goal speaks about the same words ('never feel sad again') this finding steps back for
 * it: see OVERLAPS in rules/overlaps.ts.
 */
function findAbsolute(statement: Text): { span: Span; kind: Kind } | undefined {
  const text = statement.text;
  const all = words(fold(text));
  const softened = (span: Span) => SOFTENERS.includes(all.filter((w) => w.end <= span.start).at(-1)?.text ?? '');
  const near = (span: Span) => {
    const before = all.filter((w) => w.end <= span.start).slice(-2);
    const after = all.filter((w) => w.start >= span.end).slice(0, 2);
    const around = text.slice(before[0]?.start ?? span.start, after.at(-1)?.end ?? span.end);
    return findPhrases(around, [...SUBSTANCES, ...ABSTINENCE_WORDS]).length > 0;
  };
  const found = (Object.keys(AMBITIOUS_TEMPLATES) as Kind[])
    .flatMap((kind) => matchTemplates(text, AMBITIOUS_TEMPLATES[kind]).map((span) => ({ span, kind })))
    .filter(({ span, kind }) => !softened(span) && !(kind === 'absolute' && near(span)));
  return found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)[0];
}

function wordingMessage(quote: string, kind: Kind, statement: string): string {
  if (kind === 'forever') {
    const example = findPhrases(statement, SUBSTANCES).length > 0 ? 'for the next 90 days, one day at a time' : 'half as often within 8 weeks';
    return `'${quote}' asks for a change that lasts for ever, so one lapse could feel like the end of it. Set a stretch you can count and then renew, e.g. '${example}'.`;
  }
  if (kind === 'total') {
    // Facing feared situations one at a time is the usual first part of work on anxiety.
    const step = findPhrases(quote, [...FEELINGS.anxiety, 'fears', 'phobia', 'phobias', 'panic attacks']).length > 0 ? `, e.g. 'Face one situation I've been avoiding each week'` : ', and give it a number and a date';
    return `'${quote}' asks for the whole problem to be gone at once, which can make any hard day feel like failure. Pick one part to work on first${step}.`;
  }
  return `'${quote}' leaves no room for an off day, so one slip could feel like failing the whole goal. Aim for most of the time, e.g. '5 days out of 7' or '3 times out of 4'.`;
}

/** The middle of a measurement written as a range ('3-4 drinks/day'), else its value. */
const middle = (q: Quantity) => (q.measurement!.upper !== undefined ? (q.measurement!.value + q.measurement!.upper) / 2 : q.measurement!.value);

/** A steep cut in a short time: baseline to target, from the goal's start to its due date. */
function checkPace(plan: Plan, goal: Goal, statement: string, today: string): Finding | undefined {
  const baselineValue = effectiveField(plan, goal, 'baseline', today)?.value;
  const baseline = baselineValue?.type === 'quantity' ? baselineValue.quantity : undefined;
  const target = effectiveTarget(plan, goal, today);
  const due = effectiveDue(plan, goal, today);
  const from = goalStart(plan, goal)?.iso ?? baseline?.date?.iso;
  if (!baseline?.measurement || !target?.measurement || !due || !from || !toDate(from)) return undefined;
  const [b, t] = [baseline.measurement, target.measurement];
  if (b.unit && t.unit && normalizeUnit(b.unit) !== normalizeUnit(t.unit)) return undefined;
  const start = middle(baseline);
  const end = t.upper ?? t.value;
  const days = daysBetween(from, due.iso);
  if (start <= 0 || end >= start || days <= 0 || days >= MIN_DAYS || (start - end) / start <= MAX_CUT) return undefined;
  // Stopping outright is the usual aim in recovery: a target of zero drinks is not a pace problem.
  const about = [statement, b.unit, t.unit, goal.measure?.raw?.text ?? ''].join(' ');
  if (end === 0 && findPhrases(about, SUBSTANCES).length > 0) return undefined;
  const unit = t.unit || b.unit;
  const half = Math.ceil((start + end) / 2);
  const halfway = toIso(addDays(toDate(from)!, Math.round(days / 2)));
  const span = days < 14 ? `${days} days` : `${Math.round(days / 7)} weeks`;
  return {
    range: target.text.range,
    message: `Going from ${start} to ${end}${unit ? ` ${unit}` : ''} in ${span} is a very big drop in a short time, and falling short of it can feel like failing. Think about a halfway step first, e.g. 'milestone ${halfway}: ${half}${unit ? ` ${unit}` : ''}', or a later due date.`,
    goal: goal.id,
    // The pace is about the numbers, not the wording: it is never held back for a statement finding.
    facet: 'fact',
    data: { kind: 'pace', baseline: start, target: end, unit, days, milestone: { date: halfway, value: half } },
  };
}

export const overlyAmbitious: Rule = {
  id: 'overly-ambitious',
  group: 'smart',
  facet: 'statement',
  severity: 'warning',
  summary: "A goal that asks for all or nothing ('never again', 'completely', 'perfect') or a very large change in a very short time.",
  *check(context) {
    const { plan, today } = context;
    for (const { goal, statement } of openGoals(context)) {
      const absolute = findAbsolute(statement);
      if (absolute) {
        yield {
          range: rangeIn(statement, absolute.span),
          goal: goal.id,
          message: wordingMessage(absolute.span.text, absolute.kind, statement.text),
          data: { kind: absolute.kind, phrase: fold(absolute.span.text) },
        };
      }
      const pace = checkPace(plan, goal, statement.text, today);
      if (pace) yield pace;
    }
  },
};
