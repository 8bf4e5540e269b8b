import type { Claim } from '../model/claim.js';
import { samePlaceOrWithin } from '../extract/gazetteer.js';

/** A designator with a number right before "to PLACE": "Flight 567 to Portland", "Route 9 to Albany", "bus 42 to Leeds". */
const DESIGNATED = /\b(\p{L}+)\s+(\d+[A-Za-z]?)\s*$/u;

/** Each destination of a numbered vehicle or route the claim names, keyed by its designator ("flight 567" → Portland). */
function destinations(claim: Claim): Map<string, Claim['places']> {
  const out = new Map<string, Claim['places']>();
  for (const p of claim.places) {
    if (p.role !== 'to') continue;
    const before = claim.text.slice(0, Math.max(0, p.span.start - claim.span.start)).replace(/\s*\bto\s*$/i, '');
    const m = DESIGNATED.exec(before);
    if (m === null) continue;
    const key = `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`;
    out.set(key, [...(out.get(key) ?? []), p]);
  }
  return out;
}

/**
 * Both claims name one numbered flight, train or route with a destination ("Flight 567 to Portland" / "Flight 567 to
 * Seattle"): a numbered service has one destination whatever else each claim tells of it, so its two destinations are
 * compared even when the claims' verbs name different acts.
 */
export function oneDesignatedService(a: Claim, b: Claim): boolean {
  const [x, y] = [destinations(a), destinations(b)];
  for (const [key, places] of x) {
    const other = y.get(key);
    if (other !== undefined && places.some((p) => other.some((q) => !samePlaceOrWithin(p, q)))) return true;
  }
  return false;
}
