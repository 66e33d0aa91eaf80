/**
 * The few English inflections the wording rules need, so that the lexicon lists each verb once, in
 * its base form ('listen'), and the rules still hear 'my partner listens' and 'stop my husband
 * drinking'. Regular rules cover almost every verb clients use; the irregular ones are listed.
 */

const IRREGULAR_S: Readonly<Record<string, string>> = { be: 'is', have: 'has', do: 'does', go: 'goes' };

/** Short verbs whose last consonant doubles before -ing ('stop' → 'stopping'). */
const DOUBLING = new Set([
  'stop', 'get', 'let', 'put', 'sit', 'set', 'cut', 'run', 'swim', 'plan', 'shop', 'chat', 'hit', 'quit', 'nag',
  'snap', 'drop', 'skip', 'jog', 'beg', 'hug', 'rob', 'slam', 'spit', 'trip', 'dig', 'wrap', 'grab', 'admit',
  'regret', 'commit', 'forget', 'begin', 'permit', 'refer', 'prefer', 'travel', 'control',
]);

/** The third person singular of a base verb: 'listen' → 'listens', 'watch' → 'watches', 'try' → 'tries'. */
export function thirdPerson(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  if (IRREGULAR_S[head!]) return IRREGULAR_S[head!] + tail;
  if (/(s|sh|ch|x|z|o)$/.test(head!)) return `${head}es${tail}`;
  if (/[^aeiou]y$/.test(head!)) return `${head!.slice(0, -1)}ies${tail}`;
  return `${head}s${tail}`;
}

/** The -ing form of a base verb: 'drink' → 'drinking', 'make' → 'making', 'stop' → 'stopping', 'lie' → 'lying'. */
export function gerund(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const word = head!;
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying${tail}`;
  if (word === 'be' || word === 'see' || word.endsWith('ee')) return `${word}ing${tail}`;
  if (word.endsWith('e') && word.length > 2) return `${word.slice(0, -1)}ing${tail}`;
  if (DOUBLING.has(word)) return `${word}${word.at(-1)}ing${tail}`;
  return `${word}ing${tail}`;
}
