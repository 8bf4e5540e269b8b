import { CO_PARTY_MARKERS } from '../lexicon/co-party-markers.js';
import type { Claim, Phrase } from '../model/claim.js';

/** Longest run of words read as the second party: a name or a short description. */
const MAX_PARTY_WORDS = 5;
/** Each marker as its words, longest first, so "with the help of" is read before "with". */
const MARKERS: readonly (readonly string[])[] = CO_PARTY_MARKERS.map((m) => m.split(' ')).sort((x, y) => y.length - x.length);
/** A word, or one mark of clause punctuation, which ends a party. */
const PIECES = /[\p{L}\p{N}&'’-]+|[,;:.()"“”]/gu;
const STOP = /^[;:.()"“”]$/u;

const piecesOf = (text: string): string[] => text.match(PIECES) ?? [];

/** The words of a party read from `pieces` on: up to the first punctuation, at most MAX_PARTY_WORDS. */
function partyWords(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    if (p === ',' || STOP.test(p) || out.length === MAX_PARTY_WORDS) break;
    out.push(p);
  }
  return out;
}

/** The length of the marker opening `pieces`, or 0. */
function markerAt(pieces: readonly string[]): number {
  const found = MARKERS.find((m) => m.every((w, i) => pieces[i]?.toLowerCase() === w));
  return found?.length ?? 0;
}

/** Whether some run of the party's words may name `other` ("her brother Tom" names "Tom Hale" by its last word). */
function namesOther(words: readonly string[], other: string, same: (x: string, y: string) => boolean): boolean {
  return words.some((_, i) => words.some((__, j) => j >= i && same(words.slice(i, j + 1).join(' '), other)));
}

/**
 * The claim names `other` right beside its own doer as one more party to the act: coordinated with it ("Volkar and
 * Apex bought the mill", "Apex and Volkar bought it") or added as a companion or helper ("shot by a hunter, assisted by
 * a ranger"), by the markers of lexicon/co-party-markers.ts. `same` tells whether two names may be one party.
 */
export function namedBesideDoer(claim: Claim, doer: Phrase, other: Phrase, same: (x: string, y: string) => boolean): boolean {
  const [at, end] = [doer.span.start - claim.span.start, doer.span.end - claim.span.start];
  if (at < 0 || end > claim.text.length) return false;
  const after = piecesOf(claim.text.slice(end));
  const skip = after[0] === ',' ? 1 : 0;
  const marker = markerAt(after.slice(skip));
  if (marker > 0 && namesOther(partyWords(after.slice(skip + marker)), other.text, same)) return true;
  // "Apex and Volkar bought it": the party before a coordinator that opens the doer, read backwards to punctuation.
  const before = piecesOf(claim.text.slice(0, at));
  const last = before.at(-1)?.toLowerCase();
  if (last !== 'and' && last !== '&') return false;
  const backwards = partyWords(before.slice(0, -1).reverse()).reverse();
  return backwards.some((_, i) => same(backwards.slice(i).join(' '), other.text));
}
