/** external-focus: success depends on what someone else does, not on the client's own behaviour. */
import {
  CLIENT_WORDS, CONDITION_WORDS, ENGLISH_MARKERS, EXTERNAL_TEMPLATES, GIVEN_REGARD, MODALS, OTHERS_ACTIONS,
  OTHERS_ACTIONS_S, PEOPLE, SUBJECT_TEMPLATES, VERBS,
} from '../../text/lexicon';
import { startsAim } from '../../text/aim';
import { matchTemplates, type TemplateMatch } from '../../text/patterns';
import { clauseBefore, clauseFrom, findPhrases, fold, words } from '../../text/words';
import type { Plan } from '../../model';
import type { Rule } from '../rule';
import { fitted, openGoals, rangeIn, shorten } from '../smart/open-goals';

type Group = keyof typeof OTHERS_ACTIONS;

/** A goal about the client's own part, for each kind of thing they hoped the other person would do. */
const REFRAMES: Readonly<Record<Group, (person: string) => string>> = {
  understand: (p) => `Tell ${p} what I need, calmly, twice a week`,
  help: (p) => `Ask ${p} clearly for one thing I need, once a week`,
  change: (p) => `Name one limit to ${p} and keep to it each time`,
  contact: (p) => `Reach out to ${p} once a week`,
  regard: (p) => `Tell ${p} one thing that matters to me, once a week`,
};

const GROUP_PEOPLE = ['people', 'everyone', 'everybody', 'others', 'other people', 'someone', 'somebody', 'anyone'];
const OBJECT_FORM: Readonly<Record<string, string>> = { he: 'him', she: 'her', they: 'them' };
const SUBJECT_FORM: Readonly<Record<string, string>> = { him: 'he', he: 'he', her: 'she', she: 'she', them: 'they', they: 'they' };
/** People named in the plural without an -s: 'my children respond'. */
const PLURAL_PEOPLE = ['children', 'people', 'staff', 'they', 'family members', 'police', 'grandchildren'];

/**
 * True when the person is more than one, so the verb agrees ('how the other lads respond'): a
 * word of PEOPLE in its plural, or one of the plurals without an -s. Names are never plural, so
 * 'how Chris responds' keeps its -s.
 */
function isPlural(person: string): boolean {
  const head = fold(person).split(/\s+/).at(-1) ?? '';
  if (PLURAL_PEOPLE.includes(head)) return true;
  return PEOPLE.includes(head) && /[^s]s$/.test(head);
}

/** The person as the reframe names them ('my partner', 'Łukasz', 'them'); a note's bare 'partner' is the client's. */
function objectForm(person: string): string {
  const folded = fold(person);
  if (GROUP_PEOPLE.includes(folded)) return 'one person';
  if (OBJECT_FORM[folded]) return OBJECT_FORM[folded];
  if (PEOPLE.includes(folded.replace(/\s+/g, ' '))) return `my ${person.charAt(0).toLowerCase()}${person.slice(1)}`;
  return /^(my|our|the|his|her|their|your)\s/i.test(person) ? person.charAt(0).toLowerCase() + person.slice(1) : person;
}

/** The person as the message speaks to the client: "my partner" in their goal is "your partner" here. */
function yourForm(person: string): string {
  const folded = fold(person);
  if (GROUP_PEOPLE.includes(folded)) return 'other people';
  return objectForm(person).replace(/^(?:my|our)(?=\s)/iu, 'your');
}

/** 'how my partner responds', 'how they respond', 'how other people respond'. */
function howTheyRespond(person: string): string {
  const folded = fold(person);
  if (GROUP_PEOPLE.includes(folded)) return 'how other people respond';
  const who = (SUBJECT_FORM[folded] ?? objectForm(person)).replace(/^(?:my|our)(?=\s)/iu, 'your');
  return `how ${who} ${isPlural(who) ? 'respond' : 'responds'}`;
}

function groupOf(match: TemplateMatch): Group {
  if (match.groups.acting) return 'change';
  if (match.groups.regardNoun) return 'regard';
  const act = fold((match.groups.act ?? match.groups.actsS ?? match.groups.regard)?.text ?? '');
  if (!act || findPhrases(act, GIVEN_REGARD).length > 0) return 'regard';
  const base = act.replace(/(?<=[a-z])(es|s)$/, '');
  const group = (Object.keys(OTHERS_ACTIONS) as Group[]).find((g) => OTHERS_ACTIONS[g].some((a) => a === act || a === base || `${a}e` === base));
  // Anything else someone is to do for the client ('fix the damp', 'stick to the arrangements') is asked for.
  return group ?? 'help';
}

/** The client's own names, from the plan's `client:` line: in a couple's plan 'Jo takes a time-out' is Jo's own goal. */
function clientNames(plan: Plan): Set<string> {
  const names = words(plan.header.client?.text ?? '').filter((w) => /^\p{Lu}/u.test(w.text));
  return new Set(names.map((w) => fold(w.text)));
}

/**
 * A name that starts the statement ('Jo should apologise'): the grammar's {name} passes over a
 * capital at the start, which is usually just the first word, and a name there is most often the
 * client's own, as a clinician writes it ('Jamie will attend school on 3 days a week'). It is taken
 * for someone else only before a verb of what people do for each other, alone or after a modal,
 * never before any other verb ('Phone stays out of the bedroom', 'Jamie will attend school').
 */
/**
 * What people do for each other, in the base form ('apologise', 'listen', 'forgive'), without the
 * verbs a client does as much as anyone ('see', 'visit', 'talk'), which follow their own name too.
 */
const RELATIONAL = new Set(
  [...OTHERS_ACTIONS.understand, ...OTHERS_ACTIONS.contact, ...OTHERS_ACTIONS.regard, 'help', 'support'].filter(
    (act) => !act.includes(' ') && !['see', 'know', 'talk', 'write', 'visit', 'care', 'choose', 'want'].includes(act),
  ),
);

function leadingName(text: string): TemplateMatch | undefined {
  const [first, second, third] = words(text);
  if (!first || !second || !/^\p{Lu}/u.test(first.text)) return undefined;
  const name = fold(first.text);
  if (ENGLISH_MARKERS.includes(name) || VERBS.includes(name)) return undefined;
  const next = fold(second.text);
  const relational = OTHERS_ACTIONS_S.includes(next);
  const modal = MODALS.includes(next) && third !== undefined && RELATIONAL.has(fold(third.text));
  if (!relational && !modal) return undefined;
  const end = (modal ? third! : second).end;
  const act = modal ? third! : second;
  return { start: first.start, end, text: text.slice(first.start, end), groups: { subject: first, [modal ? 'act' : 'actsS']: act } };
}

function findExternal(text: string, own: Set<string>): TemplateMatch | undefined {
  // The client's own name, or 'Client will...' in a clinician's note, is the client's own goal.
  const isOwn = (m: TemplateMatch) => {
    const who = fold((m.groups.person ?? m.groups.subject)?.text ?? '');
    return own.has(who) || CLIENT_WORDS.includes(who);
  };
  // 'Answer the phone when my mum calls' is about the client's answering, not her calling.
  const inCondition = (m: TemplateMatch) => findPhrases(clauseBefore(text, m.start), CONDITION_WORDS).length > 0;
  const anywhere = matchTemplates(text, EXTERNAL_TEMPLATES).filter((m) => !inCondition(m));
  const subject = [...matchTemplates(text, SUBJECT_TEMPLATES), ...[leadingName(text)].filter((m) => m !== undefined)].filter((m) => startsAim(text, m.start));
  return [...anywhere, ...subject].filter((m) => !isOwn(m)).sort((a, b) => a.start - b.start)[0];
}

/**
 * What the message quotes and underlines: the clause the match starts, to its end when that is short ('Get my
 * manager to give me more shifts', not 'Get my manager to give'), else the match itself.
 */
function quoteOf(text: string, match: TemplateMatch): { start: number; end: number; text: string } {
  const clause = clauseFrom(text, match.start);
  if (clause.length > match.text.length && clause.length <= QUOTE_LIMIT) return { start: match.start, end: match.start + clause.length, text: clause };
  return { start: match.start, end: match.end, text: shorten(match.text, QUOTE_LIMIT) };
}

const QUOTE_LIMIT = 40;

export const externalFocus: Rule = {
  id: 'external-focus',
  group: 'challenge',
  facet: 'statement',
  severity: 'warning',
  summary: "A goal whose success depends on someone else's behaviour ('get my manager to give me more shifts', 'my partner listens') rather than the client's own.",
  explanation: {
    standard:
      "A goal that needs someone else to change ('make my partner understand', 'have my mum stop calling me lazy', 'my kids will go to bed') is not in the client's control, so effort may not count and the goal can fail through no fault of theirs. Refocus on the client's own part: what they will say, ask, offer or hold to. In a plan whose client: line names the person, their goal is their own.",
    plain:
      "Nobody can make another person change, so a goal that needs it can fail even when you do everything right. Aim at your own part, like 'Ask my partner for one thing I need each week'.",
  },
  *check(context) {
    const own = clientNames(context.plan);
    for (const { goal, statement } of openGoals(context)) {
      const match = findExternal(statement.text, own);
      if (!match) continue;
      const person = (match.groups.person ?? match.groups.subject)?.text ?? 'them';
      const group = groupOf(match);
      const reframe = group === 'regard' && GROUP_PEOPLE.includes(fold(person)) ? 'Start one conversation a day with someone new' : REFRAMES[group](objectForm(person));
      const quote = quoteOf(statement.text, match);
      yield {
        range: rangeIn(statement, quote),
        message: fitted(quote.text, (q) => `'${q}' depends on ${howTheyRespond(person)}: aim at your own part, e.g. '${reframe}'.`),
        plain: fitted(quote.text, (q) => `'${q}' is up to ${yourForm(person)}, not you. Try your own part, like '${reframe}'.`),
        goal: goal.id,
        data: { phrase: match.text, person, reframe },
      };
    }
  },
};
