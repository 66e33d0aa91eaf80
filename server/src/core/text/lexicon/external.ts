/** What external-focus hears: other people, what they do, and the regard a goal asks of them. */
// Part of the lexicon: `../lexicon.ts` describes the template language and builds the slots from these lists.
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
