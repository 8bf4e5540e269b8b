import type { Claim } from '../model/claim.js';
import { PREPOSITIONS } from '../lexicon/grammar-words.js';
import { stem } from '../extract/keys.js';
import { claimWords } from '../relate/words.js';

const PREPOSITION: ReadonlySet<string> = new Set(PREPOSITIONS);
/** Most content words read as the verb's object: a noun phrase, not the rest of the clause. */
const MAX_OBJECT_WORDS = 4;

/** The content lemmas right after the first use of the verb with this stem, up to a preposition or comma. */
export function objectAfterVerb(claim: Claim, verbStem: string): Set<string> {
  const tokens = claimWords(claim).tokens;
  const at = tokens.findIndex((t) => t.verb !== undefined && stem(t.verb) === verbStem);
  const out = new Set<string>();
  if (at < 0) return out;
  const { text, start } = claim.proposition.span;
  let last = tokens[at]!.span.end;
  for (const t of tokens.slice(at + 1)) {
    if (text.slice(last - start, t.span.start - start).includes(',') || PREPOSITION.has(t.lower) || out.size === MAX_OBJECT_WORDS) break;
    if (t.content) out.add(t.lemma);
    last = t.span.end;
  }
  return out;
}

/**
 * One verb on two different things: "gave her a third arm" / "refused to give her real name" share "give" and "her"
 * but no word of what is given, so they are two propositions, not one held two ways.
 */
export function differentObjects(a: Claim, b: Claim, verbStem: string): boolean {
  const [x, y] = [objectAfterVerb(a, verbStem), objectAfterVerb(b, verbStem)];
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}
