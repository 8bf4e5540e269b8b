import type { Claim, Quantity } from '../model/claim.js';

/** The whole that percentages are shares of, in the percent dimension's base unit. */
const WHOLE = 100;

/** A percentage before the predicate: the share of a group the claim speaks of ("60% of voters backed …"). */
function subjectShare(c: Claim): Quantity | undefined {
  const predicate = c.proposition.predicate;
  if (!predicate) return undefined;
  return c.quantities.find((q) => q.dimension === 'percent' && q.span.end <= predicate.span.start);
}

/** Both claims say the same of their groups: one predicate, held the same way. */
function samePredication(a: Claim, b: Claim): boolean {
  const [x, y] = [a.proposition, b.proposition];
  return x.predicate?.lemma.toLowerCase() === y.predicate?.lemma.toLowerCase() && x.state === y.state && x.negated === y.negated;
}

/**
 * Two claims say different things of shares of a group that can be two parts of one whole: "60% of voters backed the
 * plan" / "40% of voters opposed it" (or "did not back it"). Opposite or negated predications over parts of a group are
 * no clash unless the parts cannot both fit in the whole (60% backed / 45% opposed: at least 105%). The smallest share
 * each figure allows is taken, so an "about" or "at least" figure is read at its most compatible.
 */
export function complementaryShares(a: Claim, b: Claim): boolean {
  const [x, y] = [subjectShare(a), subjectShare(b)];
  if (!x || !y || samePredication(a, b)) return false;
  return (x.base.from ?? 0) + (y.base.from ?? 0) <= WHOLE;
}
