import { NOT_A_CHANGE_AFTER, PREDICATIVE_CHANGE } from '../lexicon/change-direction.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { perClaim } from './per-claim.js';

/**
 * "Sales were up 5%", "numbers are down on last year": "up" or "down" right after "be" tells a rise or fall of the
 * subject (lexicon/change-direction.ts PREDICATIVE_CHANGE), unless a phrase goes on from it ("up for sale", "up and
 * running"). The change and the words that tell it ("were up"), once per claim.
 */
export interface PredicativeChange {
  direction: 'up' | 'down';
  /** The verb of change the phrase amounts to: "rise" or "fall". */
  verb: 'rise' | 'fall';
  span: Span;
}

const NOT_A_CHANGE: ReadonlySet<string> = new Set(NOT_A_CHANGE_AFTER);
const ADVERB_AFTER = /^(\s*)(\p{L}+)(?:\s+(\p{L}+))?/u;

export const predicativeChange: (claim: Claim) => PredicativeChange | undefined = perClaim(readPredicativeChange);

function readPredicativeChange(claim: Claim): PredicativeChange | undefined {
  const { predicate } = claim.proposition;
  if (!predicate) return undefined;
  const offset = predicate.span.end - claim.span.start;
  const m = ADVERB_AFTER.exec(claim.span.text.slice(offset));
  if (!m) return undefined;
  const [adverb, next] = [m[2]!.toLowerCase(), m[3]?.toLowerCase()];
  const direction = PREDICATIVE_CHANGE[`${predicate.lemma.toLowerCase()} ${adverb}`];
  if (direction === undefined || (next !== undefined && NOT_A_CHANGE.has(next))) return undefined;
  const end = predicate.span.end + m[1]!.length + m[2]!.length;
  const span = { start: predicate.span.start, end, text: claim.span.text.slice(predicate.span.start - claim.span.start, end - claim.span.start) };
  return { direction, verb: direction === 'up' ? 'rise' : 'fall', span };
}
