/** avoidance-goal: a goal aimed at not feeling something, instead of at doing something that matters. */
import { AVOIDANCE_AIM_TEMPLATES, AVOIDANCE_CONDITION_TEMPLATES, CONDITION_WORDS, FEELING_VERBS, FEELINGS, FILLER_WORDS, STATE_VERBS, SYMPTOM_NOUNS, type FeelingFamily } from '../../text/lexicon';
import { matchTemplates, type TemplateMatch } from '../../text/patterns';
import { findPhrases, fold, maskQuotes, words } from '../../text/words';
import type { Rule } from '../rule';
import { openGoals, rangeIn } from '../smart/open-goals';

/** An approach goal for each family of feeling: what to do, with the feeling allowed to come along. */
const REFRAMES: Readonly<Record<FeelingFamily, string>> = {
  anxiety: "Do one thing I've been putting off each week, even if I feel anxious",
  low: 'Do one small thing I used to enjoy each day, even on low days',
  anger: 'Take a 20-minute time-out when I notice anger rising, in 4 of 5 heated moments',
  guilt: 'Do one kind thing for myself each day, even when guilt shows up',
  lonely: 'Reach out to one person each week, even if it feels awkward',
  stress: 'Take a 10-minute break at lunch each workday, even on busy days',
  conflict: 'Say one honest thing I need each week, even if it feels uncomfortable',
  cravings: 'When a craving comes, ride it out for 15 minutes with my craving card',
  thoughts: 'When the thought comes, name it and go back to what I was doing',
  other: 'Do one thing that matters to me each day, even when it feels hard',
};

function familyOf(match: TemplateMatch): FeelingFamily {
  const feeling = fold((match.groups.feeling ?? match.groups.feelingVerb)?.text ?? '').replace(/\s+/g, ' ');
  const families = Object.keys(FEELINGS) as FeelingFamily[];
  return families.find((f) => FEELINGS[f].includes(feeling) || FEELING_VERBS[f].includes(feeling)) ?? 'other';
}

/** 'panic attacks' and 'panic disorder' are symptoms to count, not a feeling to avoid. */
function isSymptom(text: string, match: TemplateMatch): boolean {
  const feeling = match.groups.feeling;
  if (!feeling) return false;
  return findPhrases(text.slice(feeling.end), SYMPTOM_NOUNS).some((s) => /^[\s-]*$/.test(text.slice(feeling.end, feeling.end + s.start)));
}

/**
 * True when the match is what the goal aims at: only filler ('I want to') or a state verb ('be',
 * 'feel') stands before it, or it follows 'and'/'but' or a comma as a second aim. In 'Call a
 * friend twice a week to stop feeling lonely' it is the reason for an approach goal, and is fine.
 */
function isAim(text: string, match: TemplateMatch): boolean {
  const before = maskQuotes(text.slice(0, match.start)).trimEnd();
  if (before === '' || /[,;:]$|(?:^|\s)(?:and|but|or|then)$/i.test(before)) return true;
  if (findPhrases(before, CONDITION_WORDS).length > 0) return false;
  const meaningful = words(fold(before)).filter((w) => !FILLER_WORDS.includes(w.text));
  const last = meaningful.at(-1)?.text;
  return last === undefined || (STATE_VERBS.includes(last) && meaningful.length === 1);
}

/** Rewords 'Give the talk without feeling nervous' as 'Give the talk, even if I feel nervous'. */
function conditionReframe(text: string, match: TemplateMatch): string {
  const action = text.slice(0, match.start).replace(/[\s,;:]+$/, '');
  const feeling = match.groups.feeling?.text;
  const verb = match.groups.feelingVerb?.text;
  const allowed = verb ? `even if I start ${fold(verb)}` : /without\s+(feeling|being|getting)/i.test(match.text) ? `even if I feel ${feeling}` : `even with some ${feeling}`;
  return `${action}, ${allowed}`;
}

export const avoidanceGoal: Rule = {
  id: 'avoidance-goal',
  group: 'challenge',
  facet: 'statement',
  severity: 'warning',
  summary: "A goal aimed at not feeling something ('stop feeling anxious', 'get rid of the anger') rather than at something to do.",
  *check(context) {
    for (const { goal, statement } of openGoals(context)) {
      const text = statement.text;
      const condition = matchTemplates(text, AVOIDANCE_CONDITION_TEMPLATES).find((m) => !isSymptom(text, m) && m.start > 0);
      const aim = matchTemplates(text, AVOIDANCE_AIM_TEMPLATES).find((m) => !isSymptom(text, m) && isAim(text, m));
      const match = [aim, condition].filter((m): m is TemplateMatch => m !== undefined).sort((a, b) => a.start - b.start)[0];
      if (!match) continue;
      const feeling = (match.groups.feeling ?? match.groups.feelingVerb)?.text ?? '';
      const message =
        match === condition
          ? `'${match.text}' makes success depend on a feeling staying away, and feelings don't take orders. Keep the action and let the feeling come along, e.g. '${conditionReframe(text, match)}'.`
          : familyOf(match) === 'conflict'
            ? `'${match.text}' aims at steering clear of discomfort, which tends to leave what matters unsaid. Aim at what you'll do even when it feels uncomfortable, e.g. '${REFRAMES.conflict}'.`
            : `'${match.text}' aims at not feeling something, and feelings don't switch off on request, so a hard day could count as failing. Aim at what you'll do even with the feeling there, e.g. '${REFRAMES[familyOf(match)]}'.`;
      yield { range: rangeIn(statement, match), goal: goal.id, message, data: { phrase: match.text, feeling, family: familyOf(match) } };
    }
  },
};
