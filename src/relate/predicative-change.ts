import { NOT_A_CHANGE_AFTER, PREDICATIVE_CHANGE } from '../lexicon/change-direction.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { perClaim } from './per-claim.js';
import { claimWords, tokenAt } from './words.js';

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

export const predicativeChange: (claim: Claim) => PredicativeChange | undefined = perClaim(readPredicativeChange);

function readPredicativeChange(claim: Claim): PredicativeChange | undefined {
  const { predicate } = claim.proposition;
  if (!predicate) return undefined;
  const { tokens } = claimWords(claim);
  const at = tokenAt(tokens, predicate.span.end);
  const [adverb, next] = [tokens[at], tokens[at + 1]];
  const direction = adverb && PREDICATIVE_CHANGE[`${predicate.lemma.toLowerCase()} ${adverb.lower}`];
  if (!adverb || direction === undefined || (next !== undefined && NOT_A_CHANGE.has(next.lower))) return undefined;
  const { start } = predicate.span;
  const span = { start, end: adverb.span.end, text: claim.proposition.span.text.slice(start - claim.proposition.span.start, adverb.span.end - claim.proposition.span.start) };
  return { direction, verb: direction === 'up' ? 'rise' : 'fall', span };
}
