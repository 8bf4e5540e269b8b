import type { Claim } from '../model/claim.js';
import { samePlaceOrWithin } from '../extract/gazetteer.js';
import { claimWords, tokenAt } from '../relate/words.js';

/** The number of a designator right before "to PLACE": "Flight 567 to Portland", "Route 9 to Albany", "bus 42A to Leeds". */
const SERVICE_NUMBER = /^\d+[a-z]?$/i;
const HAS_LETTER = /\p{L}/u;

/** Each destination of a numbered vehicle or route the claim names, keyed by its designator ("flight 567" → Portland). */
function destinations(claim: Claim): Map<string, Claim['places']> {
  const out = new Map<string, Claim['places']>();
  const { tokens } = claimWords(claim);
  for (const p of claim.places) {
    if (p.role !== 'to') continue;
    const at = tokenAt(tokens, p.span.start);
    const [noun, number, to] = [tokens[at - 3], tokens[at - 2], tokens[at - 1]];
    if (to?.lower !== 'to' || !number || !SERVICE_NUMBER.test(number.lower) || !noun || !HAS_LETTER.test(noun.lower)) continue;
    const key = `${noun.lower} ${number.lower}`;
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
