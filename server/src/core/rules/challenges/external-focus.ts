/** external-focus: success depends on what someone else does, not on the client's own behaviour. */
import { CONDITION_WORDS, EXTERNAL_TEMPLATES, GIVEN_REGARD, OTHERS_ACTIONS } from '../../text/lexicon';
import { matchTemplates, type TemplateMatch } from '../../text/patterns';
import { clauseBefore, findPhrases, fold } from '../../text/words';
import type { Rule } from '../rule';
import { openGoals, rangeIn } from '../smart/open-goals';

type Group = keyof typeof OTHERS_ACTIONS;

/** A goal about the client's own part, for each kind of thing they hoped the other person would do. */
const REFRAMES: Readonly<Record<Group, (person: string) => string>> = {
  understand: (p) => `Tell ${p} what I need in one calm sentence, twice a week`,
  help: (p) => `Ask ${p} clearly for one thing I need, once a week`,
  change: (p) => `Name one limit to ${p} and keep to it each time`,
  contact: (p) => `Reach out to ${p} once a week`,
  regard: (p) => `Tell ${p} one thing that matters to me, once a week`,
};

const GROUP_PEOPLE = ['people', 'everyone', 'everybody', 'others', 'other people', 'someone', 'somebody', 'anyone'];
const OBJECT_FORM: Readonly<Record<string, string>> = { he: 'him', she: 'her', they: 'them' };
const SUBJECT_FORM: Readonly<Record<string, string>> = { him: 'he', he: 'he', her: 'she', she: 'she', them: 'they', they: 'they' };
const PLURAL_PEOPLE = ['children', 'kids', 'parents', 'friends', 'colleagues', 'coworkers', 'co-workers', 'neighbours', 'neighbors', 'in-laws', 'siblings', 'flatmates', 'they'];

/** The person as the reframe names them ('my partner', 'Łukasz', 'them'). */
function objectForm(person: string): string {
  const folded = fold(person);
  if (GROUP_PEOPLE.includes(folded)) return 'one person';
  if (OBJECT_FORM[folded]) return OBJECT_FORM[folded];
  return /^(my|our|the|his|her|their|your)\s/i.test(person) ? person.charAt(0).toLowerCase() + person.slice(1) : person;
}

/** 'how my partner responds', 'how they respond', 'how other people respond'. */
function howTheyRespond(person: string): string {
  const folded = fold(person);
  if (GROUP_PEOPLE.includes(folded)) return 'how other people respond';
  // The message speaks to the client, so "my partner" in their goal is "your partner" here.
  const who = (SUBJECT_FORM[folded] ?? objectForm(person)).replace(/^(?:my|our)(?=\s)/iu, 'your');
  const plural = PLURAL_PEOPLE.includes(fold(who.split(/\s+/).at(-1) ?? ''));
  return `how ${who} ${plural ? 'respond' : 'responds'}`;
}

function groupOf(match: TemplateMatch): Group {
  const act = fold((match.groups.act ?? match.groups.actsS ?? match.groups.regard)?.text ?? '');
  if (!act || findPhrases(act, GIVEN_REGARD).length > 0) return 'regard';
  const base = act.replace(/(?<=[a-z])(es|s)$/, '');
  const group = (Object.keys(OTHERS_ACTIONS) as Group[]).find((g) => OTHERS_ACTIONS[g].some((a) => a === act || a === base || `${a}e` === base));
  return group ?? 'regard';
}

export const externalFocus: Rule = {
  id: 'external-focus',
  group: 'challenge',
  facet: 'statement',
  severity: 'warning',
  summary: "A goal whose success depends on someone else's behaviour ('get my partner to listen') rather than the client's own.",
  *check(context) {
    for (const { goal, statement } of openGoals(context)) {
      const match = matchTemplates(statement.text, EXTERNAL_TEMPLATES).find(
        // 'Answer the phone when my mum calls' is about the client's answering, not her calling.
        (m) => findPhrases(clauseBefore(statement.text, m.start), CONDITION_WORDS).length === 0,
      );
      if (!match) continue;
      const person = (match.groups.person ?? match.groups.subject)?.text ?? 'them';
      const group = groupOf(match);
      const reframe = group === 'regard' && GROUP_PEOPLE.includes(fold(person)) ? 'Start one conversation a day with someone new' : REFRAMES[group](objectForm(person));
      yield {
        range: rangeIn(statement, match),
        message: `'${match.text}' depends on ${howTheyRespond(person)}, and that isn't in your hands. Aim the goal at your own part, e.g. '${reframe}'.`,
        goal: goal.id,
        data: { phrase: match.text, person, reframe },
      };
    }
  },
};
