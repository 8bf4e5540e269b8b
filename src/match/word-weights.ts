import { stem } from '../extract/keys.js';
import { STEM_WEIGHTS, UNKNOWN_KEY_WEIGHT, WEIGHTED_STEMS } from '../lexicon/word-weights.js';

/** How much sharing a key says about two claims naming one event: rare keys say more. */
export type KeyWeight = (key: string) => number;

let table: ReadonlyMap<string, number> | undefined;

/** The shipped table (src/lexicon/word-weights.ts), parsed on first use, once per process. */
function weightTable(): ReadonlyMap<string, number> {
  if (table) return table;
  const stems = WEIGHTED_STEMS.split(' ');
  const weights = STEM_WEIGHTS.split(' ').map(Number);
  table = new Map(stems.map((s, i) => [s, weights[i]!]));
  return table;
}

/** Weights of keys outside the table (names, phrases), found once each; bounded against a stream of distinct keys. */
const outside = new Map<string, number>();
const MAX_OUTSIDE = 50_000;
/** A phrase key ("united-states", an alias canonical) is at most as common as its rarest word. */
const PHRASE_PARTS = /[\s-]+/;

/**
 * The fixed weight of a matching key: a Porter stem's inverse document frequency from the shipped table, the same
 * whatever other claims are at hand; a phrase key weighs as its rarest word; a key outside the table (a name, a rare
 * word) weighs UNKNOWN_KEY_WEIGHT, more than any word in the table.
 */
export const keyWeight: KeyWeight = (key) => {
  const weights = weightTable();
  const known = weights.get(key) ?? outside.get(key);
  if (known !== undefined) return known;
  const parts = key.split(PHRASE_PARTS).filter((p) => p.length > 0);
  const weight = parts.length < 2 ? UNKNOWN_KEY_WEIGHT : Math.max(...parts.map((p) => weights.get(stem(p)) ?? UNKNOWN_KEY_WEIGHT));
  if (outside.size < MAX_OUTSIDE) outside.set(key, weight);
  return weight;
};
