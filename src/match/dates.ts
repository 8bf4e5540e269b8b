import type { Claim, Time } from '../model/claim.js';

/** Two dates can be compared: both state (or resolve) their year, or both lack one and carry the placeholder year. */
export function datesComparable(x: Time, y: Time): boolean {
  return (x.yearless ?? false) === (y.yearless ?? false);
}

/** The comparable date pairs of two claims. */
function comparablePairs(a: Claim, b: Claim): [Time, Time][] {
  return a.times.flatMap((x) => b.times.filter((y) => datesComparable(x, y)).map((y) => [x, y] as [Time, Time]));
}

/** Both claims are dated comparably, and no date of one overlaps a comparable date of the other. */
export function datesClash(a: Claim, b: Claim): boolean {
  const pairs = comparablePairs(a, b);
  return pairs.length > 0 && pairs.every(([x, y]) => x.to < y.from || y.to < x.from);
}

/** Some comparable date of one claim shares no day with a date of the other ("closes on June 16" … "reopens in July"). */
export function someDifferentDates(a: Claim, b: Claim): boolean {
  return comparablePairs(a, b).some(([x, y]) => x.to < y.from || y.to < x.from);
}
