/** Suggesting the key or kind a writer probably meant. */
import { closest, distance } from 'fastest-levenshtein';

/** Words people use for template fields, mapped to the key this format uses. */
const SYNONYMS: Record<string, string> = {
  deadline: 'due',
  'due date': 'due',
  timeline: 'due',
  'target date': 'due',
  by: 'due',
  'end date': 'due',
  indicator: 'measure',
  indicators: 'measure',
  'success indicators': 'measure',
  tracking: 'measure',
  'value connection': 'value',
  values: 'value',
  why: 'value',
  barriers: 'obstacles',
  obstacle: 'obstacles',
  resources: 'supports',
  support: 'supports',
  actions: 'steps',
  'action steps': 'steps',
  step: 'steps',
  schedule: 'review',
  'review schedule': 'review',
  frequency: 'review',
  goal: 'statement',
  type: 'kind',
  parent: 'part of',
  gas: 'scale',
  'gas baseline': 'start level',
  'baseline level': 'start level',
  title: 'plan',
  therapist: 'clinician',
  patient: 'client',
};

/** Words people write for the values of choice fields, mapped to the choice this format uses. */
const CHOICE_SYNONYMS: Record<string, string> = {
  result: 'outcome',
  results: 'outcome',
  end: 'outcome',
  habit: 'process',
  routine: 'process',
  behaviour: 'process',
  behavior: 'process',
  ongoing: 'process',
  action: 'process',
  me: 'client',
  myself: 'client',
  self: 'client',
  patient: 'client',
  therapist: 'clinician',
  counsellor: 'clinician',
  counselor: 'clinician',
  doctor: 'clinician',
  both: 'together',
  us: 'together',
  jointly: 'together',
  shared: 'together',
  'short-term': 'short',
  'long-term': 'long',
};

/**
 * The choice a writer probably meant by `word`: a word people use for it (`result` is `outcome`),
 * or a near spelling. Undefined when no choice is close: `term: medium` is neither short nor long,
 * and a guess would change what the writer said.
 */
export function suggestChoice(word: string, choices: readonly string[]): string | undefined {
  const synonym = CHOICE_SYNONYMS[word];
  if (synonym) return choices.includes(synonym) ? synonym : undefined;
  return suggest(word, choices);
}

/**
 * The known word closest to `word`: a synonym, or a near spelling (one or two edits, or a third of
 * its letters for long words). Undefined when nothing is close enough to be a helpful guess.
 */
export function suggest(word: string, known: readonly string[]): string | undefined {
  const synonym = SYNONYMS[word];
  if (synonym && known.includes(synonym)) return synonym;
  if (known.length === 0) return undefined;
  const guess = closest(word, [...known]);
  // Short words get one edit; longer ones two (a swapped pair of letters is two) or a third of their length.
  const allowed = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
  return distance(word, guess) <= allowed ? guess : undefined;
}

/** ` Did you mean 'x'?` or the empty string. */
export function didYouMean(word: string, known: readonly string[]): string {
  const guess = suggest(word, known);
  return guess ? ` Did you mean '${guess}'?` : '';
}
