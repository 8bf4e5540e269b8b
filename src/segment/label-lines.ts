import { BE_FORMS, VERB_GROUP_AUXILIARIES } from '../lexicon/grammar-words.js';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import type { Token } from './tokens.js';

/** A label names a place or thing in at most this many words before its colon, and a topic in as many after it. */
const LABEL_WORDS = 4;
const VERB_WORDS: ReadonlySet<string> = new Set([...BE_FORMS, ...VERB_GROUP_AUXILIARIES, ...Object.keys(IRREGULAR_PAST), ...Object.keys(IRREGULAR_PARTICIPLES)]);
const NUMBER_WORDS: ReadonlySet<string> = new Set([...UNIT_WORDS.keys(), ...TENS_WORDS.keys()]);

/**
 * "Carsington Water: watersports hire.": a heading line, a capitalised name then a colon and a short lower-case noun
 * phrase with no verb group word and no figure (the label-and-topic line of listings and fact boxes), states nothing.
 * "Update: the café is not closing." (a verb group word or a past form after the colon) and "Quay: two boats sank." (a
 * figure) stay sentences.
 */
export function isLabelLine(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((t) => t.lower === ':');
  if (colon < 1 || colon > LABEL_WORDS) return false;
  const before = tokens.slice(0, colon);
  const after = tokens.slice(colon + 1).filter((t) => t.kind === 'word' || t.kind === 'number');
  if (!before.every((t) => t.kind === 'word' && t.capitalized)) return false;
  if (after.length === 0 || after.length > LABEL_WORDS) return false;
  return after.every((t) => t.kind === 'word' && !t.capitalized && !VERB_WORDS.has(t.lower) && !NUMBER_WORDS.has(t.lower) && !t.lower.endsWith('ed'));
}
