import type { Claim } from '../model/claim.js';

/**
 * The claim's predicate stands alone in brackets: a photo caption's position label ("her daughter (left)", AP
 * Stylebook, "captions"), not a verb, so it names no act or state to compare.
 */
export function bracketedPredicate(claim: Claim): boolean {
  const predicate = claim.proposition.predicate;
  if (!predicate) return false;
  const { text, start } = claim.proposition.span;
  const [from, to] = [predicate.span.start - start, predicate.span.end - start];
  if (from < 0 || to > text.length) return false;
  return text.slice(0, from).trimEnd().endsWith('(') && text.slice(to).trimStart().startsWith(')');
}
