/** avoidance-goal: a goal aimed at not feeling something, instead of at doing something that matters. */
import {
  AVOIDANCE_AIM_TEMPLATES, AVOIDANCE_CONDITION_TEMPLATES, CONDITION_WORDS, FEELING_VERBS, FEELINGS, FILLER_WORDS,
  NOT_FEELING_NOUNS, STATE_VERBS, SYMPTOM_NOUNS, type FeelingFamily,
} from '../../text/lexicon';
import { aimOf } from '../../text/aim';
import { matchTemplates, type TemplateMatch } from '../../text/patterns';
import { findPhrases, fold, maskQuotes, words } from '../../text/words';
import type { Rule, Wording } from '../rule';
import { fitted, openGoals, rangeIn, shorten } from '../smart/open-goals';

/** An approach goal for each family of feeling: what to do, with the feeling allowed to come along. */
const REFRAMES: Readonly<Record<FeelingFamily, string>> = {
  anxiety: 'Do one feared thing each week, even if I feel anxious',
  low: 'Do one small thing I enjoy each day, even on low days',
  anger: 'Take a time-out when I notice anger rising',
  guilt: 'Do one kind thing for myself each day',
  lonely: 'Reach out to one person each week',
  stress: 'Take a 10-minute break at lunch each workday',
  conflict: 'Say one thing I need each week, even if it feels awkward',
  cravings: 'Ride out each urge for 15 minutes without acting on it',
  thoughts: 'When the thought comes, name it and carry on',
  other: 'Do one thing that matters each day, even when it feels hard',
};

/** What a match is about: a feeling, a reaction to stop ('shouting'), or a feeling let in ('get to me'). */
type Shape = 'feeling' | 'reaction' | 'let-in' | 'condition' | 'thought';

function familyOf(match: TemplateMatch): FeelingFamily {
  if (match.groups.reaction) return 'anger';
  if (match.groups.letIn) return 'conflict';
  if (match.groups.suppress) return 'thoughts';
  const feeling = fold((match.groups.feeling ?? match.groups.feelingVerb)?.text ?? '').replace(/\s+/g, ' ');
  const families = Object.keys(FEELINGS) as FeelingFamily[];
  return families.find((f) => FEELINGS[f].includes(feeling) || FEELING_VERBS[f].includes(feeling)) ?? 'other';
}

/**
 * 'panic attacks' and 'panic disorder' are symptoms to count, and 'no bad days' or 'a low mood'
 * use the word as a plain adjective: neither is a feeling to avoid.
 */
function isNotAFeeling(text: string, match: TemplateMatch): boolean {
  const feeling = match.groups.feeling;
  // 'without having a panic attack' makes success hang on the attack staying away, all the same.
  if (!feeling || match.groups.symptom) return false;
  return findPhrases(text.slice(feeling.end), [...SYMPTOM_NOUNS, ...NOT_FEELING_NOUNS]).some((s) => /^[\s-]*$/.test(text.slice(feeling.end, feeling.end + s.start)));
}

/**
 * True when the match is what the goal aims at: only filler ('I want to') or a state verb ('be',
 * 'feel') stands before it, or it follows 'and'/'but' or a comma as a second aim. In 'Call a
 * friend twice a week to stop feeling lonely' it is the reason for an approach goal, and is fine.
 */
function isAim(text: string, match: TemplateMatch): boolean {
  // 'Pt to be free from low mood': a clinician's lead-in ('Pt to', 'Client will') is no aim of its own.
  if (match.start <= aimOf(text).start) return true;
  const before = maskQuotes(text.slice(0, match.start)).trimEnd();
  if (before === '' || /[,;:]$|(?:^|\s)(?:and|but|or|then)$/i.test(before)) return true;
  if (findPhrases(before, CONDITION_WORDS).length > 0) return false;
  const meaningful = words(fold(before)).filter((w) => !FILLER_WORDS.includes(w.text));
  const last = meaningful.at(-1)?.text;
  return last === undefined || (STATE_VERBS.includes(last) && meaningful.length === 1);
}

/**
 * 'All my anxiety' asks first of all for everything at once: overly-ambitious speaks about that,
 * and this finding would only say the same words again.
 */
const isTotal = (match: TemplateMatch) => /\ball\b/i.test(match.text);

/** Rewords 'Give the talk without feeling nervous' as 'Give the talk, even if I feel nervous'. */
function conditionReframe(text: string, match: TemplateMatch): string {
  const action = shorten(text.slice(0, match.start).replace(/[\s,;:]+$/, ''), 40);
  const feeling = match.groups.feeling?.text;
  const verb = match.groups.feelingVerb?.text;
  const felt = /without\s+(feeling|being|getting)/i.test(match.text);
  let allowed = felt ? `even if I feel ${feeling}` : `even with some ${feeling}`;
  if (verb) allowed = `even if I start ${fold(verb)}`;
  if (match.groups.symptom) allowed = `even if the ${fold(feeling ?? 'feeling')} comes`;
  return `${action}, ${allowed}`;
}

function wording(quote: string, shape: Shape, family: FeelingFamily, reframe: string): Wording {
  if (shape === 'condition') {
    return { standard: `'${quote}' needs the feeling to stay away: keep the act and let it come along, e.g. '${reframe}'.`, plain: `'${quote}' only works if the feeling stays away. Try '${reframe}'.` };
  }
  if (shape === 'reaction') {
    return { standard: `'${quote}' says what to stop, but not what to do when it builds, e.g. '${reframe}'.`, plain: `'${quote}' says what not to do. Say what you'll do instead, like '${reframe}'.` };
  }
  if (shape === 'thought') {
    return { standard: `'${quote}' tries to push a thought away, which tends to bring it back, e.g. '${reframe}'.`, plain: `'${quote}' tries to push a thought away. Try '${reframe}'.` };
  }
  if (shape === 'let-in' || family === 'conflict') {
    return { standard: `'${quote}' aims at steering clear of discomfort, which can leave what matters unsaid, e.g. '${reframe}'.`, plain: `'${quote}' can leave important things unsaid. Try '${reframe}'.` };
  }
  return { standard: `'${quote}' asks a feeling to go away: aim at what you'll do with it there, e.g. '${reframe}'.`, plain: `'${quote}' asks a feeling to go away. Aim at what you'll do, like '${reframe}'.` };
}

export const avoidanceGoal: Rule = {
  id: 'avoidance-goal',
  group: 'challenge',
  facet: 'statement',
  severity: 'warning',
  summary: "A goal aimed at not feeling or not reacting ('stop feeling anxious', 'get rid of my fear', 'not shout at the kids') rather than at something to do.",
  explanation: {
    standard:
      "Feelings don't switch off on request, so a goal that needs one gone ('stop feeling anxious', 'get rid of my fear of driving') fails on every hard day and keeps the client steering round discomfort. A goal that only says what to stop ('not shout at the kids') leaves open what to do when the anger builds. Reframe towards an approach goal: what the client will do, with the feeling allowed to come along.",
    plain:
      "Nobody can promise a feeling will stay away, so a goal like that can feel failed on a hard day. Aim at what you will do, even with the feeling there, like 'Take the bus once a week, even if I feel nervous'.",
  },
  *check(context) {
    for (const { goal, statement } of openGoals(context)) {
      const text = statement.text;
      const usable = (m: TemplateMatch) => !isNotAFeeling(text, m) && !isTotal(m);
      const condition = matchTemplates(text, AVOIDANCE_CONDITION_TEMPLATES).find((m) => usable(m) && m.start > 0);
      const aim = matchTemplates(text, AVOIDANCE_AIM_TEMPLATES).find((m) => usable(m) && isAim(text, m));
      const match = [aim, condition].filter((m): m is TemplateMatch => m !== undefined).sort((a, b) => a.start - b.start)[0];
      if (!match) continue;
      const family = familyOf(match);
      const { reaction, letIn, suppress } = match.groups;
      const shape: Shape = match === condition ? 'condition' : reaction ? 'reaction' : letIn ? 'let-in' : suppress ? 'thought' : 'feeling';
      const reframe = shape === 'condition' ? conditionReframe(text, match) : REFRAMES[family];
      const say = (voice: keyof Wording) => fitted(match.text, (q) => wording(q, shape, family, reframe)[voice]);
      const said: Wording = { standard: say('standard'), plain: say('plain') };
      const feeling = (match.groups.feeling ?? match.groups.feelingVerb ?? reaction ?? letIn ?? suppress)?.text ?? '';
      yield { range: rangeIn(statement, match), goal: goal.id, message: said.standard, plain: said.plain, data: { phrase: match.text, feeling, family, shape, reframe } };
    }
  },
};
