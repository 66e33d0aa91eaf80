/** What makes a goal measurable as written: one-off acts, occasions, attendance, safety, medication, abstinence and measures. */
// Part of the lexicon: `../lexicon.ts` describes the template language and builds the slots from these lists.
import { HARM_BEHAVIOURS, SUBSTANCES, TIME_UNITS } from './vocabulary';
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
