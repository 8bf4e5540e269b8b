import type { Claim } from '../model/claim.js';
import { verbLemma } from './lemma.js';
import { phrasalAntonymsOf } from './wordnet.js';
import { VERB_NOUN_IDIOMS } from '../lexicon/wordnet-verb-idioms.js';
import { INSERTED_ADVERBS, PAIRED_PARTICLES } from '../lexicon/particles.js';
import { perClaim } from './per-claim.js';

/** The word after the verb, past "back" or "again" before a particle ("switched back on": switch_on). */
const NEXT_WORD = new RegExp(`^\\s+(?:(?:${INSERTED_ADVERBS.join('|')})\\s+(?=(?:${PAIRED_PARTICLES.join('|')})\\b))?(\\p{L}+)`, 'u');

/**
 * The claim's verb with the word after it, as WordNet spells a two-word verb ("switched off" → "switch_off", "took
 * office" → "take_office"). The verb is read from its own text, so a phrasal verb extraction mapped to one verb ("turned
 * down": reject) is still read through its particle.
 */
export const twoWordVerb: (claim: Claim) => string | undefined = perClaim(readTwoWordVerb);

function readTwoWordVerb(claim: Claim): string | undefined {
  const predicate = claim.proposition.predicate;
  if (!predicate) return undefined;
  const next = NEXT_WORD.exec(claim.text.slice(predicate.span.end - claim.span.start))?.[1]?.toLowerCase();
  const base = verbLemma(predicate.text.toLowerCase()) ?? predicate.lemma.toLowerCase();
  return next === undefined ? undefined : `${base}_${next}`;
}

/**
 * The two claims' verbs (as WordNet spells them) when they are WordNet antonyms and one is a two-word verb: "switched off" / "switched on", "phased
 * in" / "phased out", "took office" / "left office", "dropped out" / "entered".
 */
export function phrasalOpposed(a: Claim, b: Claim): readonly [string, string] | undefined {
  const forms = (c: Claim) => [twoWordVerb(c), c.proposition.predicate?.lemma.toLowerCase()].filter((f): f is string => f !== undefined);
  const inB = forms(b);
  for (const x of forms(a)) {
    const y = phrasalAntonymsOf(x).find((w) => inB.includes(w));
    if (y !== undefined) return [x.replace('_', ' '), y.replace('_', ' ')];
  }
  return undefined;
}

const IDIOMS: ReadonlySet<string> = new Set(VERB_NOUN_IDIOMS);

/**
 * The claim's verb with the noun after it when WordNet lists the two as one verb ("took place" → "take_place", "gave
 * way" → "give_way"): an idiom whose meaning is not its verb's, so the bare verb's antonyms (give / take) do not apply.
 */
export function verbNounIdiom(claim: Claim): string | undefined {
  const two = twoWordVerb(claim);
  return two !== undefined && IDIOMS.has(two) ? two : undefined;
}
