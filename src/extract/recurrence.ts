import type { Quantity } from '../model/claim.js';
import type { TextView } from '../ingest/types.js';

/** Words that make a following duration the period of a repeated act: "every two weeks", "once every three years". */
const RECURRENCE_WORDS = /\b(?:every|each)\s+$/i;
/** How far back from a duration the recurrence word may stand. */
const REACH = 8;

/**
 * "you can donate every two weeks": a duration after "every" is how often an act recurs (a frequency adjunct, Quirk
 * et al. 1985 § 8.64), not how long it lasts; it is marked dimension 'recurrence', so it is compared only with another
 * recurrence period ("every three weeks"), never with a duration ("takes about 90 minutes").
 */
export function markRecurrence(doc: TextView, found: readonly Quantity[]): Quantity[] {
  return found.map((q) => (q.dimension === 'duration' && RECURRENCE_WORDS.test(doc.view.slice(Math.max(0, q.span.start - REACH), q.span.start)) ? { ...q, dimension: 'recurrence' } : q));
}
