/**
 * The examples the wording rules offer, chosen by what the goal is (text/goal-kind.ts). The one
 * promise kept here: a goal about staying free of a substance or keeping safe is never offered a
 * frequency ('on 3 days a week', 'half as often'), only a stretch of days to count and renew.
 */
import { PARTS_OF_DAY, TOPICS } from '../../text/lexicon';
import { goalKind, isAbstinence, isKeptEveryDay, type GoalKind } from '../../text/goal-kind';
import { findPhrases, fold } from '../../text/words';
import { LAST_DAY, shiftDate } from '../../values/dates';

/** A stretch to count and renew, for abstinence and safety: recovery's own 'one day at a time'. */
export const DAY_COUNT = 'for the next 30 days, one day at a time';

/**
 * How far ahead a suggested date lies: six weeks. Early goals are meant to be reachable in a few
 * weeks, and plans are looked at every four to six sessions, so this gives a first look back that is
 * neither rushed nor far off.
 */
export const SUGGESTED_WEEKS = 6;

/** The date six weeks after `today`. */
export const suggestedDate = (today: string) => shiftDate(today, SUGGESTED_WEEKS, 'week') ?? LAST_DAY;

/** A countable goal for each topic, to show what 'specific' looks like in the client's own area. */
const TOPIC_EXAMPLES: Readonly<Record<string, string>> = {
  safety: 'Use my safety plan each time the urge comes',
  sleep: 'In bed by 23:00 on 5 nights a week',
  worry: 'Keep worry to one 20-minute slot a day',
  anxiety: 'Practise slow breathing for 10 minutes each morning',
  anger: 'Take a time-out in 4 of 5 heated moments',
  confidence: 'Speak up once in each team meeting',
  mindfulness: 'Practise 10 minutes of mindfulness each morning',
  eating: 'Cook a meal with vegetables on 4 evenings a week',
  exercise: 'Walk for 20 minutes on 3 days a week',
  social: 'Call or meet one friend each week',
  work: "Write tomorrow's 3 main tasks before I finish each day",
  money: 'Check my bank balance every Monday',
  pain: 'Pace jobs in 20-minute blocks on 5 days a week',
  grief: 'Set aside 15 minutes each Sunday to remember',
  parenting: 'Play with the kids for 20 minutes after school, 4 days a week',
  partner: 'A 15-minute check-in with my partner every Sunday',
  selfcare: 'Do one kind thing for myself each day',
  mood: 'Do one thing I enjoy each day',
};

/** Words that ask for less of a substance ('drink less', 'cut down on the weed'), not none. */
const REDUCTION = ['less', 'cut down', 'cut back', 'cutting down', 'reduce', 'fewer', 'under control', 'moderate'];

/** The drinking example: a day count for abstinence, a limit for cutting down, else just noting it. */
function substanceExample(text: string): string {
  if (isAbstinence(text)) return `Stay free of it ${DAY_COUNT}`;
  if (findPhrases(text, REDUCTION).length > 0) return 'Keep to 2 days a week, noted in my log';
  return 'Note each day without it in my log';
}

/** A countable example on the statement's topic, or undefined when no topic is named. */
export function topicExample(text: string): string | undefined {
  const topic = TOPICS.find((t) => findPhrases(text, t.words).length > 0)?.topic;
  if (!topic) return undefined;
  if (topic === 'drinking') return substanceExample(text);
  return TOPIC_EXAMPLES[topic];
}

/** A count in the client's own terms: 'on 4 evenings a week' for a goal about evenings. */
function habitCount(text: string): string {
  const part = findPhrases(text, PARTS_OF_DAY)[0];
  if (!part) return 'on 3 days a week';
  const word = fold(part.text);
  return `on 4 ${word.endsWith('s') ? word : `${word}s`} a week`;
}

/**
 * The statement with its count added, 'Call my mum once a week', when the statement is short
 * enough to quote whole; a long one gets just the count, since a cut statement reads badly.
 */
function withCount(statement: string, count: string): string {
  const whole = statement.trim().replace(/[\s.!,;:]+$/, '');
  return whole.length <= 36 ? `${whole} ${count}` : count;
}

/** A safety goal is kept each time it is needed, or every day: never on some days only. */
function safetyCount(statement: string): string {
  if (findPhrases(statement, ['urge', 'urges', 'harm', 'hurt', 'cut']).length > 0) return 'each time the urge comes';
  if (findPhrases(statement, ['when', 'whenever', 'if']).length > 0) return 'each time, and note it down';
  return 'every day';
}

/** What an unmeasurable goal could add, by the kind of goal it is. */
export function countFor(statement: string, today: string, hasDue = false): { kind: GoalKind; example: string } {
  const kind = goalKind(statement, hasDue);
  const examples: Readonly<Record<GoalKind, string>> = {
    abstinence: withCount(statement, DAY_COUNT),
    safety: withCount(statement, safetyCount(statement)),
    medication: withCount(statement, 'as prescribed, ticked off each day'),
    attendance: withCount(statement, 'every week for the next 6 weeks'),
    'one-off': withCount(statement, `by ${suggestedDate(today)}`),
    relationship: withCount(statement, 'once a week'),
    habit: withCount(statement, habitCount(statement)),
  };
  return { kind, example: examples[kind] };
}

/** A stretch to set instead of 'for ever': days for abstinence and safety, weeks for anything else. */
export function stretchFor(statement: string): string {
  return isKeptEveryDay(statement) ? DAY_COUNT : 'for the next 4 weeks, then look again';
}
