/**
 * Whether a goal's aim is an act that can be done on some days ('Walk the dog', 'Call my mum') or
 * a state or an end ('Be free from low mood', 'Cure my insomnia for good'): only the first can
 * take a frequency as its example.
 */
import { STATE_AIM_TEMPLATES } from './lexicon';
import { aimOf } from './aim';
import { matchTemplates } from './patterns';

/** True when the aim is an act, so that 'on 3 days a week' after it reads as a plan. */
export function isDoneOnDays(text: string): boolean {
  const aim = text.slice(aimOf(text).start);
  return aim.trim() !== '' && matchTemplates(aim, STATE_AIM_TEMPLATES).length === 0;
}
