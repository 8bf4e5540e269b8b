import type { Claim } from '../model/claim.js';

/** "until" or "till" before a date, with up to three words of its phrase between ("until early 2027", "until the end of May"). */
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * The claim's negation is focused on a time bound (Quirk et al. 1985, § 10.63: "will not go on sale until early 2027"
 * says it goes on sale then, not that it never will): the act is affirmed from that date on, so its dates are the
 * temporal detector's to compare, and no affirmation of the act is its denial.
 */
export function negatedUntilADate(claim: Claim): boolean {
  if (claim.proposition.negated !== true) return false;
  return claim.times.some((t) => UNTIL_BEFORE.test(claim.text.slice(0, Math.max(0, t.span.start - claim.span.start))));
}
