/**
 * Where a goal's aim starts: after the words that only introduce it ('I want to', 'I'll try to',
 * 'Client will', 'Pt to', 'My goal is to'). Rules that ask what a goal is about read from there,
 * so 'I want my partner to listen' and 'My partner listens' are read the same way.
 */
import { CLIENT_WORDS, FILLER_WORDS } from './lexicon';
import { findPhrases, fold, words, type Span } from './words';

/** 'my' is filler only in 'my goal is to', 'my aim is to', 'my plan is to'. */
const MY_LEAD = /^my\s+(?:goal|aim|plan|target|hope)\b/;

/** The offset in `text` where the aim starts, and its first word. */
export function aimOf(text: string): { start: number; head: Span | undefined } {
  const folded = fold(text);
  // A clinician's note names the client first: 'Client will attend', 'Service user to complete'.
  const client = findPhrases(text, CLIENT_WORDS).find((span) => /^\W*$/.test(text.slice(0, span.start)));
  const from = client && /^\s+(?:will|to|is to|would like to|wants to|needs to|agrees to|plans to)\b/i.test(text.slice(client.end)) ? client.end : 0;
  for (const word of words(folded).filter((w) => w.start >= from)) {
    const rest = folded.slice(word.start);
    const filler = word.text === 'my' ? MY_LEAD.test(rest) : FILLER_WORDS.includes(word.text) || ['wants', 'needs', 'agrees', 'plans', 'goal', 'aim', 'target'].includes(word.text);
    if (!filler) return { start: word.start, head: { start: word.start, end: word.end, text: text.slice(word.start, word.end) } };
  }
  return { start: text.length, head: undefined };
}

/** True when nothing but lead-in words comes before `offset` ('I want to' | 'stop feeling anxious'). */
export function startsAim(text: string, offset: number): boolean {
  return aimOf(text.slice(0, offset)).start >= offset;
}
