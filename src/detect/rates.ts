import type { Claim, Quantity } from '../model/claim.js';

/**
 * The unit a figure is given per, from the words right after it: "$10 a month", "40 barrels per day", "3 km/h". A
 * distributive "a" / "per" (Quirk et al. 1985, § 5.62) makes the figure a rate, which a total never contradicts.
 */
const RATE = /^\s*(?:(?:a|an|per|each|every)\s+|\/\s*)([\p{L}]+)/iu;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** The noun the figure is counted per, lower-cased; undefined for a plain figure. */
export function ratePer(claim: Claim, q: Quantity): string | undefined {
  const after = claim.text.slice(q.span.end - claim.span.start);
  const noun = RATE.exec(after)?.[1]?.toLowerCase();
  return noun === undefined || DETERMINERS.has(noun) ? undefined : noun;
}

/** A rate and a total, or rates per different units, are two measures ("$10 a month" / "$3 billion"). */
export function differentRates(a: Claim, x: Quantity, b: Claim, y: Quantity): boolean {
  return ratePer(a, x) !== ratePer(b, y);
}
