import levenshtein from 'fast-levenshtein';
import { AUXILIARY_CLITICS, SPELLING_SUFFIXES, TRANSCRIPTION_WORDS, VARIANT_MIN_WORD_LENGTH } from '../lexicon/spelling-variants.js';

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

const TRANSCRIPTION: ReadonlySet<string> = new Set(TRANSCRIPTION_WORDS);
/** Fewest words a remark keeps without its transcription words for two quotes to count as one remark transcribed twice. */
const MIN_TRANSCRIBED_WORDS = 3;

/**
 * One remark transcribed twice, or in part: without the words transcriptions differ in (TRANSCRIPTION_WORDS, folded as
 * foldWord does), the shorter quote's words stand together, in order, inside the longer's, and no two of those words
 * have different transcription words between them on the two sides ("in a pub" / "in the pub" is a word changed, not
 * one dropped).
 */
export function transcribedAlike(a: readonly { lower: string }[], b: readonly { lower: string }[]): boolean {
  const [ka, kb] = [keyedOnce(a), keyedOnce(b)];
  const [short, long] = ka.words.length <= kb.words.length ? [ka, kb] : [kb, ka];
  if (short.words.length < MIN_TRANSCRIBED_WORDS) return false;
  const at = long.spaced.indexOf(short.spaced);
  if (at < 0) return false;
  const from = long.spaced.slice(0, at).split(' ').filter(Boolean).length;
  return short.words.every((w, i) => i === 0 || w.gap === '' || long.words[from + i]!.gap === '' || w.gap === long.words[from + i]!.gap);
}

/** A content word of a quote with the transcription words just before it. */
interface Keyed {
  word: string;
  gap: string;
}

/** A quote's keyed words and their words joined with a space at each end (" a b c "), for finding one inside another. */
interface KeyedQuote {
  words: Keyed[];
  spaced: string;
}

/** Keyed words once per word list (detect/quote.ts passes each span's words, read once): every quote pair asks again. */
const keyedByWords = new WeakMap<readonly { lower: string }[], KeyedQuote>();

function keyedOnce(ws: readonly { lower: string }[]): KeyedQuote {
  let found = keyedByWords.get(ws);
  if (!found) {
    const words = keyed(ws);
    keyedByWords.set(ws, (found = { words, spaced: ` ${words.map((w) => w.word).join(' ')} ` }));
  }
  return found;
}

function keyed(ws: readonly { lower: string }[]): Keyed[] {
  const out: Keyed[] = [];
  let gap: string[] = [];
  for (const w of ws.map((x) => foldWord(x.lower)).filter((x) => x.length > 0)) {
    if (TRANSCRIPTION.has(w)) gap.push(w);
    else {
      out.push({ word: w, gap: gap.join(' ') });
      gap = [];
    }
  }
  return out;
}
