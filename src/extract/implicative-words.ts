import type { Range } from '../ingest/types.js';
import { IMPLICATIVE_ADJECTIVES, IMPLICATIVE_NOUNS, POSSESSIVE_DETERMINERS, type ImplicativeNounState } from '../lexicon/implicative-nouns.js';
import { hasTag, type Term } from './terms.js';

/** The implicative word (noun or adjective) that governs a claim's predicate, the state it puts the event in, and the event's doer. */
export interface NominalImplicative {
  /** The implicative word: "failure", "refusal", "unable". */
  cue: Range;
  /** An adjective ("was unable to"): the clause's subject stays the doer. */
  adjective?: true;
  state: ImplicativeNounState;
  /** "the council's failure to pay": the council; absent when the noun has no possessor ("the failure to pay"). */
  doer?: Range;
}

const POSSESSIVES: ReadonlySet<string> = new Set(POSSESSIVE_DETERMINERS);
const GENITIVE = /['’]s$/;

/**
 * "The council's failure to pay the fee", "her refusal to sign", "the delay in reaching a deal", "was unable to pay": the
 * predicate at `v` is governed by an implicative noun or adjective just before its "to" / "in" (Karttunen 1971, 2012).
 * A noun's possessor, when it has one, is the event's doer; the noun itself is no doer.
 */
export function nominalImplicative(terms: readonly Term[], v: number): NominalImplicative | undefined {
  const link = terms[v - 1];
  const noun = terms[v - 2];
  if (!link || !noun || noun.commaAfter) return undefined;
  const adjective = link.lower === 'to' ? IMPLICATIVE_ADJECTIVES[noun.lower] : undefined;
  if (adjective) return { cue: { start: noun.start, end: noun.end }, state: adjective, adjective: true };
  const entry = IMPLICATIVE_NOUNS[noun.lower] ?? IMPLICATIVE_NOUNS[noun.root];
  if (!entry || entry.link !== link.lower) return undefined;
  if (entry.link === 'in' && !terms[v]!.lower.endsWith('ing')) return undefined;
  const found: NominalImplicative = { cue: { start: noun.start, end: noun.end }, state: entry.state };
  const doer = possessor(terms, v - 2);
  if (doer) found.doer = doer;
  return found;
}

/** The possessor before the noun at `n`, over its adjectives: "the council's (continued) failure", "her refusal". */
function possessor(terms: readonly Term[], n: number): Range | undefined {
  let k = n - 1;
  while (k >= 0 && hasTag(terms[k], 'Adjective') && !GENITIVE.test(terms[k]!.lower)) k--;
  const p = terms[k];
  if (!p || p.commaAfter) return undefined;
  if (POSSESSIVES.has(p.lower)) return { start: p.start, end: p.end };
  if (!GENITIVE.test(p.lower)) return undefined;
  // The possessor's own words: back over the capitalised or nominal words of its phrase ("the city council's").
  let first = k;
  while (first > 0 && !terms[first - 1]!.commaAfter && (hasTag(terms[first - 1], 'Noun') || hasTag(terms[first - 1], 'Adjective')) && !hasTag(terms[first - 1], 'Pronoun')) first--;
  return { start: terms[first]!.start, end: p.end - 2 };
}
