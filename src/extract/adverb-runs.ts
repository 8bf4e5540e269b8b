import { ADVERBS_ALSO_NOUNS, ADVERBS_NEVER_NOUNS } from '../lexicon/wordnet-adverbs.js';
import { hasTag, type Term } from './terms.js';

const ADVERB_WORDS: ReadonlySet<string> = new Set([...ADVERBS_NEVER_NOUNS, ...ADVERBS_ALSO_NOUNS]);

/** A word WordNet lists as an adverb ("first", "later", "now"; the "-ly" forms are read by ly-adverb.ts). */
export function isAdverbWord(lower: string): boolean {
  return ADVERB_WORDS.has(lower);
}

/** The index of the word before the run of adverbs right before v ("first", "later", "widely"); v - 1 with none. */
export function beforeAdverbs(terms: readonly Term[], v: number): number {
  let k = v - 1;
  while (k > 0 && !terms[k]!.commaAfter && (hasTag(terms[k], 'Adverb') || ADVERB_WORDS.has(terms[k]!.lower))) k--;
  return k;
}
