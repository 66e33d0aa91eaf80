/** Shared vocabulary: numbers, days, months, units of time, verbs and people, and substances. */
// Part of the lexicon: `../lexicon.ts` describes the template language and builds the slots from these lists.
import { gerund, thirdPerson } from '../inflect';
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
