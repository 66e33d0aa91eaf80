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
import { gerund, thirdPerson } from './inflect';

// ---------------------------------------------------------------------------------------------
// Shared vocabulary

/** Number words, as clients write them ('three times', 'twenty minutes', 'a dozen'). */
export const NUMBER_WORDS: readonly string[] = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'a hundred', 'thousand',
  'a dozen', 'dozen', 'half', 'a half', 'half an', 'a quarter', 'quarter of an', 'a couple of', 'a pair of',
];

/** Day names, with the short forms people write in lists ('Mon, Wed and Fri'); 'sat' and 'sun' are words too, and stay out. */
export const WEEKDAYS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'weds', 'thu',
  'thur', 'thurs', 'fri',
];

/** Month names; 'may' is left out because it is also a verb, and is matched only after 'by', 'in' and the like. */
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
];

/** Units of time, singular and plural. */
export const TIME_UNITS: readonly string[] = [
  'day', 'days', 'night', 'nights', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years',
  'weekend', 'weekends', 'session', 'sessions', 'term', 'terms',
];

/** What a frequency is counted per: 'a week', 'each morning', 'every Sunday', 'per session'. */
export const FREQUENCY_UNITS: readonly string[] = [
  'day', 'night', 'morning', 'evening', 'afternoon', 'lunchtime', 'bedtime', 'week', 'weekday', 'weekend', 'workday',
  'working day', 'school day', 'fortnight', 'month', 'year', 'session', 'meeting', 'shift', 'meal', 'hour',
  'visit', 'call', 'class', 'lesson', 'other day', 'other week', 'dose', 'appointment', 'pick-up', 'payday',
  'episode', 'interaction', 'flare-up', 'craving', 'urge', ...WEEKDAYS,
];

/** Adverbs that are frequencies on their own. */
export const FREQUENCY_WORDS: readonly string[] = [
  'daily', 'nightly', 'weekly', 'fortnightly', 'monthly', 'yearly', 'annually', 'hourly', 'twice-weekly',
  'twice-daily', 'bi-weekly', 'biweekly', 'every time', 'each time', 'whenever', 'weekdays', 'weeknights',
];

/** Named times of year and events a deadline can point at ('by Christmas', 'before my birthday'). */
export const OCCASIONS: readonly string[] = [
  'christmas', 'easter', 'new year', "new year's", 'ramadan', 'eid', 'diwali', 'hanukkah', 'passover',
  'thanksgiving', 'spring', 'summer', 'autumn', 'fall', 'winter', 'half-term', 'half term', 'the holidays',
  'the summer', 'the winter', 'the spring', 'the autumn', 'my birthday', 'the weekend', 'the wedding',
  'my next session', 'our next session', 'the next session', 'my next appointment', 'the next review',
  'the end of the week', 'the end of the month', 'the end of the year', 'the end of term', 'month end',
  "month's end", "year's end", 'the new year', 'lunar new year', 'chinese new year', 'nowruz', 'the school holidays',
];

/** Words that stop a phrase from growing when a finding quotes the words around a match. */
export const STOP_WORDS: readonly string[] = [
  'with', 'to', 'and', 'or', 'but', 'so', 'for', 'of', 'in', 'on', 'at', 'by', 'from', 'about', 'because',
  'when', 'if', 'than', 'that', 'which', 'who', 'as', 'i', 'it', 'is', 'are', 'am', 'was', 'while', 'into',
  'without', 'until', 'till', 'before', 'after', 'each', 'every', 'per', 'this', 'next', 'within', 'during',
];

/** Determiners a quoted phrase carries along when a content word follows ('improve my sleep'). */
export const DETERMINERS: readonly string[] = ['my', 'the', 'a', 'an', 'our', 'his', 'her', 'their', 'your', 'this', 'that', 'some'];

/** Common English words; a statement with none of them is taken to be in another language. */
export const ENGLISH_MARKERS: readonly string[] = [
  'i', 'my', 'me', 'myself', 'the', 'a', 'an', 'to', 'and', 'with', 'on', 'in', 'at', 'by', 'for', 'of', 'each',
  'every', 'per', 'from', 'will', 'be', 'get', 'feel', 'have', 'more', 'less', 'better', 'stop', 'week', 'day',
  'days', 'weeks', 'times', 'once', 'twice', 'daily', 'weekly', 'no', 'not', 'never', 'all', 'always', 'improve',
  'work', 'sleep', 'walk', 'call', 'go', 'take', 'make', 'do', 'this', 'next', 'until', 'before', 'happier',
  'regularly', 'exercise', 'learn', 'spend', 'time', 'family', 'friends', 'relax', 'stay', 'keep', 'start',
  'try', 'use', 'practise', 'practice', 'read', 'write', 'eat', 'cook', 'drink', 'run', 'meditate', 'journal',
  'talk', 'tell', 'ask', 'say', 'see', 'visit', 'come', 'help', 'find', 'join', 'finish', 'quit', 'home', 'bed',
  'often', 'less', 'healthier', 'calmer', 'enjoy', 'myself', 'life', 'people', 'money', 'job', 'kids', 'partner', 'again', 'anymore', 'any more', 'get rid of', 'up', 'out', 'off', 'who', 'what',
];

/** Words before the aim of a goal that carry no aim of their own ('I want to', 'I will', 'try to'). */
export const FILLER_WORDS: readonly string[] = [
  'i', "i'll", "i'd", "i'm", 'im', 'will', 'would', 'want', 'wanna', 'to', 'like', 'need', 'hope', 'wish', 'try',
  'trying', 'really', 'just', 'finally', 'able', 'learn', 'going', 'am', 'gonna', 'aim', 'plan', 'must',
  'should', 'can', 'could', 'please', 'goal', 'is', 'my',
];

/**
 * How a goal written by someone else about the client starts: 'Client will', 'Pt to', 'Service
 * user to'. What follows is the client's own behaviour, as if they had written 'I will'.
 */
export const CLIENT_WORDS: readonly string[] = [
  'client', 'the client', 'pt', 'patient', 'the patient', 'service user', 'su', 'young person', 'yp', 'resident',
];

/** Verbs that state the aim is a state of being ('be anxiety-free', 'have no anxiety'). */
export const STATE_VERBS: readonly string[] = ['be', 'feel', 'become', 'stay', 'get', 'remain', 'keep', 'have', 'live', 'go', 'being', 'feeling'];

/** Words that put what follows in a condition, not the aim ('even if I feel anxious'). */
export const CONDITION_WORDS: readonly string[] = [
  'even if', 'even when', 'even though', 'despite', 'although', 'whether or not', 'when', 'whenever', 'if',
  'while', 'after', 'before', 'until', 'unless', 'though',
];

// ---------------------------------------------------------------------------------------------
// Verbs and people: who does what in a goal.

/**
 * Common verbs in their base form: what a goal asks someone to do. Nouns that are also verbs but
 * almost always places or things in goals ('school', 'bed', 'work', 'dinner') are left out, so that
 * 'Get my son to school' is not read as getting him to do something.
 */
export const VERBS: readonly string[] = `
  accept act add admit agree allow answer apologise apologize appreciate approve argue arrange arrive ask
  attend back bake be beat become begin behave believe blame book borrow bother break bring build buy call calm
  care carry catch change chat check cheat choose clean clear come comfort commit communicate complain complete
  consider contact continue control cook cope count criticise criticize cry cut dance deal decide defend
  deliver describe do dress drink drive drop eat email encourage end enjoy explain face fail fall feed feel
  fight fill find finish fix focus follow forget forgive get give go grow hand handle hang hate have hear help
  hide hit hold hug hurt ignore include invite join judge keep kick kiss know laugh lead learn leave lend let
  lie like listen live look lose love make manage marry mean meet mention message mind miss move nag need
  notice offer open organise organize own pack pay phone pick plan play post praise prepare pretend promise
  protect pull push put quit reach read realise realize recognise recognize remember remind repay reply
  respect respond rest return ring run say see sell send settle share shout show shut sign sing sit sleep
  smile smoke snap sort speak spend stand start stay stick stop study support swear take talk teach tell text
  thank think tidy touch treat trust try turn understand use value visit wait wake walk want wash watch wear
  welcome win wish worry write yell
`.trim().split(/\s+/);

/** The same verbs as a third person uses them ('my partner listens', 'the school gives'). */
export const VERBS_S: readonly string[] = VERBS.map(thirdPerson);

/** The same verbs in their -ing form ('stop my husband drinking'). */
export const VERBS_ING: readonly string[] = VERBS.map(gerund);

/** Modal verbs that put what follows in someone's hands: 'my kids will go to bed'. */
export const MODALS: readonly string[] = [
  'will', 'would', 'should', 'must', 'can', 'could', 'has to', 'have to', 'needs to', 'need to', 'is going to',
  'are going to', 'is to', 'are to', "won't", "wouldn't", "shouldn't", "can't", 'will not', 'would not',
];

/** Family members named without 'my' ('make Mum listen', 'Dad stops drinking'). */
export const KIN: readonly string[] = ['mum', 'mom', 'mam', 'mummy', 'dad', 'daddy', 'nan', 'nana', 'gran', 'granny', 'grandma', 'grandad', 'grandpa'];

/**
 * Bodies whose decisions a client can ask for but not make: 'get the council to fix the damp',
 * 'the school gives my son the support he needs'.
 */
export const INSTITUTIONS: readonly string[] = [
  'council', 'school', 'college', 'university', 'uni', 'court', 'courts', 'judge', 'police', 'dwp', 'job centre',
  'jobcentre', 'housing', 'housing association', 'housing office', 'social services', 'hospital', 'surgery',
  'gp surgery', 'practice', 'nhs', 'employer', 'company', 'firm', 'bank', 'government', 'benefits office',
  'cafcass', 'landlord', 'letting agent', 'agency', 'union', 'team', 'panel', 'tribunal', 'insurance',
  'insurers', 'home office', 'nursery', 'care home', 'work',
];

// ---------------------------------------------------------------------------------------------
// Substances: abstinence from them is a behaviour, not an avoided feeling or a total demand.

/** Substances and habits that recovery goals are about. */
export const SUBSTANCES: readonly string[] = [
  'alcohol', 'drink', 'drinks', 'drinking', 'booze', 'beer', 'beers', 'wine', 'pint', 'pints', 'spirits', 'vodka',
  'cigarette', 'cigarettes', 'smoke', 'smoking', 'tobacco', 'nicotine', 'vape', 'vaping', 'weed', 'cannabis',
  'joint', 'joints', 'drugs', 'cocaine', 'coke', 'heroin', 'opioids', 'pills', 'gambling', 'bets', 'betting',
  'the pub', 'the bookies', 'the casino', 'units',
];

/** Words that mean free of a substance ('completely sober' is abstinence, not perfectionism). */
export const ABSTINENCE_WORDS: readonly string[] = [
  'sober', 'clean', 'abstinent', 'dry', 'alcohol-free', 'drink-free', 'smoke-free', 'drug-free', 'nicotine-free',
  'gamble-free', 'bet-free', 'booze-free', 'off the drink', 'off the booze', 'teetotal',
];

/**
 * Self-harm and eating-disorder behaviours that a recovery goal stops ('Stop purging', 'No
 * self-harm', 'Stay binge-free'). Like a drink, each day has one or none, so the days free are
 * counted and restarted after a lapse, and a frequency ('on 3 days a week') is never the example.
 */
export const HARM_BEHAVIOURS: readonly string[] = [
  'self-harm', 'self-harming', 'self-harmed', 'self-injury', 'self-injuring', 'harm myself', 'harming myself',
  'hurt myself', 'hurting myself', 'cut myself', 'cutting myself', 'burn myself', 'burning myself', 'overdose',
  'overdoses', 'overdosing', 'take an overdose', 'taking an overdose', 'purge', 'purges', 'purging', 'bingeing',
  'binging', 'binges', 'binge eating', 'binge-eating', 'restricting food', 'restricting my food',
  'restricting my eating', 'restricting what i eat', 'vomiting', 'vomit', 'make myself sick', 'making myself sick',
  'make myself vomit', 'making myself vomit', 'laxatives', 'taking laxatives', 'skipping meals', 'skip meals',
];

/**
 * The same behaviours in words that have other senses ('cutting down', 'binge-watching',
 * 'restricting screen time'): read only after 'stop', 'no', 'without' and the like, and only where
 * no other word takes them elsewhere (goal-kind.ts).
 */
export const HARM_BEHAVIOURS_BARE: readonly string[] = ['cutting', 'restricting', 'restrict', 'binge'];

/** What may follow a bare harm word for it to keep its sense ('Stop cutting for 30 days', 'No binge days'). */
export const HARM_BARE_FOLLOWERS: readonly string[] = [
  'myself', 'again', 'for', 'and', 'or', 'until', 'till', 'when', 'whenever', 'if', 'since', 'anymore', 'any more',
  'at all', 'altogether', 'completely', 'on', 'after', 'before', 'during', 'every', 'each', 'today', 'from', 'food',
  'eating', 'meals', 'day', 'days', 'episode', 'episodes', 'urges', 'one',
];

// ---------------------------------------------------------------------------------------------
// Quantities and timeframes (read by quantities.ts and timeframes.ts). Built-in slots: {digits}
// (3, 7.5), {isoDate} (2027-01-31), {slashDate} (31/01/2027), {year} (2027), {dayNumber} (3rd),
// {clock} (23:00, 7pm, 7.30 am), {percent} (75%), {range} (3-4, 3–4, 3 to 4).

/** A deadline: a date or a point in time the goal is to be reached by. */
export const DEADLINE_TEMPLATES: readonly string[] = [
  '{isoDate}',
  '{slashDate}',
  '{dayNumber} [of ]{month}[ {year}]',
  '{month} {dayNumber}[ {year}]',
  '{month} {year}',
  '(by|before|until|till|to|through|in|during|from|for|end of|mid|mid-|early|late|start of|beginning of) [the end of |the start of |the middle of ]{month}',
  '(by|before|until|till|in|during|end of|mid|early|late) may',
  '{dayNumber} [of ]may[ {year}]',
  'may {dayNumber}[ {year}]',
  '(by|before|until|till|to|through|in|during|from|for) {year}',
  '(by|before|until|till|to|through|on|this|next|coming) {weekday}',
  '(this|next|the coming|coming|the next|the following) (week|month|year|weekend|term|fortnight|summer|winter|spring|autumn|session|quarter|semester)',
  '(by|before|until|till|for|over|after) {occasion}',
  '(by|before|until|till) [the ]end of [the |this |next ](week|month|year|term|summer|winter|spring|autumn|quarter|semester|{month})',
  '(within|in|inside|after) [the next |the coming |the first |my first |about |around ]{count} {timeUnit}',
  '(within|in|inside) (the next|the coming|the first|my first) {timeUnit}',
  '{count} {timeUnit} (from now|from today|from the start|time)',
  '(today|tonight|tomorrow|this morning|this afternoon|this evening)',
  "by (month's end|year's end|the weekend|next session|the next session|my next session)",
  '(by|before|until|till|at) (my|the|our) {month} (review|appointment|session|meeting|check-in|hearing|visit)',
];

/** A duration: how long a goal runs ('for 30 days', 'for four weeks', 'three weeks running'). */
export const DURATION_TEMPLATES: readonly string[] = [
  '(for|over|during|throughout) [the next |the coming |the first |my first |the last |at least ][full |whole |entire ]{count} [full |whole |entire ]{timeUnit}',
  '(for|over|during|throughout) (the next|the coming|the first|my first|the last) [full |whole |entire ]{timeUnit}',
  '{count} [full |whole ]{timeUnit} (running|in a row|straight|on end)',
  '(for|until) the rest of (the|this|my) (week|month|year|term|life)',
  'a {timeUnit} at a time',
];

/** A number or a frequency, by kind; the order is the order they are tried in. */
export const QUANTITY_TEMPLATES: Readonly<Record<'time' | 'percent' | 'score' | 'range' | 'multiplicative' | 'frequency' | 'number-word' | 'number', readonly string[]>> = {
  time: ['{clock}', '(noon|midday|midnight)', "{count} o'clock", '(half past|quarter past|quarter to) {count}'],
  percent: ['{percent}', '{count} (percent|per cent)'],
  score: ['{digits}/{digits}', '{count} out of {count}', '{count} (of|in) [every ]{count}'],
  range: ['{range}', '{numberWord} (to|or) {numberWord}'],
  multiplicative: ['(once|twice|thrice)', '{count} times', '{digits}x', '{digits} x'],
  frequency: [
    '(a|an|per|each|every|every other|every single) {frequencyUnit}',
    '(each|every|every other|after each|after every) {word} {frequencyUnit}',
    '{weekday} (and|or|&) {weekday}',
    '(the|my|our) {weekday} {word}',
    '{weekday} (mornings|evenings|nights|afternoons|lunchtimes)',
    '{frequencyWord}',
    '(on|at) {weekday}s',
    '(on|at) (weekdays|weekends|workdays|weeknights|school days|work days|working days)',
    '(mornings|evenings|nights|days|afternoons) a week',
  ],
  'number-word': ['{numberWord}'],
  number: ['{digits}'],
};

// ---------------------------------------------------------------------------------------------
// vague-goal

/** How a finding quotes the words around a vague match. */
export type QuoteShape = 'before' | 'after' | 'around' | 'as-is';

export interface VagueEntry {
  readonly phrase: string;
  readonly quote: QuoteShape;
}

/**
 * Vague or unobservable wording. Comparatives are quoted with the word before them ('sleep
 * better'); verbs with their object ('improve my sleep'). Templates below cover phrases that are
 * vague only with an abstract object ('sort out my life', but not 'sort out my tax return').
 */
export const VAGUE_WORDS: readonly VagueEntry[] = [
  ...['better', 'happier', 'healthier', 'calmer', 'fitter', 'stronger', 'kinder', 'nicer', 'easier',
    'more often', 'less often', 'more regularly', 'a lot more', 'a bit more', 'much more', 'lot better', 'a bit better',
    'a lot', 'a bit'].map((phrase) => ({ phrase, quote: 'before' as const })),
  ...['more', 'less'].map((phrase) => ({ phrase, quote: 'around' as const })),
  ...['regularly', 'often', 'frequently', 'occasionally', 'sometimes', 'as needed', 'when needed', 'properly'].map((phrase) => ({ phrase, quote: 'as-is' as const })),
  ...['improve', 'improves', 'improving', 'improved', 'improvement in', 'enhance', 'boost'].map((phrase) => ({ phrase, quote: 'after' as const })),
  ...[
    'feel better', 'feel good', 'feel okay', 'feel ok', 'feel normal', 'feel like myself', 'feel like me again',
    'be happy', 'be happier', 'be okay', 'be ok', 'be normal', 'be healthy', 'be healthier', 'be positive',
    'think positive', 'think positively', 'stay positive', 'be confident', 'feel confident', 'be more confident',
    'be mindful', 'be productive', 'be organised', 'be organized', 'get healthy', 'get fit', 'get in shape',
    'get my life together', 'get my life back', 'get my life back on track', 'get back on track', 'get my act together',
    'get my head straight', 'get my head together', 'get a grip', 'pull myself together', 'sort myself out',
    'sort my life out', 'sort my head out', 'find myself', 'get over it', 'in a better place',
    'in a good place', 'as much as possible', 'as often as possible', 'as much as i can', 'when i can',
    'try harder', 'do my best', 'make an effort', 'take care of myself', 'look after myself', 'look after me',
    'self-care', 'love myself', 'be kinder to myself', 'be a better person', 'be a better mum', 'be a better mom',
    'be a better dad', 'be a better parent', 'be a better partner', 'be a better friend', 'be a better husband',
    'be a better wife', 'get things done', 'get on top of things', 'get on top of it', 'be there for',
    'come to terms with', 'make peace with', 'let go of', 'under control', 'back on track', 'on track',
    'back to normal', 'my old self', 'be myself again', 'be me again', 'get back to myself', 'quality time',
  ].map((phrase) => ({ phrase, quote: 'as-is' as const })),
  ...['cut down', 'cut back', 'cutting down', 'cutting back'].map((phrase) => ({ phrase, quote: 'after' as const })),
];

/**
 * States a goal may ask to be in ('be calm', 'stay positive', 'feel more confident'): what they look
 * like from outside is for the goal to say. Substance-free states ('sober', 'clean') are not here:
 * days free of a drink are counted as they stand.
 */
export const STATE_ADJECTIVES: readonly string[] = [
  'calm', 'relaxed', 'confident', 'positive', 'present', 'patient', 'open', 'honest', 'kind', 'organised',
  'organized', 'productive', 'motivated', 'happy', 'content', 'peaceful', 'assertive', 'mindful', 'grounded',
  'centred', 'centered', 'resilient', 'independent', 'supportive', 'loving', 'caring', 'sensible', 'responsible',
  'mature', 'stable', 'strong', 'balanced', 'secure', 'settled', 'focused', 'focussed', 'disciplined',
  'consistent', 'reliable', 'grateful', 'hopeful', 'chilled', 'chilled out', 'laid-back', 'easygoing', 'brave',
  'sociable', 'outgoing', 'active', 'healthy', 'well', 'good', 'okay', 'ok', 'fine', 'normal', 'in control',
  'available', 'emotionally available', 'engaged', 'involved', 'understanding', 'tolerant', 'gentle',
  'forgiving', 'accepting', 'expressive', 'social', 'fit', 'thin', 'slim', 'attractive', 'successful', 'useful',
  'at peace', 'on top of things', 'in a good place', 'myself', 'less selfish', 'selfless', 'nicer', 'a nicer person',
  'better', 'happier', 'calmer', 'healthier', 'stronger', 'kinder', 'braver', 'fitter', 'wiser', 'closer',
];

/** Adjectives of approval that name no behaviour ('a good partner', 'a healthier relationship'). */
export const EVALUATIVE_WORDS: readonly string[] = [
  'good', 'better', 'best', 'healthy', 'healthier', 'proper', 'positive', 'normal', 'balanced', 'nice', 'nicer',
  'decent', 'happy', 'happier', 'calmer', 'stronger', 'great', 'loving', 'close', 'closer', 'strong', 'stable',
  'real', 'meaningful', 'fulfilling', 'whole',
];

/** What those adjectives are vague about: a way of living, a role, a relationship, a night's sleep. */
export const VAGUE_NOUNS: readonly string[] = [
  'relationship', 'relationships', 'relationship with food', 'balance', 'work-life balance', 'life', 'lifestyle',
  'routine', 'routines', 'habits', 'attitude', 'mindset', 'way', 'place', 'person', 'partner', 'mum', 'mom',
  'mother', 'dad', 'father', 'parent', 'friend', 'husband', 'wife', 'son', 'daughter', 'role model', 'example',
  'headspace', 'head space', 'self', 'night\'s sleep', 'nights sleep', 'sleep', 'diet', 'connection', 'bond',
  'marriage', 'communication', 'outlook', 'frame of mind', 'mental health', 'time', 'future',
];

/** Parts of the day a habit may name ('in the evenings'), to suggest a count in the client's words. */
export const PARTS_OF_DAY: readonly string[] = ['morning', 'mornings', 'evening', 'evenings', 'night', 'nights', 'afternoon', 'afternoons', 'lunchtime', 'lunchtimes'];

/** Objects that make 'sort out', 'work on', 'deal with' and the like vague. */
export const ABSTRACT_OBJECTS: readonly string[] = [
  'life', 'my life', 'myself', 'me', 'things', 'stuff', 'everything', 'it', 'my head', 'my issues', 'my problems',
  'issues', 'problems', 'my mess', 'my feelings', 'feelings', 'my emotions', 'emotions', 'my mental health',
  'mental health', 'my health', 'my confidence', 'confidence', 'my self-esteem', 'self-esteem', 'my anxiety',
  'anxiety', 'my stress', 'stress', 'my anger', 'anger', 'my temper', 'my mood', 'my moods', 'my depression',
  'my relationship', 'my relationships', 'our relationship', 'my marriage', 'my communication', 'communication',
  'my attitude', 'my mindset', 'my thinking', 'my past', 'my trauma', 'my fitness', 'my wellbeing',
  'my well-being', 'wellbeing', 'my finances', 'my habits', 'my behaviour', 'my behavior', 'my boundaries',
  'my self-worth', 'self-worth', 'self worth', 'my self-image', 'self-image', 'my self-belief', 'self-belief',
  'my self-confidence', 'self-confidence', 'my worth', 'my grief', 'my sleep', 'my eating',
];

export const VAGUE_TEMPLATES: readonly string[] = [
  '(sort|sorting) out {abstract}',
  '(sort|sorting) {abstract} out',
  '(work|working) on {abstract}',
  '(deal|dealing) with {abstract}',
  '(cope|coping) with {abstract}',
  '(focus|focusing|focussing) on {abstract}',
  '(manage|managing|handle|handling|fix|fixing|change|changing) {abstract}',
  '(get|getting) (over|past) {abstract}',
  '(figure|figuring) out {abstract}',
  '(move|moving) on from [the |my |what |this |that ]{word}',
  '(move|moving) on$',
  '(be|feel|become|stay|get|remain|seem|look|act|being|feeling|staying|becoming|keep) [more |less |a lot |so |really |much |a bit |a little |way |far |truly |fully |properly ]{stateAdjective}',
  '(be|become|being|becoming) (a|an|the) [more |much |really |truly |lot ]{evaluative} {word}',
  '{evaluative} {vagueNoun}',
  '(get|getting|bring|keep|keeping|have) {abstract} (back|under control|in control|on track|in order|sorted)',
  '(get|getting|keep|keeping|bring) [my |the |our ]{word} under control',
  '(build|building|rebuild|rebuilding|develop|developing|grow|regain|raise|strengthen) {abstract}',
  '(reduce|reducing|lower|lowering|decrease|decreasing|lessen|increase|increasing|limit|limiting) [my |the |our ]{word}',
  '(eat|eating|sleep|sleeping|do|doing|live|living|cope|coping|get on) well',
  '(heal|healing|recover|recovering|move on) from {word}',
  '(process|processing|grieve|grieving) [what happened|my {word}|the {word}|{word}]',
];

/**
 * Topics a vague goal may be about, each with the words that name it; the rule offers an example
 * reframe for the first topic a statement names.
 */
export const TOPICS: readonly { readonly topic: string; readonly words: readonly string[] }[] = [
  { topic: 'safety', words: ['safe', 'safety', 'self-harm', 'self harm', 'hurt myself', 'harm myself', 'suicidal', 'crisis'] },
  { topic: 'sleep', words: ['sleep', 'sleeping', 'bed', 'bedtime', 'insomnia', 'rest', 'tired'] },
  { topic: 'drinking', words: ['drink', 'drinking', 'alcohol', 'booze', 'smoke', 'smoking', 'cannabis', 'weed', 'gambling'] },
  { topic: 'worry', words: ['worry', 'worrying', 'overthinking', 'ruminating'] },
  { topic: 'anxiety', words: ['anxiety', 'anxious', 'calm', 'calmer', 'nervous', 'panic', 'stress', 'stressed', 'relax', 'relaxed'] },
  { topic: 'anger', words: ['anger', 'angry', 'temper', 'shout', 'shouting', 'snap', 'irritable'] },
  { topic: 'confidence', words: ['confident', 'confidence', 'assertive', 'speak up', 'say no', 'self-esteem', 'shy'] },
  { topic: 'mindfulness', words: ['mindful', 'mindfulness', 'present', 'meditate', 'meditation'] },
  {
    topic: 'eating-recovery',
    words: [
      'relationship with food', 'binge', 'bingeing', 'binging', 'purge', 'purging', 'restrict', 'restricting', 'meal plan',
      'eating disorder', 'anorexia', 'bulimia', 'fear food', 'fear foods',
    ],
  },
  // How someone feels about their body is not, on its own, an eating disorder: no meal plan is assumed.
  { topic: 'body-image', words: ['body image', 'my body', 'my weight', 'weigh myself', 'my looks', 'my appearance', 'the mirror'] },
  { topic: 'emotions', words: ['emotions', 'my emotions', 'feelings', 'my feelings', 'emotional', 'emotionally', 'overwhelmed'] },
  { topic: 'eating', words: ['eat', 'eating', 'food', 'vegetables', 'veg', 'fruit', 'cook', 'cooking', 'diet', 'meals'] },
  { topic: 'exercise', words: ['exercise', 'walk', 'walking', 'run', 'running', 'gym', 'fit', 'fitter', 'fitness', 'active', 'swim', 'cycle', 'shape'] },
  { topic: 'social', words: ['friend', 'friends', 'social', 'socialise', 'socialize', 'lonely', 'people', 'go out', 'family'] },
  { topic: 'work', words: ['work', 'job', 'study', 'studying', 'career', 'productive', 'organised', 'organized', 'course', 'cv'] },
  { topic: 'money', words: ['money', 'spending', 'spend', 'debt', 'debts', 'bills', 'budget', 'finances', 'savings', 'save'] },
  { topic: 'pain', words: ['pain', 'flare', 'flare-up', 'back pain', 'fibromyalgia', 'arthritis', 'fatigue'] },
  { topic: 'grief', words: ['grief', 'grieve', 'grieving', 'loss', 'losing', 'bereavement', 'died', 'death', 'passed'] },
  { topic: 'parenting', words: ['kids', 'children', 'son', 'daughter', 'parent', 'parenting', 'better dad', 'better mum', 'better mom', 'better father', 'better mother', 'baby', 'toddler', 'teenager'] },
  { topic: 'partner', words: ['partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'marriage', 'relationship', 'communication', 'communicate', 'argue', 'arguing'] },
  { topic: 'selfcare', words: ['myself', 'self-care', 'self care', 'me time', 'kinder'] },
  { topic: 'mood', words: ['mood', 'happy', 'happier', 'better', 'feel down', 'feeling down', 'low', 'depressed', 'life', 'enjoy', 'positive', 'mental health'] },
];

// ---------------------------------------------------------------------------------------------
// unmeasurable-goal

/**
 * Verbs of a one-off action: 'Tell my boss about my diagnosis by March' is done or not done by
 * its date, so it needs no number to be measurable.
 */
export const ONE_OFF_VERBS: readonly string[] = [
  'tell', 'ask', 'apply', 'apply for', 'book', 'sign up', 'register', 'enrol', 'enroll', 'buy', 'send', 'post',
  'submit', 'finish', 'complete', 'visit', 'return', 'choose', 'decide', 'arrange', 'schedule', 'quit', 'join',
  'find', 'talk to', 'speak to', 'write a letter', 'write to', 'make an appointment', 'see a', 'see my gp',
  'move', 'open', 'start my', 'start the', 'hand in', 'get a', 'get my', 'pass', 'sit', 'take my', 'take the',
  'go back to', 'return to', 'ring the', 'call the', 'email', 'contact', 'meet with', 'plan', 'write',
];

/** Events a goal may be tied to ('stay sober at my cousin's wedding'). */
export const EVENTS: readonly string[] = [
  'party', 'christmas party', 'office party', 'wedding', 'funeral', 'christening', 'reunion', 'dinner', 'barbecue',
  'bbq', 'match', 'game', 'concert', 'interview', 'job interview', 'appointment', 'graduation', 'birthday', 'exam',
  'christmas dinner', 'family dinner', 'meeting', 'review', 'hearing', 'mediation', 'presentation', 'talk', 'date',
  'do', 'gig', 'festival', 'holiday', 'trip', 'visit', 'school play', 'parents evening', "parents' evening",
];

/** A goal tied to one occasion is measurable as it stands: on that day it happened or it did not. */
export const SINGLE_OCCASION_TEMPLATES: readonly string[] = [
  'on {isoDate}',
  'on [the ]{dayNumber} [of ](may|{month})',
  'on (may|{month}) {dayNumber}',
  "at (the|my|our|his|her|their|a) [{word} ][{word}'s ]{event}",
  "at {word}'s {event}",
  "(on|for|at|before|by) (my|his|her|their|our|{name}'s|{word}'s) [{word} ]{event}",
  '(at|for|on|over|this|next) {occasion}',
  '{occasion} (dinner|lunch|party|day|eve|morning|meal|visit|do)',
  '(go|going|get|getting|come|coming) to (the|my|our|a|his|her|their) [{word} ][{occasion} ]{event}',
];

/**
 * Feats done once, on the day ('Run a marathon', 'Swim a length unaided'): with a habit verb they
 * are still a single act, done by their date or not, not a habit to count.
 */
export const FEATS: readonly string[] = [
  'marathon', 'half marathon', 'half-marathon', 'ultra', '5k', '10k', 'parkrun', 'park run', 'fun run', 'race',
  'triathlon', 'length', 'mile', 'charity walk', 'sponsored walk', 'sponsored swim', 'hike', 'trek',
];

export const FEAT_TEMPLATES: readonly string[] = [
  '(run|walk|swim|cycle|ride|do|complete|finish|enter|climb) (a|an|my first|the|my) [{word} ]{feat}',
];

/**
 * Attendance and completion are measurable as they stand: every session attended or not, the whole
 * programme finished or not ('Attend every scheduled session this week', 'Complete the full
 * residential programme').
 */
export const ATTENDANCE_TEMPLATES: readonly string[] = [
  '(every|each|all|all of|all [{digits} |{numberWord} ]of) [(my|the|our|his|her) ][{word} ][{word} ]{attendance}',
  "(never|not|don't|do not|won't|will not) (miss|skip|forget|be late for|be late to) [(my|the|a|any|our) ][{word} ][{word} ]{attendance}",
  '(complete|completing|finish|finishing|stay for|see through) (the|my) (full|whole|entire) [{word} ][{word} ](programme|program|course|treatment|detox|rehab|placement)',
  '(complete|completing|finish|finishing) (the|my) [{word} ][{word} ](programme|program|course|detox|rehab)',
];

/** What a person attends, keeps, collects or takes: sessions, appointments, doses, pick-ups. */
export const ATTENDANCE_NOUNS: readonly string[] = [
  'session', 'sessions', 'appointment', 'appointments', 'meeting', 'meetings', 'group', 'groups', 'class',
  'classes', 'visit', 'visits', 'lesson', 'lessons', 'shift', 'shifts', 'dose', 'doses', 'pick-up', 'pick-ups',
  'pickup', 'pickups', 'prescription', 'prescriptions', 'injection', 'injections', 'check-in', 'check-ins',
  'review', 'reviews', 'lecture', 'lectures', 'seminar', 'seminars', 'tablet', 'tablets', 'medication',
  'meds', 'test', 'tests', 'screening', 'screenings', 'hearing', 'hearings', 'contact visit', 'contact visits',
  'school run', 'school runs', 'drop-off', 'drop-offs', 'bill', 'bills', 'payment', 'payments',
];

/**
 * Taking a medicine or keeping safe: these are aims to keep every time, so a frequency such as
 * 'on 3 days a week' is never the right example, and 'always' is the point, not a perfectionist
 * demand ('Always carry my naloxone kit').
 */
export const SAFETY_WORDS: readonly string[] = [
  ...HARM_BEHAVIOURS, 'kill myself', 'killing myself', 'end my life', 'take my own life', 'taking my own life',
  'end it all', 'suicidal', 'suicide', 'stay alive', 'staying alive', 'keep myself alive', 'keep alive',
  'remain alive', 'safety plan', 'crisis line', 'crisis team', 'crisis number', 'samaritans', 'unsafe', 'safe',
  'safely', 'blades', 'ligature', 'ligatures', 'urge to hurt', 'urges to hurt',
];

/**
 * Harm reduction: kit that keeps a person safe each time they need it ('Use clean needles every
 * time'). Safety goals too, but kept each time, not through a crisis.
 */
export const HARM_REDUCTION_WORDS: readonly string[] = [
  'naloxone', 'seatbelt', 'seat belt', 'helmet', 'condom', 'condoms', 'clean needles', 'needle exchange', 'sharps bin',
];

/**
 * Goals of keeping oneself alive and safe ('Stay alive', 'Keep myself safe', 'Not act on suicidal
 * thoughts'): they have no end date, and nothing about them is done on some days only.
 */
export const STAYING_SAFE_TEMPLATES: readonly string[] = [
  '(stay|staying|keep|keeping|remain|remaining|be) [myself ](alive|safe)',
  "(not|don't|do not|won't|will not|never) (kill|killing|end|take) (myself|my life|my own life)",
  '(not|never) act on [my |the |these |those |any ][suicidal ](thoughts|urges|plans|feelings)',
  '(suicidal|suicide|self-harm|self-harming|safety plan|crisis line|crisis team)',
];

export const MEDICATION_WORDS: readonly string[] = [
  'medication', 'medications', 'meds', 'medicine', 'medicines', 'tablet', 'tablets', 'prescription',
  'prescriptions', 'dose', 'doses', 'dosette', 'inhaler', 'insulin', 'injection', 'injections', 'depot',
  'methadone', 'buprenorphine', 'subutex', 'espranor', 'antabuse', 'disulfiram', 'naltrexone', 'antidepressant',
  'antidepressants', 'antipsychotic', 'antipsychotics', 'lithium', 'epipen', 'pill', 'as prescribed',
];

/**
 * Verbs of an ongoing habit: with only a date ('Go swimming by March') they say when it starts,
 * not how often it happens, so a deadline does not make them measurable.
 */
export const HABIT_VERBS: readonly string[] = [
  'walk', 'run', 'jog', 'swim', 'cycle', 'exercise', 'meditate', 'journal', 'practise', 'practice', 'stretch',
  'study', 'train', 'eat', 'cook', 'sleep', 'drink', 'smoke', 'go swimming', 'go running', 'go walking',
  'go for walks', 'go for a walk', 'go to the gym', 'go to meetings', 'go to groups', 'spend time', 'play',
  'read', 'pray', 'relax', 'rest', 'socialise', 'socialize', 'volunteer', 'work out', 'keep', 'use',
];

/**
 * Aims that are a state or an end, not an act done on some days ('Be free from low mood', 'Cure my
 * insomnia', 'Make the urge go away'): a frequency added to their words makes no sense, so the
 * example names something to count instead. Read from where the aim starts (aim.ts).
 */
export const STATE_AIM_TEMPLATES: readonly string[] = [
  '^(be|feel|become|remain|seem|being|feeling|not|never|no|cure|heal|overcome|conquer|eliminate|eradicate|banish|erase|recover|achieve|reach)',
  '^(stay|keep|get|go|live) (free|rid|over|past|well|better|without)',
  '^(stop|quit) (feeling|being|having|getting)',
  '(go away|disappear|for good|once and for all|any more|anymore|ever again)',
];

/** Abstinence is countable as it stands: any drink, smoke or bet is one, and days free can be counted. */
export const ABSTINENCE_TEMPLATES: readonly string[] = [
  '{abstinence}',
  '(no|not|zero|without|avoid|avoiding|off) [any ]{substance}',
  '(stop|quit|give up|cut out|stopping|quitting|giving up) {substance}',
  "(not|don't|never|won't) (drink|smoke|use|gamble|vape|bet)",
];

/**
 * What makes a goal an abstinence goal whose days free are counted (and restarted after a lapse).
 * Stricter than ABSTINENCE_TEMPLATES: 'clean' and 'dry' count only where they mean free of a
 * substance ('stay clean', 'days clean'), never in 'keep the flat clean'.
 */
export const ABSTINENCE_COUNT_TEMPLATES: readonly string[] = [
  '(alcohol|drink|smoke|drug|nicotine|gamble|gambling|bet|booze|substance|cannabis|weed|vape)-free',
  '(sober|sobriety|abstinent|abstinence|teetotal)',
  '(stay|staying|stayed|be|being|remain|remaining|keep|keeping|get|getting) clean',
  'clean and sober',
  'clean (time|days|date)',
  '{digits} days clean',
  'off the (drink|booze)',
  '(no|not|zero|without|avoid|avoiding|off) [any ]{substance}',
  '(stop|quit|give up|cut out|stopping|quitting|giving up) {substance}',
  "(not|don't|never|won't) (drink|smoke|use|gamble|vape|bet)",
  '(stop|quit|give up|stopping|quitting|giving up) {@harm}',
  "(no|zero|without|avoid|avoiding|not|never|don't|do not|won't|will not) [any |more ]{@harm}",
  '{@harm}-free',
  '(free of|free from) [any |all ]{@harm}',
];

/**
 * Words of housework: with one of them, 'clean' is about a room, not a substance ('Stay clean and
 * tidy in the kitchen', 'Keep clean the counters').
 */
export const HOUSEWORK_WORDS: readonly string[] = [
  'tidy', 'tidied', 'neat', 'organised', 'organized', 'kitchen', 'house', 'flat', 'apartment', 'room', 'bedroom',
  'bathroom', 'desk', 'counters', 'counter', 'dishes', 'laundry', 'floor', 'floors', 'car', 'clutter', 'mess',
];

/**
 * What a zero target counts when it is abstinence: uses of a substance or a bet ('0 drinks/week',
 * '0 cigarettes a day', '0 days used'). A zero of anything else ('0 emails', '0 minutes of worry')
 * is a target like any other, with no days free to count.
 */
export const USE_UNITS: readonly string[] = [
  ...SUBSTANCES, 'cigs', 'smokes', 'vapes', 'puffs', 'bet', 'hits', 'uses', 'used', 'using', 'drinking days',
  'lapses', 'relapses', 'binges', 'purges', 'self-harm', 'gambles',
];

/** Words that make a goal an ongoing habit, which a deadline alone cannot measure. */
export const HABIT_WORDS: readonly string[] = [
  'start', 'starting', 'keep', 'keep up', 'regularly', 'often', 'usually', 'routinely', 'habit', 'routine',
  'in the evenings', 'in the mornings', 'in the afternoons', 'at night', 'most days',
  'sometimes', 'continue', 'maintain', 'again', 'consistently', 'always', 'generally', 'more', 'less',
];

/**
 * Words that make a `measure:` or `target:` count or check something without a number: a unit, a
 * scale or questionnaire, a yes or no, a tally ('evenings with an entry, ticked on the calendar',
 * 'Rosenberg scale', 'done or not'). 'How I feel' and 'better than now' have none of them.
 */
export const MEASURE_WORDS: readonly string[] = [
  ...TIME_UNITS, 'mornings', 'evenings', 'afternoons', 'lunchtimes', 'weekdays', 'minutes', 'minute', 'mins', 'hours',
  'hour', 'hrs', 'times', 'steps', 'pages', 'lengths', 'miles', 'km', 'kg', 'kilos', 'pounds', 'stone', 'drinks',
  'cigarettes', 'cigs', 'attacks', 'entries', 'entry', 'walks', 'meals', 'snacks', 'calls', 'visits', 'lapses',
  'episodes', 'portions', 'glasses', 'cups', 'scale', 'score', 'scores', 'rating', 'ratings', 'rate', 'rated',
  'questionnaire', 'phq', 'gad', 'core', 'wemwbs', 'rosenberg', 'diary', 'log', 'logged', 'chart', 'tally', 'count',
  'counted', 'number of', 'how many', 'how often', 'how long', 'how much', 'tick', 'ticked', 'ticks', 'checklist',
  'calendar', 'yes/no', 'yes or no', 'done or not', 'whether', 'every', 'each', 'none', 'zero', 'no', 'never',
  'always', 'alone', 'on my own', 'unaided', 'without help', 'completed', 'achieved', 'done', 'attended', 'passed',
  'sober', 'abstinent',
];

/** Words that judge or compare without saying by how much ('better than now', 'more', 'how I feel'). */
export const LOOSE_MEASURE_WORDS: readonly string[] = [
  'better', 'worse', 'more', 'less', 'fewer', 'happier', 'calmer', 'healthier', 'improved', 'improvement', 'improve',
  'progress', 'than now', 'than before', 'than usual', 'as before', 'how i feel', 'how i am', "how i'm doing",
  'how things are', 'how things go', 'how it goes', 'how it feels', 'feel', 'feeling', 'feels', 'my mood', 'mood',
  'good', 'okay', 'ok', 'fine', 'normal',
];

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

// ---------------------------------------------------------------------------------------------
// external-focus

export const PEOPLE: readonly string[] = [
  'partner', 'husband', 'wife', 'spouse', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée',
  'mum', 'mom', 'mother', 'mam', 'dad', 'father', 'parents', 'stepmum', 'stepdad', 'mother-in-law',
  'father-in-law', 'in-laws', 'sister', 'brother', 'siblings', 'son', 'daughter', 'kids', 'children', 'child',
  'teenager', 'boss', 'manager', 'supervisor', 'colleague', 'colleagues', 'coworker', 'coworkers', 'co-worker',
  'co-workers', 'team', 'friend', 'friends', 'best friend', 'family', 'teacher', 'ex', 'ex-wife', 'ex-husband',
  'ex-partner', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'flatmate', 'flatmates', 'roommate',
  'housemate', 'grandma', 'grandad', 'granddad', 'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin',
  'stepson', 'stepdaughter', 'landlord', 'doctor', 'gp', 'therapist', 'sponsor', 'other half',
  'ex-boyfriend', 'ex-girlfriend', 'stepmom', 'step-dad', 'step-mum', 'stepfather', 'stepmother', 'nan', 'nana',
  'gran', 'granny', 'grandpa', 'grandparents', 'grandson', 'granddaughter', 'grandkids', 'grandchildren',
  'auntie', 'nephew', 'niece', 'twin', 'baby', 'toddler', 'teen', 'teens', 'teenagers', 'boys', 'girls', 'lad',
  'lads', 'mate', 'mates', 'pal', 'pals', 'classmates', 'students', 'pupils', 'staff', 'line manager',
  'team leader', 'employer', 'carer', 'carers', 'key worker', 'keyworker', 'social worker', 'probation officer',
  'nurse', 'psychiatrist', 'counsellor', 'counselor', 'consultant', 'landlady', 'lodger', 'housemates',
  'roommates', 'husband-to-be', 'wife-to-be', 'family members', 'relatives', 'son-in-law', 'daughter-in-law',
  'brother-in-law', 'sister-in-law', 'fiancé', 'partner\'s family', 'team mates', 'teammates', 'clients',
  'customers', 'neighbour', 'child\'s father', 'child\'s mother', 'baby\'s father', 'baby\'s mother',
];

export const POSSESSIVES: readonly string[] = ['my', 'our', 'the', 'his', 'her', 'their', 'your'];

export const OBJECT_PRONOUNS: readonly string[] = [
  'him', 'her', 'them', 'people', 'everyone', 'everybody', 'others', 'other people', 'someone', 'somebody', 'anyone',
];

export const SUBJECT_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'people', 'everyone', 'everybody', 'others', 'other people'];

/** What other people do, grouped by the kind of own-behaviour reframe that fits. */
export const OTHERS_ACTIONS: Readonly<Record<'understand' | 'help' | 'change' | 'contact' | 'regard', readonly string[]>> = {
  understand: ['listen', 'hear', 'understand', 'see', 'notice', 'realise', 'realize', 'believe', 'get it', 'know', 'apologise', 'apologize', 'say sorry', 'admit'],
  help: ['help', 'support', 'do', 'clean', 'tidy', 'cook', 'pay', 'share', 'pick up', 'take', 'give', 'eat', 'come', 'go', 'join', 'let', 'agree', 'do more', 'help out', 'pull their weight'],
  change: ['stop', 'quit', 'change', 'drink less', 'shout', 'yell', 'behave', 'treat', 'calm down', 'back off', 'cut down', 'leave', 'move out', 'move'],
  contact: ['call', 'ring', 'text', 'visit', 'invite', 'include', 'reply', 'answer', 'talk', 'spend time', 'open up', 'write', 'message', 'forgive', 'take me back', 'come back', 'get back together'],
  regard: ['like', 'love', 'accept', 'respect', 'appreciate', 'value', 'trust', 'approve', 'care', 'want', 'choose', 'be proud', 'be happy', 'proud', 'happy', 'be nice', 'be kind', 'be kinder', 'be nicer', 'take me seriously', 'treat me'],
};

/** The same actions in the third person ('my partner listens'). */
export const OTHERS_ACTIONS_S: readonly string[] = [
  'listens', 'hears', 'understands', 'notices', 'realises', 'realizes', 'believes', 'apologises', 'apologizes',
  'admits', 'helps', 'supports', 'cleans', 'cooks', 'pays', 'shares', 'agrees', 'lets', 'stops', 'quits',
  'changes', 'shouts', 'yells', 'behaves', 'treats', 'leaves', 'calls', 'rings', 'texts', 'visits', 'invites',
  'includes', 'replies', 'answers', 'forgives', 'likes', 'loves', 'accepts', 'respects', 'appreciates', 'values',
  'trusts', 'approves', 'cares', 'wants', 'chooses', 'comes back', 'takes me back', 'sees',
];

/** Feelings and regard that other people give ('be liked by everyone', 'feel respected by my boss'). */
export const GIVEN_REGARD: readonly string[] = [
  'liked', 'loved', 'accepted', 'respected', 'understood', 'appreciated', 'noticed', 'forgiven', 'included',
  'invited', 'chosen', 'heard', 'valued', 'taken seriously', 'listened to', 'believed', 'trusted', 'approved of',
  'praised', 'recognised', 'recognized', 'wanted', 'admired',
];

/** What other people give that a client can hope for but not make happen ('earn my dad's approval'). */
export const REGARD_NOUNS: readonly string[] = [
  'approval', 'respect', 'trust', 'love', 'forgiveness', 'attention', 'blessing', 'acceptance', 'understanding',
  'permission', 'praise', 'recognition', 'affection', 'support', 'admiration', 'loyalty',
];

/**
 * Someone else doing something: a causative ('get my manager to give me more shifts', 'have my mum
 * stop calling me lazy'), a wish for them to act, their regard, or them as the goal's subject.
 */
export const EXTERNAL_TEMPLATES: readonly string[] = [
  '(get|getting|got) {@person} to {@act}',
  '(make|making) {@person} {@act}',
  '(have|having) {@person} {@act}',
  "[(i|i'd|i would|we|we'd) ](want|wants|wanting|need|needs|needing|wish|wishes|hope|hopes|expect|expects|like|likes|love|loves|convince|persuade|force|forcing|convincing|persuading) {@person} to {@act}",
  '^[for ]{@person} to {@act}',
  '(stop|stopping) {@person} [from ]{@acting}',
  "(earn|earning|win|winning|gain|gaining|regain|regaining|get|getting|keep|have|having) [back ]{@person}('s|') [{word} ]{@regardNoun}",
  '(earn|earning|win|winning|gain|gaining|regain|regaining) [back ]the {@regardNoun} of {@person}',
  '(be|being|feel|feeling|get|getting) {@regard} by {@person}',
  '(win|winning) {@person} back',
  '(win|winning) back {@person}',
  '(convince|convincing|persuade|persuading) {@person}',
];

/**
 * Someone else as the subject of the goal ('my partner listens to me', 'the school gives my son
 * the support he needs', 'my kids will go to bed'): read only where the goal's aim starts, since
 * later in a statement the same words are usually a situation ('when my mum calls').
 */
export const SUBJECT_TEMPLATES: readonly string[] = [
  '{@subject} [(at|in|from|of|on) [the |my |our ]{word} ][{modal} ][not ]({@actsS}|{@act})',
];

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
