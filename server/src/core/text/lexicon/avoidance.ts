/** What avoidance-goal hears: feelings and symptoms to be rid of, and thoughts pushed away. */
// Part of the lexicon: `../lexicon.ts` describes the template language and builds the slots from these lists.
// ---------------------------------------------------------------------------------------------
// avoidance-goal

/** Feelings and discomfort, grouped by the approach reframe that fits. */
export type FeelingFamily = 'anxiety' | 'low' | 'anger' | 'guilt' | 'lonely' | 'stress' | 'conflict' | 'cravings' | 'thoughts' | 'other';

export const FEELINGS: Readonly<Record<FeelingFamily, readonly string[]>> = {
  anxiety: [
    'anxious', 'anxiety', 'nervous', 'nerves', 'scared', 'afraid', 'frightened', 'fear', 'fears', 'fearful', 'panic',
    'panicky', 'panicking', 'worry', 'worries', 'worried', 'worrying', 'on edge', 'uneasy', 'tense', 'tension', 'dread',
    'terrified', 'petrified', 'paranoid', 'phobia', 'phobias',
  ],
  low: ['low mood', 'low moods', 'sad', 'sadness', 'down', 'low', 'depressed', 'depression', 'hopeless', 'empty', 'miserable', 'unhappy', 'numb', 'worthless', 'heartbroken', 'grief'],
  anger: [
    'angry', 'anger', 'irritable', 'irritated', 'frustrated', 'frustration', 'annoyed', 'resentful', 'resentment',
    'jealous', 'jealousy', 'wound up', 'worked up', 'het up', 'furious', 'rage', 'livid', 'bitter', 'bitterness', 'hatred',
  ],
  guilt: [
    'guilty', 'guilt', 'ashamed', 'shame', 'embarrassed', 'embarrassment', 'awkward', 'self-conscious', 'insecure',
    'insecurity', 'inadequate', 'like a failure', 'a failure', 'not good enough', 'self-hatred', 'self-loathing',
  ],
  lonely: ['lonely', 'loneliness', 'isolated', 'left out', 'rejected', 'rejection'],
  stress: ['stressed', 'stress', 'overwhelmed', 'stressed out', 'burnt out', 'burned out', 'exhausted'],
  conflict: ['conflict', 'conflicts', 'arguments', 'argument', 'confrontation', 'confrontations', 'criticism', 'disagreements', 'rows'],
  cravings: ['cravings', 'craving', 'urges', 'urge'],
  thoughts: [
    'negative thoughts', 'bad thoughts', 'dark thoughts', 'intrusive thoughts', 'the thoughts', 'these thoughts',
    'those thoughts', 'thoughts', 'memories', 'flashbacks', 'nightmares', 'images', 'voice', 'voices',
  ],
  other: ['uncomfortable', 'discomfort', 'upset', 'hurt', 'bad', 'feelings', 'emotions', 'my feelings', 'my emotions', 'this feeling', 'that feeling', 'vulnerable'],
};

/** Verbs of feeling ('stop worrying', 'never panic') that an avoidance goal tries to switch off, by family. */
export const FEELING_VERBS: Readonly<Record<FeelingFamily, readonly string[]>> = {
  anxiety: ['worry', 'worrying', 'panic', 'panicking', 'freak out', 'freaking out', 'get anxious', 'getting anxious', 'get nervous', 'getting nervous', 'get scared', 'getting scared'],
  low: ['cry', 'crying', 'get down', 'getting down'],
  anger: ['get angry', 'getting angry', 'lose my temper', 'losing my temper', 'get annoyed', 'getting annoyed'],
  guilt: ['feel guilty', 'feeling guilty', 'hate myself', 'hating myself', 'beat myself up', 'beating myself up', 'blame myself', 'blaming myself'],
  lonely: [],
  stress: ['stress', 'stressing', 'stress out', 'stressing out', 'get stressed', 'getting stressed'],
  conflict: [],
  cravings: ['crave', 'craving'],
  thoughts: ['overthink', 'overthinking', 'ruminate', 'ruminating', 'dwell', 'dwelling'],
  other: ['get upset', 'getting upset', 'feel anything', 'feeling anything', 'hurting inside'],
};

/** Words after a feeling that make it a countable symptom ('panic attacks'), which is not avoidance. */
export const SYMPTOM_NOUNS: readonly string[] = ['attack', 'attacks', 'attack-free', 'disorder', 'episode', 'episodes'];

/** Nouns after a feeling word that make it a plain adjective ('no bad days', 'a low day'), not a feeling. */
export const NOT_FEELING_NOUNS: readonly string[] = [
  'day', 'days', 'night', 'nights', 'week', 'weeks', 'habit', 'habits', 'luck', 'language', 'food', 'patch',
  'spell', 'spells', 'mood', 'moods', 'back', 'knee', 'ladder', 'list', 'of the dark',
];

/**
 * Reactions that an avoidance goal tries to stop ('not shout at the kids', 'stop snapping'): saying
 * what not to do leaves open what to do instead when the anger comes. Unlike the feeling verbs
 * they are never read in 'without ...' ('Say no without shouting' is a fine goal).
 */
export const REACTION_VERBS: readonly string[] = [
  'shout', 'shouting', 'yell', 'yelling', 'scream', 'screaming', 'snap', 'snapping', 'lose it', 'losing it',
  'kick off', 'kicking off', 'blow up', 'blowing up', 'lash out', 'lashing out', 'explode', 'exploding',
  'flip out', 'flipping out', 'overreact', 'overreacting', 'fly off the handle', 'flying off the handle',
  'get wound up', 'getting wound up', 'get worked up', 'getting worked up', 'go off on', 'swear at',
  'swearing at', 'take it out on', 'taking it out on', 'slam doors', 'slamming doors', 'storm off', 'storming off',
  'sulk', 'sulking', 'shut down', 'shutting down', 'get defensive', 'getting defensive', 'lose my rag',
  'losing my rag', 'lose my cool', 'losing my cool', 'lose my temper', 'losing my temper',
];

/** What lets a feeling in: 'not let my mum's comments get to me'. */
export const LET_IN_PHRASES: readonly string[] = [
  'get to me', 'bother me', 'upset me', 'affect me', 'hurt me', 'get me down', 'wind me up', 'get under my skin',
  'get on top of me', 'get the better of me', 'ruin my day', 'spoil my day', 'stress me out', 'make me anxious',
  'make me angry', 'make me sad',
];

/**
 * Avoidance templates that are the goal's aim: they count only when nothing but filler ('I want
 * to') or a state verb ('be', 'feel') comes before them, so 'Call a friend twice a week to stop
 * feeling lonely' is the approach goal it is.
 */
export const AVOIDANCE_AIM_TEMPLATES: readonly string[] = [
  '(avoid|avoiding|escape|escaping|steer clear of) [feeling |being |getting ]{@feeling}',
  '(stop|quit|stopping) (feeling|being|getting) [so ]{@feeling}',
  '(stop|quit|stopping) {@feelingVerb}',
  '(stop|quit|stopping) (having|getting) [so many |any |these |those |the |my ][{word} ]{@feeling}',
  '(stop|stopping) (the|my|these|those|this) [{word} ]{@feeling}',
  "(stop|quit|stopping|not|no longer|don't|do not|won't|will not|never|no more|try not to) {@reaction}",
  "(not|don't|do not|never|stop|no longer|won't|will not) (let|letting) [{word} ][{word} ][{word} ][{word} ]{@letIn}",
  'never (feel|be|get|have) [so |any |that |this |as |too ]{@feeling}',
  'never {@feelingVerb}',
  "(not|no longer|don't|do not|won't|will not|never again) (feel|be|get|have) [so |any |that |this |as |too ]{@feeling}",
  "(not|don't|do not|won't|will not|never|no longer|stop|stopping|quit|try not to) {@suppress}[ (it|that|this|them|him|her)][ (the|my|what|that|this|his|her|their|our) {word}]",
  "(not|don't|do not|won't|will not) {@feelingVerb}",
  '(get|getting) rid of [my |the |this |these |those |that ][of ][{word} ]{@feeling}',
  '(get|getting) rid of [my |the |this |these |those |that ][{word} ](feeling|feelings|sensation|sensations|knot)',
  '(get over|getting over|overcome|overcoming|beat|beating|conquer|conquering|shake off|shaking off|lose|losing|let go of|letting go of) [my |the |this |these |those ]{@feeling}',
  '(eliminate|eliminating|remove|erase|banish|suppress|suppressing|numb|block out|push away|push down|shut off|switch off|shut down|kill) [my |the |these |those |this ]{@feeling}',
  '(avoid|avoiding|keep away from|stay away from|steer clear of) [{word} ][{word} ][{word} ][{word} ](that|which) (make|makes|might make|could make) me [feel ]{@feeling}',
  'make [my |the |this |these |those ]{@feeling} [{word} ][{word} ][{word} ](go away|disappear|stop|leave me alone)',
  'keep [my |the ]{@feeling} away',
  '[be |feel |become |stay ](free of|free from) [my |the |all ]{@feeling}',
  '{@feeling}-free',
  'no [more ]{@feeling}',
];

/**
 * Avoidance templates that set a condition on success: 'Give the talk without feeling nervous'
 * fails on any nervous day, wherever the phrase stands in the statement.
 */
export const AVOIDANCE_CONDITION_TEMPLATES: readonly string[] = [
  'without (feeling|being|getting) [so |any ]{@feeling}',
  'without {@feelingVerb}',
  'without [any ]{@feeling}',
  'without (having|getting) [a |an |any ]{@feeling} {@symptom}',
];

/**
 * Thoughts pushed away ('Not think about the accident anymore', 'Stop dwelling on it'): trying not
 * to think of something brings it back, so these are avoidance of the 'thoughts' family.
 */
export const SUPPRESSED_THINKING: readonly string[] = [
  'think about', 'thinking about', 'think of', 'thinking of', 'dwell on', 'dwelling on', 'go over', 'going over',
];
