import { antonymsOf, isVerbLemma } from '../relate/wordnet.js';

/**
 * A definite superlative names one holder in its comparison class ("the deepest lake in the world", "the most
 * populous city of Brazil"): two different subjects of it contradict, like two holders of one office. A "-est" word
 * counts only when its base is a gradable adjective, read as a WordNet head adjective (one with a direct antonym:
 * deep / shallow), so "the honest broker" or "the forest road" never qualify.
 */
export interface SuperlativeRole {
  /** The superlative and its head noun, lower-case ("deepest lake", "most populous city"). */
  role: string;
  /** The comparison class after "in" or "of", lower-case ("world"), or "" when none is given. */
  of: string;
  /** Offsets of the match in the text it was found in. */
  index: number;
  length: number;
}

/** "the" [most|least] ADJ or ADJ-est (checked in isSuperlative), then a noun. */
const SUPERLATIVE_PHRASE = /\b[Tt]he\s+((?:most|least)\s+\p{Ll}+|\p{Ll}+)\s+(\p{Ll}+)/gu;
/** The optional "in/of [the] Class" after it; a second pattern keeps each one small enough for recheck to prove safe. */
const CLASS_PHRASE = /^\s+(?:in|of)\s+(?:the\s+)?([\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/** English spelling of "-est" forms (Quirk et al. 1985, § 7.81): deep-est, larg-est, bigg-est, happi-est. */
function bases(word: string): string[] {
  const stem = word.slice(0, -3);
  const out = [stem, `${stem}e`];
  if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  return out;
}

const gradable = (adjective: string) => antonymsOf(adjective, 'adjective').length > 0;
/** Adjective-forming suffixes (Quirk et al. 1985, App. I.38–I.44): what "most" grades when WordNet gives no antonym. */
const ADJECTIVE_SUFFIX = /(?:ous|ful|ive|able|ible|al|ic|ant|ent|less)$/;

function isSuperlative(words: string): boolean {
  const parts = words.split(/\s+/);
  if (parts.length === 2) return gradable(parts[1]!) || ADJECTIVE_SUFFIX.test(parts[1]!);
  // A verb spelt with "-est" ("forest", "interest", "arrest") is no superlative.
  return words.endsWith('est') && !isVerbLemma(words) && bases(words).some(gradable);
}

/** The first definite superlative phrase of a text, if any. */
export function superlativeRole(text: string): SuperlativeRole | undefined {
  for (const m of text.matchAll(SUPERLATIVE_PHRASE)) {
    const superlative = m[1]!.replace(/\s+/g, ' ');
    if (!isSuperlative(superlative)) continue;
    const tail = CLASS_PHRASE.exec(text.slice(m.index + m[0].length));
    return { role: `${superlative} ${m[2]!}`, of: (tail?.[1] ?? '').toLowerCase(), index: m.index, length: m[0].length + (tail?.[0].length ?? 0) };
  }
  return undefined;
}
