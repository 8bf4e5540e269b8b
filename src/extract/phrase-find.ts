import type { Range } from '../ingest/types.js';
import type { Token } from '../segment/tokens.js';

/**
 * Finding a cue phrase (a list of word sequences from the lexicon's state tables) in a clause's tokens: a phrase word
 * matches its inflections too, and quotation marks standing alone are passed over.
 */

/** A phrase word matches its inflections too ("ruled out", "turned down"); short words must match exactly. */
function wordMatches(token: string | undefined, word: string, last: boolean): boolean {
  if (token === undefined) return false;
  if (token === word) return true;
  return (last || word.length >= INFLECTABLE_LENGTH) && token.startsWith(word) && token.length <= word.length + 3;
}
const INFLECTABLE_LENGTH = 4;

/** Quotation marks standing alone: a quote may close inside a phrase ("seeking more information” on whether"). */
const QUOTE_MARK = /^["“”‘’'«»]+$/;

/** The first place where one of the phrases (as word sequences) occurs in the tokens, quotation marks passed over. */
export function findPhrase(all: readonly Token[], phrases: readonly string[][]): Range | undefined {
  const tokens = all.some((t) => t.kind === 'punct' && QUOTE_MARK.test(t.lower)) ? all.filter((t) => !(t.kind === 'punct' && QUOTE_MARK.test(t.lower))) : all;
  const byFirst = phrasesByFirstLetter(phrases);
  for (let i = 0; i < tokens.length; i++) {
    // A phrase's first word matches only a token that starts with it: only phrases opening with its letter can match.
    const candidates = byFirst ? (byFirst.get(tokens[i]!.lower.charAt(0)) ?? NO_PHRASES) : phrases;
    for (const phrase of candidates) {
      if (phraseAt(tokens, i, phrase)) return { start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end };
    }
  }
  return undefined;
}

const NO_PHRASES: readonly string[][] = [];

/** A phrase list's phrases by their first letter, in list order, built once per list; null when a phrase has no first letter. */
function phrasesByFirstLetter(phrases: readonly string[][]): ReadonlyMap<string, readonly string[][]> | null {
  let byFirst = phraseIndex.get(phrases);
  if (byFirst !== undefined) return byFirst;
  byFirst = phrases.every((p) => (p[0] ?? '') !== '') ? new Map() : null;
  for (const phrase of byFirst ? phrases : []) {
    const letter = phrase[0]!.charAt(0);
    const own = byFirst!.get(letter);
    if (own) own.push(phrase);
    else byFirst!.set(letter, [phrase]);
  }
  phraseIndex.set(phrases, byFirst);
  return byFirst;
}
/** The phrase lists are the lexicon's cue tables (constants, or derived once per lexicon): indexed once each. */
const phraseIndex = new WeakMap<readonly string[][], Map<string, string[][]> | null>();

/** The phrase's words match the tokens from i on: a plain loop, as this runs for every token and phrase of a clause. */
function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (!wordMatches(tokens[i + k]?.lower, phrase[k]!, k === phrase.length - 1)) return false;
  return true;
}
