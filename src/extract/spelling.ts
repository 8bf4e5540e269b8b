import { SPELLING_SUFFIXES } from '../lexicon/spelling-variants.js';

/** The American spelling of a British ending, where one applies ("realised" → "realized", "licences" → "licenses"). */
export function americanSpelling(word: string): string {
  for (const { british, american, minLength } of SPELLING_SUFFIXES) {
    if (word.length >= minLength && word.endsWith(british)) return word.slice(0, -british.length) + american;
  }
  return word;
}
