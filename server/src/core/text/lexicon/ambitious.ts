/** What overly-ambitious and missing-value hear: problems solved at once, totality, perfection, purpose. */
// Part of the lexicon: `../lexicon.ts` describes the template language and builds the slots from these lists.
// ---------------------------------------------------------------------------------------------
// overly-ambitious

/** Problems and feelings that 'all my ...' or 'no more ...' demand to be gone for good. */
export const PROBLEMS: readonly string[] = [
  'anxiety', 'anxieties', 'fear', 'fears', 'worry', 'worries', 'stress', 'panic', 'panic attacks', 'attacks',
  'depression', 'sadness', 'anger', 'problems', 'issues', 'negative thoughts', 'bad thoughts', 'bad habits',
  'cravings', 'urges', 'insecurities', 'insecurity', 'doubts', 'self-doubt', 'trauma', 'pain', 'symptoms',
  'mistakes', 'arguments', 'rows', 'fights', 'nightmares', 'flashbacks', 'bad days', 'low days', 'guilt',
  'shame', 'loneliness', 'nerves', 'phobia', 'phobias', 'procrastination', 'overthinking', 'debts', 'debt',
  'flaws', 'faults', 'weaknesses', 'bad days', 'bad nights', 'setbacks', 'lapses', 'slip-ups', 'hang-ups',
  'insomnia', 'ocd', 'ptsd', 'addiction', 'addictions', 'depressive symptoms', 'compulsions', 'obsessions',
];

/** One problem, as 'solve every problem' or 'never make a mistake' demands it be absent. */
export const PROBLEM_ONE: readonly string[] = [
  'problem', 'issue', 'worry', 'mistake', 'argument', 'row', 'fight', 'bad day', 'setback', 'slip', 'slip-up',
  'lapse', 'relapse', 'craving', 'panic attack', 'error', 'fault', 'conflict',
];

/** Intensifiers that are all-or-nothing only about a state or an ending ('completely calm', 'stop completely'), not about a task's scope ('entirely in Arabic'). */
export const INTENSIFIERS: readonly string[] = ['completely', 'totally', 'entirely', '100%', '100 percent', '100 per cent', 'a hundred percent', 'a hundred per cent'];

/** States that an intensifier turns into an all-or-nothing demand. */
export const WHOLE_STATES: readonly string[] = [
  'calm', 'relaxed', 'confident', 'happy', 'fine', 'free', 'better', 'healthy', 'recovered', 'cured', 'over it',
  'normal', 'positive', 'fearless', 'fixed', 'gone', 'healed', 'at peace', 'in control', 'present', 'honest',
  'stress-free', 'anxiety-free', 'pain-free', 'worry-free', 'focused', 'organised', 'organized', 'on top of',
  'sure', 'certain', 'secure', 'ok', 'okay', 'well', 'independent', 'patient', 'committed', 'different',
];

/** Verbs of ending something, which an intensifier makes total ('stop completely'). */
export const END_VERBS: readonly string[] = [
  'stop', 'stopped', 'quit', 'eliminate', 'remove', 'cut out', 'get rid of', 'overcome', 'beat', 'eradicate',
  'change', 'transform', 'end', 'erase', 'banish', 'give up', 'cut', 'cure', 'fix', 'recover', 'heal',
];

/** All-or-nothing wording, by the kind of reframe that fits. */
export const AMBITIOUS_TEMPLATES: Readonly<Record<'forever' | 'total' | 'perfection' | 'absolute', readonly string[]>> = {
  forever: [
    'never {word} again',
    'never {word} {word} again',
    'never {word} {word} {word} again',
    'never {word} {word} {word} {word} again',
    'not {word} ever again',
    'not {word} {word} ever again',
    'ever again',
    'forever',
    'for ever',
    'never ever',
    'once and for all',
    'for good',
    'permanently',
  ],
  total: [
    '(overcome|beat|conquer|eliminate|end|erase|stop|fix|cure|get rid of|lose|remission of|free of|free from|rid of|clear of) all [of ][my |the |these |those ][{word} ]{problem}',
    '(full|complete|total|permanent) (remission|cure)',
    '(cure|cured of|be cured of) [my |the |of ]{word}',
    'all [of ](my|the|our) [{word} ][{word} ]{problem}',
    'no more {problem}',
    '(no|zero|not a single|not one|not even one) {problem}',
    '(solve|fix|sort out|sort|handle|avoid|prevent|stop|win|end|beat) (every|each|any) [single ]{problemOne}',
    '(my|the|our) (whole|entire) (life|family|marriage|house|home|self|past|future|world|career|personality)',
    '(fix|solve|change|sort out|sort|control|do|handle|manage|finish|clear) everything',
    'everything [{word} ][{word} ][{word} ][{word} ](done|right|perfect|perfectly|sorted|fixed|under control)',
    'everything on my [{word} ]list',
    '(cure|cured of|be cured of|fix|heal) [my |the ]{problem}',
    '(fix|change|sort out|solve) everything',
    'everything perfect',
  ],
  perfection: [
    '(perfect|perfectly|perfection|flawless|flawlessly|spotless|immaculate|immaculately)',
    '(top|full) marks',
    "straight (a's|as)",
    '(be|become|being) the best',
    '(get|getting|do|doing) (it|things|everything) right',
    '(never|not) (make|making) [a |any |one ][single ](mistake|mistakes|error|errors)',
    '(no|zero) (mistakes|errors)',
    'mistake-free',
  ],
  absolute: [
    'never',
    'always',
    'every single',
    '(without fail|without exception|no matter what|at all times|all the time)',
    '(be|feel|become|get|stay|being|feeling|am|to be) {intensifier} [{word}]',
    '{intensifier} {wholeState}',
    '{endVerb} [{word} ][{word} ]{intensifier}',
    '{intensifier} {endVerb}',
    '(100%|100 percent|100 per cent|a hundred percent|a hundred per cent) of',
  ],
};

/**
 * What 'never' may stand before when it is a rule about a place or a time ('Only smoke outside,
 * never in the flat', 'never after 9pm'): kept by design, like a smoke-free home, not perfectionism.
 */
export const NEVER_WHERE: readonly string[] = [
  'in', 'inside', 'indoors', 'at', 'near', 'around', 'in front of', 'on', 'before', 'after', 'during', 'past',
];

/** Words that soften an absolute ('almost always'): the phrase then asks for most of the time. */
export const SOFTENERS: readonly string[] = ['almost', 'nearly', 'not', 'near', 'mostly', "don't", 'dont', "doesn't", "isn't"];

// ---------------------------------------------------------------------------------------------
// missing-value

/** Words in a statement that say why a goal matters ('so that I can keep up with my kids'). */
export const PURPOSE_MARKERS: readonly string[] = [
  'so that', 'so i can', 'so i could', "so i'm", 'so i am', 'so i will', "so i'll", 'so i feel', 'so i have',
  'so i get', 'so we can', 'so my', 'in order to', 'because', 'to be able to', 'for the sake of',
  'which matters because', 'for my kids', 'for my children', 'for my family', 'for my health', 'for my son',
  'for my daughter', 'for my grandchildren', 'to be there for', 'so that i can',
];
