import levenshtein from 'fast-levenshtein';
import { AUXILIARY_CLITICS, SPELLING_SUFFIXES, VARIANT_MIN_WORD_LENGTH } from '../lexicon/spelling-variants.js';

const COMBINING_MARKS = /\p{M}/gu;

/** A word without accents and without a contracted auxiliary ("lobizón" → "lobizon", "he's" → "he"). */
export function foldWord(lower: string): string {
  let word = lower.normalize('NFD').replace(COMBINING_MARKS, '');
  for (const clitic of AUXILIARY_CLITICS) {
    if (word.endsWith(clitic) && word.length > clitic.length) {
      word = word.slice(0, -clitic.length);
      break;
    }
  }
  return word;
}

/** The American spelling of a British ending, where one applies ("realised" → "realized"). */
function americanSpelling(word: string): string {
  for (const { british, american, minLength } of SPELLING_SUFFIXES) {
    if (word.length >= minLength && word.endsWith(british)) return word.slice(0, -british.length) + american;
  }
  return word;
}

/** One word spelled two ways: accents, a dropped clitic, British vs American endings, or one letter in a long word. */
export function spellingVariants(x: string, y: string): boolean {
  const [fx, fy] = [foldWord(x), foldWord(y)];
  if (fx === fy || americanSpelling(fx) === americanSpelling(fy)) return true;
  return fx.length === fy.length && fx.length >= VARIANT_MIN_WORD_LENGTH && levenshtein.get(fx, fy) === 1;
}

/**
 * Two quotes that say the same words, up to spelling: word for word variants of each other, or one adds or drops
 * only a contracted auxiliary. An alias ("ISIL" / "ISIS") counts as the same word when `sameAlias` says so.
 */
export function sameQuoteWords(a: readonly string[], b: readonly string[], sameAlias: (x: string, y: string) => boolean): boolean {
  const [fa, fb] = [a.map(foldWord).filter(Boolean), b.map(foldWord).filter(Boolean)];
  return fa.length === fb.length && fa.every((w, i) => spellingVariants(w, fb[i]!) || sameAlias(w, fb[i]!));
}
