import { FOREIGN_FUNCTION_WORDS } from '../lexicon/foreign-function-words.js';
import { ENGLISH_CORE } from '../lexicon/function-words.js';
import { isEnglishWord } from './english-words.js';
import type { Token } from './tokens.js';

const CORE = new Set(ENGLISH_CORE);
const FOREIGN = new Set(FOREIGN_FUNCTION_WORDS);
/** Share of letters outside the Latin script above which a sentence is not English. */
const MAX_NON_LATIN_SHARE = 0.5;
/** A Latin letter English does not write outside borrowed words ("dimitió", "angekündigt", "łódź"). */
const NON_ENGLISH_LATIN = /[^\p{ASCII}]/u;

/**
 * True unless the sentence shows more signs of another language than of English: a sign of English is one of its
 * core function words; a sign of another is one of that language's function words or a lower-case word with a
 * letter English does not use. A sentence with neither (a short headline: "Sony BMG sells protected CDs.") is
 * English. Capitalised words are names, not evidence ("Marine Le Pen", "Los Angeles"), except a first word before
 * a lower-case one ("El alcalde dimitió …").
 */
export function isEnglish(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  if (nonLatinShare(words) > MAX_NON_LATIN_SHARE) return false;
  let english = 0;
  let foreign = 0;
  words.forEach((w, i) => {
    if (CORE.has(w.lower)) english++;
    else if (isEvidence(words, i) && (FOREIGN.has(w.lower) || (!w.capitalized && NON_ENGLISH_LATIN.test(w.lower)))) foreign++;
  });
  // One English-looking word ("a", "no") is weak evidence against a sentence English otherwise does not know.
  if (english <= 1 && mostlyUnknown(words, MIN_UNKNOWN + english)) return false;
  return foreign === 0 || english >= foreign;
}

/** Fewest lower-case words English does not know that make a sentence foreign; one more beside an English-looking word. */
const MIN_UNKNOWN = 2;

/**
 * "Regjeringen kunngjorde nye skatter.": a sentence most of whose lower-case words English does not know is in
 * another language (its function words may be missing from the lists); names (capitalised) are no evidence.
 */
function mostlyUnknown(words: readonly Token[], minUnknown: number): boolean {
  // A capitalised first word may be a name ("Jyestadeva invented calculus."): only lower-case words count here.
  const evidence = words.filter((w) => !w.capitalized && /^\p{L}+$/u.test(w.lower));
  const unknown = evidence.filter((w) => !isEnglishWord(w.lower)).length;
  return unknown >= minUnknown && unknown * 2 > evidence.length;
}

function isEvidence(words: readonly Token[], i: number): boolean {
  const w = words[i]!;
  if (!w.capitalized) return true;
  return i === 0 && words[1] !== undefined && !words[1].capitalized;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

function nonLatinShare(words: readonly Token[]): number {
  let latin = 0;
  let letters = 0;
  for (const w of words) {
    const text = w.lower;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // ASCII needs no Unicode lookup: its letters are A-Z and a-z, all Latin; the rest is not a letter.
      if (code < 0x80) {
        if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
          letters++;
          latin++;
        }
        continue;
      }
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      const ch = String.fromCodePoint(point);
      if (!LETTER.test(ch)) continue;
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  return letters === 0 ? 0 : (letters - latin) / letters;
}
