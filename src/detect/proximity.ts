import type { Claim, Place } from '../model/claim.js';
import { PROXIMITY_PREPOSITIONS } from '../lexicon/proximity-prepositions.js';
import type { Gazetteer } from '../extract/gazetteer.js';
import { inGazetteer } from './place-spellings.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const PHRASES: readonly (readonly string[])[] = PROXIMITY_PREPOSITIONS.map((p) => p.split(' '));
/** Words between the preposition and the name ("near the town of Lyon" reads as near Lyon). */
const SKIPPED: ReadonlySet<string> = new Set(['the']);

/** The place is told by proximity: "near Lyon", "just outside Kabul", "close to the capital". */
export function toldAsNear(claim: Claim, place: Place): boolean {
  const before = [...claim.text.slice(0, Math.max(0, place.span.start - claim.span.start)).matchAll(WORD)].map((m) => m[0].toLowerCase());
  let end = before.length;
  while (end > 0 && SKIPPED.has(before[end - 1]!)) end--;
  return PHRASES.some((p) => p.length <= end && p.every((w, k) => before[end - p.length + k] === w));
}

/**
 * "near X" sets the event beside X, not in it: a place the gazetteer does not know may be the town beside X ("near
 * Lyon" / "in Villeurbanne"), so it is no clash; a known place is still set against X as before ("near Kathmandu" /
 * "in Peru", "near Mosul" / "near Basra"), and X's own containers are accounted for by containment.
 */
export function nearCompatible(near: Place, other: Place, gazetteer: Gazetteer): boolean {
  return !inGazetteer(near, gazetteer) || !inGazetteer(other, gazetteer);
}
