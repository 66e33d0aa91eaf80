/** overly-ambitious: all-or-nothing wording, or a very large change in a very short time. */
import type { Goal, Plan, Quantity } from '../../model';
import { effectiveField, effectiveDue, effectiveTarget, goalStart } from '../../queries';
import { AMBITIOUS_TEMPLATES, FEELINGS, SOFTENERS, SUBSTANCES } from '../../text/lexicon';
import {
  isAbstinence, isAttendance, isMedication, isSafety, isStayingSafe, startsHouseRule,
} from '../../text/goal-kind';
import { matchTemplates } from '../../text/patterns';
import { findPhrases, fold, words, type Span } from '../../text/words';
import { addDays } from 'date-fns';
import { daysBetween, toDate, toIso } from '../../values/dates';
import { normalizeUnit } from '../../values/measurement';
import type { Finding, Rule, Wording } from '../rule';
import { fitted, openGoals, rangeIn } from './open-goals';
import { stretchFor, topicExample } from './suggestions';

/**
 * The pace threshold: a cut of more than three quarters in under four weeks. Symptom-reduction
 * goals in the framework move at about a half to two thirds over one to two months ('3 a week
 * to 1 a week within two months'), and early goals are meant to be reachable in two to four
 * weeks, so anything this steep is likely to end in discouragement rather than progress.
 */
const MAX_CUT = 0.75;
const MIN_DAYS = 28;

type Kind = keyof typeof AMBITIOUS_TEMPLATES;

/** What follows 'never' when it keeps something up rather than asking for perfection: 'never miss a dose', 'never drink'. */
const KEPT_AFTER_NEVER = /^never\s+(?:miss|skip|forget|be late|run out|let\b.*\blapse|drink|smoke|use|gamble|bet|vape|drive after)/i;

/**
 * All-or-nothing wording, except where softened ('almost always'). 'Always' and 'never' are the
 * point of abstinence, medication, attendance and safety goals ('stop drinking completely',
 * 'always carry my naloxone kit', 'never miss my methadone pick-up'), so they are not read there;
 * 'for ever' is, since one lapse would then end the goal. Where avoidance-goal speaks about the same
 * words ('never feel sad again') this finding steps back for it: see OVERLAPS in rules/overlaps.ts.
 */
function findAbsolute(text: string): { span: Span; kind: Kind } | undefined {
  // 'Never try to kill myself again' is a safety goal: holding it is the point, not a bar set too high.
  if (isStayingSafe(text) && !isAbstinence(text)) return undefined;
  const all = words(fold(text));
  const softened = (span: Span) => SOFTENERS.includes(all.filter((w) => w.end <= span.start).at(-1)?.text ?? '');
  const keptEveryTime = isAbstinence(text) || isMedication(text) || isAttendance(text) || isSafety(text);
  const found = (Object.keys(AMBITIOUS_TEMPLATES) as Kind[])
    .flatMap((kind) => matchTemplates(text, AMBITIOUS_TEMPLATES[kind]).map((span) => ({ span, kind })))
    .filter(({ span, kind }) => {
      if (softened(span)) return false;
      const rest = text.slice(span.start);
      return !(kind === 'absolute' && (keptEveryTime || KEPT_AFTER_NEVER.test(rest) || startsHouseRule(rest)));
    });
  return found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)[0];
}

/** A first part to work on, for a goal that asks for a whole problem to go. */
function firstPart(statement: string): string | undefined {
  if (findPhrases(statement, [...FEELINGS.anxiety, 'fears', 'phobia', 'phobias', 'panic attacks']).length > 0) return "Face one thing I've been avoiding each week";
  if (findPhrases(statement, ['money', 'debt', 'debts', 'bills']).length > 0) return 'Pay something off one debt each month';
  if (findPhrases(statement, [...FEELINGS.low, 'mood', 'depressive']).length > 0) return 'Do one thing I enjoy each day';
  return topicExample(statement);
}

function wordingMessage(quote: string, kind: Kind, statement: string): Wording {
  if (kind === 'forever') {
    const stretch = stretchFor(statement);
    return {
      standard: `'${quote}' never ends, so one slip could feel like failing: set a stretch to renew, e.g. '${stretch}'.`,
      plain: `'${quote}' means for ever, and one slip could feel like the end. Try '${stretch}'.`,
    };
  }
  if (kind === 'total') {
    const part = firstPart(statement);
    return part
      ? { standard: `'${quote}' asks for the whole problem to go at once: pick one part to start with, e.g. '${part}'.`, plain: `'${quote}' is a lot at once. Start with one small part, like '${part}'.` }
      : { standard: `'${quote}' asks for the whole problem to go at once: pick one part, with a number and a date.`, plain: `'${quote}' is a lot at once. Start with one small part, like 'one step each week'.` };
  }
  if (kind === 'perfection') {
    return {
      standard: `'${quote}' sets a bar no one meets every day: aim for good enough, something you can count, e.g. '3 times out of 4'.`,
      plain: `'${quote}' is a very high bar. Aim for good enough, like '3 times out of 4'.`,
    };
  }
  return {
    standard: `'${quote}' leaves no room for an off day: aim for most of the time, e.g. '5 days out of 7' or '3 times out of 4'.`,
    plain: `'${quote}' leaves no room for a bad day. Aim for most days, like '5 days out of 7'.`,
  };
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
  const measured = (value: number) => `${value}${unit ? ` ${unit}` : ''}`;
  return {
    range: target.text.range,
    message: `${measured(start)} to ${measured(end)} in ${span} is a very steep drop: add a halfway step, e.g. 'milestone ${halfway}: ${measured(half)}'.`,
    plain: `Going from ${start} to ${end} in ${span} is a big jump. Add a step half way, like 'milestone ${halfway}: ${measured(half)}'.`,
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
  summary: "A goal that asks for all or nothing ('never again', 'all my problems', 'perfect') or a very large change in a very short time.",
  explanation: {
    standard:
      "All-or-nothing goals ('for ever', 'all my anxiety', 'perfect', 'always') turn one off day into failure, and a client who feels they have failed tends to drop the goal. Early goals should be reachable in two to four weeks: a stretch to count and renew, one part of the problem, or most of the time. 'Always' and 'never' are fine where they are the point: abstinence, medication, attendance and safety.",
    plain:
      "A goal that has to be perfect, or last for ever, can feel broken after one hard day. Aim for most of the time, one part at a time, or a stretch of days you can renew, like 'for the next 30 days, one day at a time'.",
  },
  *check(context) {
    const { plan, today } = context;
    for (const { goal, statement } of openGoals(context)) {
      const absolute = findAbsolute(statement.text);
      if (absolute) {
        const say = (voice: keyof Wording) => fitted(absolute.span.text, (q) => wordingMessage(q, absolute.kind, statement.text)[voice]);
        const wording: Wording = { standard: say('standard'), plain: say('plain') };
        yield {
          range: rangeIn(statement, absolute.span),
          goal: goal.id,
          message: wording.standard,
          plain: wording.plain,
          data: { kind: absolute.kind, phrase: fold(absolute.span.text) },
        };
      }
      const pace = checkPace(plan, goal, statement.text, today);
      if (pace) yield pace;
    }
  },
};
