/**
 * The examples the wording rules offer, chosen by what the goal is (text/goal-kind.ts). The one
 * promise kept here: a goal about staying free of a substance, of self-harm or of an eating-disorder
 * behaviour, or about keeping safe, is never offered a frequency ('on 3 days a week', 'half as
 * often'), only a stretch of days to count and renew, or a plan for the moment.
 */
import { PARTS_OF_DAY, TOPICS } from '../../text/lexicon';
import {
  goalKind, isAbstinence, isHarmReduction, isKeptEveryDay, isStayingSafe, type GoalKind,
} from '../../text/goal-kind';
import { isDoneOnDays } from '../../text/actions';
import { findPhrases, fold } from '../../text/words';
import { LAST_DAY, shiftDate } from '../../values/dates';

/** A stretch to count and renew, for abstinence: recovery's own 'one day at a time'. */
export const DAY_COUNT = 'for the next 30 days, one day at a time';

/**
 * How far ahead a suggested date lies: six weeks. Early goals are meant to be reachable in a few
 * weeks, and plans are looked at every four to six sessions, so this gives a first look back that is
 * neither rushed nor far off.
 */
export const SUGGESTED_WEEKS = 6;

/** The date six weeks after `today`. */
export const suggestedDate = (today: string) => shiftDate(today, SUGGESTED_WEEKS, 'week') ?? LAST_DAY;

/** How often a goal with no end is looked at together, in place of a date it ends on. */
export const SUGGESTED_REVIEW = 'every 2 weeks';

/** A countable goal for each topic, to show what 'specific' looks like in the client's own area. */
const TOPIC_EXAMPLES: Readonly<Record<string, string>> = {
  safety: 'Use my safety plan each time the urge comes',
  sleep: 'In bed by 23:00 on 5 nights a week',
  worry: 'Keep worry to one 20-minute slot a day',
  anxiety: 'Practise slow breathing for 10 minutes each morning',
  anger: 'Take a time-out in 4 of 5 heated moments',
  confidence: 'Speak up once in each team meeting',
  mindfulness: 'Practise 10 minutes of mindfulness each morning',
  'eating-recovery': 'Eat 3 meals and 2 snacks each day, as my meal plan says',
  'body-image': 'Each evening, write down one thing my body let me do that day',
  emotions: 'When a strong feeling comes, name it and take 5 slow breaths',
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

/**
 * Something to count for each topic, for a goal that is a state rather than an act ('Be free from
 * low mood', 'Cure my insomnia'): a frequency bolted onto those words would make no sense.
 */
const TOPIC_MEASURES: Readonly<Record<string, string>> = {
  sleep: 'nights I sleep 6 hours or more, in my sleep diary',
  worry: 'minutes spent worrying each day, noted at bedtime',
  anxiety: 'how anxious I felt from 0 to 10, each evening',
  anger: 'times I took a time-out, each week',
  confidence: 'times I spoke up, each week',
  'eating-recovery': 'meals and snacks eaten as planned, each day',
  'body-image': 'days I wrote something kind about my body, in my diary',
  emotions: 'times I named a feeling and took 5 slow breaths, each day',
  drinking: 'days without it, ticked on a calendar',
  pain: 'how much the pain got in the way from 0 to 10, each evening',
  grief: 'times I let myself remember, each week',
  partner: 'evenings we talked for 10 minutes, each week',
  parenting: 'times I played with the kids, each week',
  social: 'people I talked to, each week',
  work: 'days I finished my 3 main tasks, each week',
  money: 'weeks I stayed within my budget',
  mood: 'my mood from 0 to 10, each evening',
};

/** What to count when the topic is unknown. */
const ANY_MEASURE = 'how it went from 0 to 10, each evening';

/** Words that ask for less of a substance ('drink less', 'cut down on the weed'), not none. */
const REDUCTION = ['less', 'cut down', 'cut back', 'cutting down', 'reduce', 'fewer', 'under control', 'moderate'];

/** The drinking example: a day count for abstinence, a limit for cutting down, else just noting it. */
function substanceExample(text: string): string {
  if (isAbstinence(text)) return `Stay free of it ${DAY_COUNT}`;
  if (findPhrases(text, REDUCTION).length > 0) return 'Keep to 2 days a week, noted in my log';
  return 'Note each day without it in my log';
}

/** The first topic the statement names, in the order of TOPICS (safety first). */
const topicOf = (text: string) => TOPICS.find((t) => findPhrases(text, t.words).length > 0)?.topic;

/** A countable example on the statement's topic, or undefined when no topic is named. */
export function topicExample(text: string): string | undefined {
  const topic = topicOf(text);
  if (!topic) return undefined;
  if (topic === 'drinking') return substanceExample(text);
  return TOPIC_EXAMPLES[topic];
}

/** Something to count on the statement's topic, as a `measure:` line would say it. */
export function measureExample(text: string): string {
  const topic = topicOf(text);
  return `measure: ${(topic && TOPIC_MEASURES[topic]) || ANY_MEASURE}`;
}

/** A count in the client's own terms: 'on 4 evenings a week' for a goal about evenings. */
function habitCount(text: string): string {
  const part = findPhrases(text, PARTS_OF_DAY)[0];
  if (!part) return 'on 3 days a week';
  const word = fold(part.text);
  return `on 4 ${word.endsWith('s') ? word : `${word}s`} a week`;
}

/** The statement, trimmed of its end marks, when it is short enough to quote whole (and `quote` allows it). */
function whole(statement: string, quote = true): string | undefined {
  const trimmed = statement.trim().replace(/[\s.!,;:]+$/, '');
  return quote && trimmed.length <= 36 ? trimmed : undefined;
}

/**
 * The statement with its count added, 'Call my mum once a week', when the statement is short
 * enough to quote whole; a long one gets just the count, since a cut statement reads badly.
 */
function withCount(statement: string, count: string, quote = true): string {
  const short = whole(statement, quote);
  return short ? `${short} ${count}` : count;
}

/** Words of an urge to act on: the moment a plan is for is 'whenever the urge comes'. */
const URGE_WORDS = ['urge', 'urges', 'harm', 'hurt', 'cut', 'cutting', 'burn', 'purge', 'binge'];

/**
 * A plan for the moment, for keeping safe: 'Stay alive: use my safety plan whenever I feel unsafe'.
 * A statement that already names its plan gets the moment added; a harm-reduction goal is kept
 * every time; nothing here is on some days only, and nothing has an end.
 */
function safetyPlan(statement: string, quote: boolean): string {
  if (isHarmReduction(statement) && !isStayingSafe(statement)) return withCount(statement, 'every time', quote);
  const names = (list: readonly string[]) => findPhrases(statement, list).length > 0;
  const moment = names(URGE_WORDS) ? 'whenever the urge comes' : 'whenever I feel unsafe';
  if (names(['when', 'whenever', 'if', 'each time', 'every time'])) return withCount(statement, 'each time, and note it down', quote);
  if (names(['safety plan', 'crisis line', 'crisis team', 'samaritans', 'plan'])) return withCount(statement, moment, quote);
  const short = whole(statement, quote);
  return short ? `${short}: use my safety plan ${moment}` : `Use my safety plan ${moment}`;
}

/**
 * How an unmeasurable goal could be counted: how `often`, a `date` to be done by, a stretch of
 * `days` free, a plan for the `moment`, or, for a goal that is a state rather than an act, a
 * `measure` in other words.
 */
export type CountShape = 'often' | 'date' | 'days' | 'moment' | 'measure';

/**
 * What an unmeasurable goal could add, by the kind of goal it is. The example repeats a short
 * statement with its count ('Call my mum once a week'); with `quote` false it is the count alone,
 * for a message that would otherwise run too long.
 */
export function countFor(statement: string, today: string, hasDue = false, quote = true): { kind: GoalKind; shape: CountShape; example: string } {
  const kind = goalKind(statement, hasDue);
  const count = (words: string) => withCount(statement, words, quote);
  switch (kind) {
    case 'abstinence':
      return { kind, shape: 'days', example: count(DAY_COUNT) };
    case 'safety':
      // Harm-reduction kit ('Wear my helmet') is used every time; keeping alive and safe needs a plan for the moment.
      return { kind, shape: isStayingSafe(statement) ? 'moment' : 'often', example: safetyPlan(statement, quote) };
    case 'medication':
      return { kind, shape: 'often', example: count('as prescribed, ticked off each day') };
    case 'attendance':
      return { kind, shape: 'often', example: count('every week for the next 6 weeks') };
    case 'one-off':
      return { kind, shape: 'date', example: count(`by ${suggestedDate(today)}`) };
    default:
      // 'Pt to be free from low mood on 3 days a week' would be nonsense: only an act is done on days.
      if (!isDoneOnDays(statement)) return { kind, shape: 'measure', example: measureExample(statement) };
      return { kind, shape: 'often', example: count(kind === 'relationship' ? 'once a week' : habitCount(statement)) };
  }
}

/** A stretch to set instead of 'for ever': days for abstinence and safety, weeks for anything else. */
export function stretchFor(statement: string): string {
  return isKeptEveryDay(statement) ? DAY_COUNT : 'for the next 4 weeks, then look again';
}
