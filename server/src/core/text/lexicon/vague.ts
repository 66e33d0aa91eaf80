/** What vague-goal hears: vague words and templates, and the topics examples are chosen by. */
// Part of the lexicon: `../lexicon.ts` describes the template language and builds the slots from these lists.
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
