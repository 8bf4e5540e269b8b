import type { Place } from '../model/claim.js';
import type { Gazetteer } from '../extract/gazetteer.js';
import { TRANSLITERATED_VOWELS, TRANSLITERATED_MIN_LENGTH } from '../lexicon/spelling-variants.js';

const VOWELS: ReadonlySet<string> = new Set(TRANSLITERATED_VOWELS);

/** One letter apart, and that letter a vowel on both sides ("hasakah" / "hasakeh"); never two equal names. */
export function vowelVariants(x: string, y: string): boolean {
  if (x.length !== y.length || x.length < TRANSLITERATED_MIN_LENGTH) return false;
  let at = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at >= 0 && VOWELS.has(x[at]!) && VOWELS.has(y[at]!);
}

/**
 * Two spellings of one place romanised from a script that leaves vowels out ("Hasakah" / "Hasakeh"): the names differ
 * in one vowel and the gazetteer does not place them apart. It does when it knows both inside different regions
 * ("Kenya" / "Konya"); a city and the district named after it ("Benghazi" / "Banghazi") share their regions.
 */
export function transliteratedAlike(x: Place, y: Place, gazetteer: Gazetteer): boolean {
  if (!vowelVariants(x.key, y.key)) return false;
  if (!inGazetteer(x, gazetteer) || !inGazetteer(y, gazetteer)) return true;
  return x.within.length > 0 && x.within.length === y.within.length && x.within.every((k) => y.within.includes(k));
}

/** A place with containers is in the gazetteer; so is a top-level one (a continent), which has none. */
export function inGazetteer(p: Place, gazetteer: Gazetteer): boolean {
  return p.within.length > 0 || gazetteer.within.has(p.key);
}
