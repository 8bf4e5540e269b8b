import type { Claim } from '../model/claim.js';

/** Both claims are dated, and no date of one overlaps a date of the other. */
export function datesClash(a: Claim, b: Claim): boolean {
  if (a.times.length === 0 || b.times.length === 0) return false;
  return a.times.every((x) => b.times.every((y) => x.to < y.from || y.to < x.from));
}
