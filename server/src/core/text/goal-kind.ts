/**
 * What kind of goal a statement is, so that a suggestion fits it: counting days fits abstinence, a
 * date fits a one-off act, 'once a week' fits a relationship, and a frequency fits a habit. A
 * frequency is never right for abstinence or safety: 'on 3 days a week' on 'Stay clean' would be
 * a controlled-use target nobody asked for.
 */
import {
  ABSTINENCE_COUNT_TEMPLATES, ATTENDANCE_TEMPLATES, FEAT_TEMPLATES, HABIT_VERBS, HABIT_WORDS, HARM_BARE_FOLLOWERS,
  HARM_BEHAVIOURS_BARE, HARM_REDUCTION_WORDS, HOUSEWORK_WORDS, KIN, MEDICATION_WORDS, NEVER_WHERE, OBJECT_PRONOUNS, ONE_OFF_VERBS,
  PEOPLE, SAFETY_WORDS, STAYING_SAFE_TEMPLATES, USE_UNITS,
} from './lexicon';
import { aimOf } from './aim';
import { matchTemplates, type TemplateMatch } from './patterns';
import { findTimeframes } from './timeframes';
import { alternation, findPhrases, fold } from './words';

export type GoalKind = 'abstinence' | 'safety' | 'medication' | 'attendance' | 'one-off' | 'relationship' | 'habit';

/**
 * Days free of a substance, or of self-harm, purging or bingeing, are counted as they stand ('Stay
 * clean', 'No alcohol for 90 days', 'No self-harm', 'Stop purging'). A 'clean' beside housework is
 * about the room: 'Stay clean and tidy in the kitchen' is a habit.
 */
export function isAbstinence(text: string): boolean {
  const housework = findPhrases(text, HOUSEWORK_WORDS).length > 0;
  return matchTemplates(text, ABSTINENCE_COUNT_TEMPLATES).some((m) => !(housework && /\bclean\b/i.test(m.text)) && keepsHarmSense(text, m));
}

const BARE_FOLLOWER = new RegExp(String.raw`^\s+${alternation(HARM_BARE_FOLLOWERS)}(?![\p{L}\p{N}])`, 'u');

/**
 * 'Stop cutting' is about self-harm, 'stop cutting down on sugar' is not, and neither is 'no binge
 * watching': a bare harm word ending the match keeps its sense only before the end, a mark, or a
 * word that leaves it alone ('for 30 days', 'again', 'food').
 */
function keepsHarmSense(text: string, match: TemplateMatch): boolean {
  const harm = match.groups.harm;
  if (!harm || harm.end !== match.end || !HARM_BEHAVIOURS_BARE.includes(fold(harm.text))) return true;
  const rest = fold(text.slice(match.end));
  return /^\s*(?:$|[,.;:!?)\u2013\u2014]|\s-\s)/u.test(rest) || BARE_FOLLOWER.test(rest);
}

/**
 * True when a zero of `unit` is a count of uses ('drinks/week', 'cigarettes a day'), not of anything
 * else; '0 missed pills' counts doses missed, which is keeping to a medicine, not staying free of one.
 */
export const countsUses = (unit: string) => findPhrases(unit, USE_UNITS).length > 0 && !/\b(?:missed|skipped|forgotten|late)\b/iu.test(unit);

/** Keeping safe: a safety plan, the crisis line, self-harm, staying alive, naloxone. */
export const isSafety = (text: string) => findPhrases(text, SAFETY_AND_KIT).length > 0;

/** One list, made once: `findPhrases` keys its compiled expression by the list's words. */
const SAFETY_AND_KIT: readonly string[] = [...SAFETY_WORDS, ...HARM_REDUCTION_WORDS];

/**
 * Keeping oneself alive and safe ('Stay alive', 'Keep myself safe', 'Use my safety plan'): a goal
 * with no end, where asking how often, or for a date it is done by, would read as if it could end.
 */
export const isStayingSafe = (text: string) => matchTemplates(text, STAYING_SAFE_TEMPLATES).length > 0 || findPhrases(text, CRISIS_WORDS).length > 0;

/** The safety words of a crisis: 'safe' alone is left out, since 'Keep the kids safe online' is another kind of goal. */
const CRISIS_WORDS = SAFETY_WORDS.filter((word) => !['safe', 'safely'].includes(word));

const HOUSE_RULE = new RegExp(String.raw`^never\s+${alternation(NEVER_WHERE)}(?![\p{L}\p{N}])`, 'iu');

/**
 * True when `text` starts with a rule about a place or a time: 'never in the flat', 'never after
 * 9pm'. Such a rule is all-or-nothing by design (a smoke-free home), and kept or broken each day.
 */
export const startsHouseRule = (text: string) => HOUSE_RULE.test(text);

/** True when the statement holds a rule about a place or a time ('Only smoke outside, never in the flat'). */
export const hasHouseRule = (text: string) => [...text.matchAll(/\bnever\b/giu)].some((m) => startsHouseRule(text.slice(m.index)));

/** Harm reduction: kit used each time it is needed ('Carry naloxone', 'Use condoms'). */
export const isHarmReduction = (text: string) => findPhrases(text, HARM_REDUCTION_WORDS).length > 0;

/** Taking a medicine or collecting a prescription. */
export const isMedication = (text: string) => findPhrases(text, MEDICATION_WORDS).length > 0;

/** Every session, all the appointments, the whole programme, never missing a dose: all or none is a count. */
export const isAttendance = (text: string) => matchTemplates(text, ATTENDANCE_TEMPLATES).length > 0;

/** Abstinence and safety goals: a frequency is never the right example for them. */
export const isKeptEveryDay = (text: string) => isAbstinence(text) || isSafety(text);

/** An ongoing habit: its verb ('walk', 'go to the gym') or a habit word ('start', 'regularly'). */
export function isHabit(text: string): boolean {
  const { start } = aimOf(text);
  const aim = text.slice(start);
  // 'Run a marathon in 6 weeks' is done once, on the day, though running is a habit.
  if (matchTemplates(aim, FEAT_TEMPLATES).some((m) => m.start === 0)) return false;
  return findPhrases(aim, HABIT_VERBS).some((span) => span.start === 0) || findPhrases(text, HABIT_WORDS).length > 0 || /^go\s+to\s+(?:\S+\s+)?\S+s\b/i.test(aim);
}

/** A single act by a date, done by then or not: 'Pour away the bottles by Sunday'; never a habit. */
export function isDatedAct(text: string, hasDue: boolean): boolean {
  return !isHabit(text) && (hasDue || findTimeframes(text).some((t) => t.kind === 'deadline'));
}

/** A single act, with or without its date: 'Tell my boss', 'Book a GP appointment'. */
export function isOneOff(text: string, hasDue: boolean): boolean {
  if (isHabit(text)) return false;
  const { start } = aimOf(text);
  return isDatedAct(text, hasDue) || findPhrases(text.slice(start), ONE_OFF_VERBS).some((span) => span.start === 0);
}

/** A goal about someone close: 'Call my mum', 'Spend time with my grandchildren', 'Visit Dad'. */
export function isRelationship(text: string): boolean {
  return findPhrases(text, [...PEOPLE, ...KIN, ...OBJECT_PRONOUNS]).length > 0;
}

/** The kind a suggestion should fit, the first that applies in this order. */
export function goalKind(text: string, hasDue = false): GoalKind {
  if (isAbstinence(text)) return 'abstinence';
  if (isSafety(text)) return 'safety';
  if (isMedication(text)) return 'medication';
  if (isAttendance(text)) return 'attendance';
  if (isDatedAct(text, hasDue)) return 'one-off';
  // 'Visit my dad' is kept up week by week, not done once.
  if (isRelationship(text)) return 'relationship';
  if (isOneOff(text, hasDue)) return 'one-off';
  return 'habit';
}

/** The first word of the aim, lower case: 'walk' in 'I want to walk more'. */
export function headVerb(text: string): string | undefined {
  const head = aimOf(text).head;
  return head && fold(head.text);
}
