import type { Claim } from '../model/claim.js';
import { perClaim } from './per-claim.js';

/**
 * Phrase rows indexed by their plain first word: a row whose pattern opens \b<first>\b can match a text only where that
 * word is one of its words, so a text tries the rows of its own words (and the rows with no plain first word) instead
 * of testing every row of the table.
 */
export interface FirstWordIndex {
  byFirst: ReadonlyMap<string, readonly number[]>;
  /** Rows with no plain first word: tried on every text. */
  always: readonly number[];
}

/** The index of rows by first word (undefined: no plain first word). */
export function indexByFirstWord(firsts: readonly (string | undefined)[]): FirstWordIndex {
  const byFirst = new Map<string, number[]>();
  const always: number[] = [];
  firsts.forEach((first, i) => {
    if (first === undefined) always.push(i);
    else (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(i);
  });
  return { byFirst, always };
}

/** The rows a text of these words may match, in row order: those with no first word or with one among the words. */
export function rowsFor(index: FirstWordIndex, words: ReadonlySet<string>): number[] {
  const rows = [...index.always];
  for (const word of words) {
    const found = index.byFirst.get(word);
    if (found) rows.push(...found);
  }
  return rows.sort((x, y) => x - y);
}

/** A regex word (\w run) of the text, lower-cased: a pattern opening \b<first>\b can match only where its first word is one. */
const REGEX_WORD = /\w+/g;

/** The regex words of a claim's proposition, lower case: read once per claim for every table that indexes its rows by first word. */
export const propositionWords = perClaim((claim: Claim): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const word of claim.proposition.span.text.match(REGEX_WORD) ?? []) words.add(word.toLowerCase());
  return words;
});
