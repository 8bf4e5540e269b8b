import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { hasTag, isNoun, type Term } from './terms.js';

const PAST_PARTICIPLE = /^[a-z]{2,}(?:ed|en)$/;

/**
 * "storm-damaged roofs", "state-owned firms", "drought-hit farmers": a hyphenated word whose second part is a past
 * participle, before a noun, is a compound adjective (Quirk et al. 1985, App. I.44, noun + "-ed" participle), not a
 * verb and its subject; the quick tagger reads its first part as a verb. Both parts become the noun's modifier.
 */
export function isHyphenatedParticiple(terms: readonly Term[], i: number): boolean {
  const [t, second, noun] = [terms[i]!, terms[i + 1], terms[i + 2]];
  if (!second || !noun || !hasTag(t, 'Hyphenated') || !hasTag(second, 'Hyphenated') || t.commaAfter || second.commaAfter) return false;
  if (hasTag(terms[i - 1], 'Hyphenated')) return false;
  const participle = hasTag(second, 'Participle') || PAST_PARTICIPLE.test(second.lower) || IRREGULAR_PAST[second.lower] !== undefined;
  return participle && isNoun(noun) && !hasTag(noun, 'Verb') && (hasTag(t, 'Verb') || hasTag(second, 'Verb'));
}
