import type { Time } from '../model/claim.js';
import { PARTS_OF_DAY } from '../lexicon/date-cues.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { ONSET_PREPOSITIONS, STATE_SINCE } from '../lexicon/onset-cues.js';

const words = (list: readonly string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+')).join('|');
// "the evening of" may stand between the cue and the date.
const PART_OF_DAY = `(?:the\\s+(?:${words(PARTS_OF_DAY)})\\s+of\\s+)?`;
/** Up to this many characters before a date are read for its cue. */
const LOOK_BACK = 40;
const SINCE_BEFORE = new RegExp(`\\b(?:${words(STATE_SINCE)})\\s+${PART_OF_DAY}$`, 'i');
const onsetBefore = (lexicon: Pick<Lexicon, 'onsetVerbs'>) => new RegExp(`\\b(?:${words(lexicon.onsetVerbs)})\\s+(?:${words(ONSET_PREPOSITIONS)})\\s+${PART_OF_DAY}$`, 'i');

/**
 * What a date marks, from the words right before it (view[floor, start)): 'state' for "since May 8" (a state that
 * began then and still holds), 'event' for "broke out on May 8" (the onset itself), undefined otherwise.
 */
export function openingBefore(view: string, start: number, floor: number, lexicon: Pick<Lexicon, 'onsetVerbs'>): Time['opens'] {
  const before = view.slice(Math.max(floor, start - LOOK_BACK), start);
  if (SINCE_BEFORE.test(before)) return 'state';
  if (derived(lexicon, onsetBefore).test(before)) return 'event';
  return undefined;
}
