import { ENGLISH_CORE } from '../lexicon/function-words.js';
import type { Token } from './tokens.js';

const CORE = new Set(ENGLISH_CORE);
/** Sentences shorter than this are too short to judge and are taken as English. */
const MIN_WORDS_TO_JUDGE = 5;
/** Share of letters outside the Latin script above which a sentence is not English. */
const MAX_NON_LATIN_SHARE = 0.5;

/** True when the sentence looks like English: mostly Latin letters and at least one core function word. */
export function isEnglish(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  let latin = 0;
  let letters = 0;
  for (const w of words) {
    for (const ch of w.lower) {
      if (!/\p{L}/u.test(ch)) continue;
      letters++;
      if (/\p{Script=Latin}/u.test(ch)) latin++;
    }
  }
  if (letters > 0 && (letters - latin) / letters > MAX_NON_LATIN_SHARE) return false;
  if (words.length < MIN_WORDS_TO_JUDGE) return true;
  return words.some((w) => CORE.has(w.lower));
}
