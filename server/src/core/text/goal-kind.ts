/**
 * What kind of goal a statement is, so that a suggestion fits it: counting days fits abstinence, a
 * date fits a one-off act, 'once a week' fits a relationship, and a frequency fits a habit. A
 * frequency is never right for abstinence or safety: 'on 3 days a week' on 'Stay clean' would be
 * a controlled-use target nobody asked for.
 */
import {
  ABSTINENCE_COUNT_TEMPLATES, ATTENDANCE_TEMPLATES, HABIT_VERBS, HABIT_WORDS, HOUSEWORK_WORDS, KIN, MEDICATION_WORDS,
  OBJECT_PRONOUNS, ONE_OFF_VERBS, PEOPLE, SAFETY_WORDS, USE_UNITS,
} from './lexicon';
import { aimOf } from './aim';
import { matchTemplates } from './patterns';
import { findTimeframes } from './timeframes';
import { findPhrases, fold } from './words';

export type GoalKind = 'abstinence' | 'safety' | 'medication' | 'attendance' | 'one-off' | 'relationship' | 'habit';

/**
 * Days free of a substance are counted as they stand ('Stay clean', 'No alcohol for 90 days'). A
 * 'clean' beside housework is about the room: 'Stay clean and tidy in the kitchen' is a habit.
 */
export function isAbstinence(text: string): boolean {
  const housework = findPhrases(text, HOUSEWORK_WORDS).length > 0;
  return matchTemplates(text, ABSTINENCE_COUNT_TEMPLATES).some((m) => !(housework && /\bclean\b/i.test(m.text)));
}

/**
 * True when a zero of `unit` is a count of uses ('drinks/week', 'cigarettes a day'), not of anything
 * else; '0 missed pills' counts doses missed, which is keeping to a medicine, not staying free of one.
 */
export const countsUses = (unit: string) => findPhrases(unit, USE_UNITS).length > 0 && !/\b(?:missed|skipped|forgotten|late)\b/iu.test(unit);

/** Keeping safe: a safety plan, the crisis line, self-harm, naloxone. */
export const isSafety = (text: string) => findPhrases(text, SAFETY_WORDS).length > 0;

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
