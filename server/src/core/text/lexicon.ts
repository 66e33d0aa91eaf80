/**
 * Every word list and phrase template the wording rules use, in one place, so that tuning what
 * Goalpost hears in a goal is a change to data, not to code.
 *
 * Everything is lower case; matching ignores case and is whole-word. Templates (`*_TEMPLATES`)
 * are read by `patterns.ts`: a space matches any white space, `{slot}` is any entry of
 * `SLOTS[slot]`, `{@slot}` the same captured under the slot's name, `[...]` is optional,
 * `(a|b)` is a choice, and `^` and `$` are the start and end of the statement. The built-in slots `{name}` (a capitalised or uncased-script word, such
 * as Łukasz or 王芳) and `{word}` (any word) need no list.
 *
 * Verbs are listed once, in their base form; `inflect.ts` derives 'listens' and 'drinking'.
 */
import { ABSTINENCE_WORDS, FREQUENCY_UNITS, FREQUENCY_WORDS, HARM_BEHAVIOURS, HARM_BEHAVIOURS_BARE, INSTITUTIONS, KIN, MODALS, MONTHS, NUMBER_WORDS, OCCASIONS, SUBSTANCES, TIME_UNITS, VERBS, VERBS_ING, VERBS_S, WEEKDAYS } from './lexicon/vocabulary';
import { ABSTRACT_OBJECTS, EVALUATIVE_WORDS, STATE_ADJECTIVES, VAGUE_NOUNS } from './lexicon/vague';
import { ATTENDANCE_NOUNS, EVENTS, FEATS } from './lexicon/measurable';
import { END_VERBS, INTENSIFIERS, PROBLEMS, PROBLEM_ONE, WHOLE_STATES } from './lexicon/ambitious';
import { GIVEN_REGARD, OBJECT_PRONOUNS, OTHERS_ACTIONS, OTHERS_ACTIONS_S, PEOPLE, POSSESSIVES, REGARD_NOUNS, SUBJECT_PRONOUNS } from './lexicon/external';
import { FEELINGS, FEELING_VERBS, LET_IN_PHRASES, REACTION_VERBS, SUPPRESSED_THINKING } from './lexicon/avoidance';

// Every list and template, by the part of the checker that reads it.
export * from './lexicon/vocabulary';
export * from './lexicon/quantities';
export * from './lexicon/vague';
export * from './lexicon/measurable';
export * from './lexicon/ambitious';
export * from './lexicon/external';
export * from './lexicon/avoidance';

// ---------------------------------------------------------------------------------------------
// Slots: what each {slot} in a template may be. Plain lists are matched literally; the composite
// slots are themselves templates.

export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  abstract: ABSTRACT_OBJECTS,
  problem: PROBLEMS,
  people: PEOPLE,
  possessive: POSSESSIVES,
  objectPronoun: OBJECT_PRONOUNS,
  subjectPronoun: SUBJECT_PRONOUNS,
  act: [...Object.values(OTHERS_ACTIONS).flat(), ...VERBS],
  actsS: [...OTHERS_ACTIONS_S, ...VERBS_S],
  acting: VERBS_ING,
  regardNoun: REGARD_NOUNS,
  regard: GIVEN_REGARD,
  feeling: Object.values(FEELINGS).flat(),
  feelingVerb: Object.values(FEELING_VERBS).flat(),
  numberWord: NUMBER_WORDS,
  weekday: WEEKDAYS,
  month: MONTHS,
  timeUnit: TIME_UNITS,
  frequencyUnit: FREQUENCY_UNITS,
  frequencyWord: FREQUENCY_WORDS,
  occasion: OCCASIONS,
  event: EVENTS,
  abstinence: ABSTINENCE_WORDS,
  substance: SUBSTANCES,
  intensifier: INTENSIFIERS,
  wholeState: WHOLE_STATES,
  endVerb: END_VERBS,
  problemOne: PROBLEM_ONE,
  attendance: ATTENDANCE_NOUNS,
  stateAdjective: STATE_ADJECTIVES,
  evaluative: EVALUATIVE_WORDS,
  vagueNoun: VAGUE_NOUNS,
  reaction: REACTION_VERBS,
  letIn: LET_IN_PHRASES,
  suppress: SUPPRESSED_THINKING,
  symptom: ['attack', 'attacks', 'episode', 'episodes'],
  harm: [...HARM_BEHAVIOURS, ...HARM_BEHAVIOURS_BARE],
  feat: FEATS,
  verb: VERBS,
  verbS: VERBS_S,
  verbIng: VERBS_ING,
  modal: MODALS,
  kin: KIN,
  institution: INSTITUTIONS,
};

/** Slots that are templates built from other slots. */
export const COMPOSITE_SLOTS: Readonly<Record<string, readonly string[]>> = {
  // A clinician's note leaves out the 'my': 'Pt wants partner to attend couples sessions'.
  person: ['{possessive} [{word} ]{people}', '{possessive} {institution}', '{objectPronoun}', '{people}', '{name}', '{kin}'],
  subject: ['{possessive} [{word} ]{people}', '{possessive} {institution}', '{subjectPronoun}', '{name}', '{kin}'],
  count: ['{digits}', '{numberWord}', 'a', 'an', 'a few', 'a couple of', 'several'],
};

// ---------------------------------------------------------------------------------------------
// GAS levels (gas-level-not-observable)

/** Words that say how good something is, not what happened. One is enough to make a part judge. */
export const GAS_JUDGING_WORDS: readonly string[] = [
  'better', 'worse', 'best', 'worst', 'improvement', 'improvements', 'improved', 'improve', 'improves', 'improving',
  'deterioration', 'deteriorated', 'deteriorating', 'worsening', 'worsened', 'decline', 'declined', 'declining',
  'progress', 'expected', 'expectation', 'expectations', 'outcome', 'outcomes', 'result', 'results', 'change',
  'changes', 'changed', 'same', 'fine', 'ok', 'okay', 'good', 'bad', 'great', 'poor', 'excellent', 'terrible',
  'favourable', 'favorable', 'unfavourable', 'unfavorable', 'success', 'successful', 'unsuccessful', 'satisfactory',
  'unsatisfactory', 'adequate', 'ideal', 'perfect', 'regression', 'regressed',
];

/** Words of degree, feeling or coping: vague when nothing else is said, harmless beside a concrete word. */
export const GAS_SOFT_WORDS: readonly string[] = [
  'some', 'much', 'more', 'less', 'fewer', 'little', 'bit', 'lot', 'lots', 'slightly', 'slight', 'somewhat',
  'very', 'really', 'quite', 'rather', 'significantly', 'significant', 'considerably', 'considerable',
  'moderately', 'moderate', 'mostly', 'mainly', 'partly', 'partially', 'partial', 'generally', 'overall',
  'feel', 'feels', 'feeling', 'felt', 'seem', 'seems', 'doing', 'getting', 'gets', 'things', 'life',
  'happy', 'happier', 'calm', 'calmer', 'confident', 'relaxed', 'comfortable', 'anxious', 'stressed',
  'motivated', 'hopeful', 'stronger', 'weaker', 'healthier', 'easier', 'harder', 'well', 'cope', 'copes',
  'coping', 'manage', 'manages', 'managing', 'usual', 'level', 'mood', 'baseline', 'intake', 'now', 'before',
];

/** Words that carry no content: skipped when deciding what a part is made of. */
export const GAS_FILLER_WORDS: readonly string[] = [
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'than', 'as', 'is', 'are', 'am', 'be', 'been',
  'being', 'it', 'its', "it's", 'i', "i'm", 'me', 'my', 'we', 'our', 'he', 'she', 'they', 'his', 'her', 'their',
  'this', 'that', 'still', 'so', 'just', 'also', 'any', 'from', 'then', 'there',
];

/**
 * Absolute words that describe something checkable ("no attacks", "never drinks", "on my own"),
 * unless the word after them judges ("no change", "without improvement").
 */
export const GAS_ANCHOR_WORDS: readonly string[] = [
  'no', 'none', 'never', 'nothing', 'nobody', 'always', 'every', 'each', 'all', 'alone', 'without', 'own',
  'independently', 'unaided',
];

// ---------------------------------------------------------------------------------------------
// Direction of a target (target-not-beyond-baseline)

/** Words that say a number should go down. */
export const DECREASE_WORDS: readonly string[] = ['reduce', 'cut', 'fewer', 'less', 'lower', 'decrease', 'drop', 'down to', 'limit', 'shorten', 'lessen'];

/** Words that say a number should go up. */
export const INCREASE_WORDS: readonly string[] = ['increase', 'more', 'raise', 'grow', 'build up', 'up to', 'at least', 'extend', 'longer'];

// ---------------------------------------------------------------------------------------------
// The plain voice (rules/rule.ts `Voice`)

/**
 * Words the plain voice never uses, in its messages, examples or explanations: the method's and
 * the format's terms, which a client who needs simple words may not know. Rule ids are jargon too;
 * the rule list (rules/index.ts) names them. test/rules/voice.test.ts holds every rule to this list.
 */
export const JARGON_WORDS: readonly string[] = [
  'gas', 'baseline', 'baselines', 'level', 'levels', 'unit', 'units', 't-score', 't-scores', 'smart',
  'criteria', 'criterion', 'facet', 'facets', 'template', 'templates', 'interval', 'intervals',
  'suppression', 'suppressions',
];
